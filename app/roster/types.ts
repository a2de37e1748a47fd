/** The roster API's answers, as the page reads them. */
export type { RosterResult, RosterPaths } from '@/lib/roster/run';
export type { InputErrorBody } from '../api/v1/roster/http';

export type RosterRowResult = import('@/lib/roster/run').RosterResult['rows'][number];
