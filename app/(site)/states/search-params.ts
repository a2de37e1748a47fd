import { STATE_MEASURES, type StateMeasure } from '@/lib/states/figures';

/** /states URL state: which figure the map shows (unknown values fall back to beta). */
export function parseStatesParams(sp: Record<string, string | string[] | undefined>): { measure: StateMeasure } {
  const v = Array.isArray(sp.measure) ? sp.measure[0] : sp.measure;
  return { measure: (STATE_MEASURES as readonly string[]).includes(v ?? '') ? (v as StateMeasure) : 'beta' };
}

export function statesHref(measure: StateMeasure): string {
  return measure === 'beta' ? '/states' : `/states?measure=${measure}`;
}

export const MEASURE_LABEL: Record<StateMeasure, { short: string; long: string }> = {
  beta: { short: 'Average exposure', long: 'Average exposure of workers (employment-weighted beta)' },
  share50: { short: 'Workers with half their tasks exposed', long: 'Share of workers in occupations with at least half of their tasks exposed (beta ≥ 0.5)' },
};
