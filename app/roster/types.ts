/** The roster API's answers, as the page reads them. */
export type { RosterResult, RosterPaths } from '@/lib/roster/run';
export type { ErrorBody } from '@/lib/http/errors';

export type RosterRowResult = import('@/lib/roster/run').RosterResult['rows'][number];
