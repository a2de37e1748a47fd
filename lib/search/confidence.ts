/**
 * The matcher's confidence: a logistic calibration of P(first result's 6-digit SOC is right) from
 * the top score, the margin to the best other SOC code, and the shares of corrected, unknown and
 * spread words. Coefficients and the review thresholds live in data/title-match-calibration.json,
 * fitted by `npx tsx scripts/bench/search-accuracy.ts --fit` on titles held out of the index.
 */
import calibration from '../../data/title-match-calibration.json';
import { round } from '../round';

export interface Calibration {
  coef: { intercept: number; top: number; margin: number; fuzzy: number; unknown: number; doc: number };
  review: { confidence: number; margin: number };
}
export const CAL: Calibration = calibration;

export interface ConfidenceFeatures {
  top: number;
  margin: number;
  fuzzy: number;
  unknown: number;
  doc: number;
}

/** Logistic calibration of the first result being right, fitted by scripts/bench/search-accuracy.ts. */
export function calibrate(f: ConfidenceFeatures): number {
  const c = CAL.coef;
  const z = c.intercept + c.top * f.top + c.margin * Math.min(0.5, f.margin) + c.fuzzy * f.fuzzy + c.unknown * f.unknown + c.doc * f.doc;
  return round(1 / (1 + Math.exp(-z)), 3);
}
