/** The roster API's answers, as the page reads them. */
export type { RosterResult, RosterPaths } from '../api/v1/roster/analyze';
export type { ErrorBody } from '@/lib/http/errors';

export type RosterRowResult = import('../api/v1/roster/analyze').RosterResult['rows'][number];
