/** The home page's chart ids (a plain module: the server pages and the embed route read this list). */
export const NATIONAL_CHARTS = ['exposure-histogram', 'exposure-by-group', 'exposure-by-wage', 'exposure-by-job-zone', 'exposure-by-education'] as const;
export type NationalChartId = (typeof NATIONAL_CHARTS)[number];
