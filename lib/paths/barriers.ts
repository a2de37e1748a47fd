/**
 * Barriers: targets a worker cannot simply retrain into, read from O*NET and SOC data rather than
 * a list of codes — Occupation Data (titles and descriptions naming election, appointment or
 * adjudication), the SOC structure (military major group 55; the "Law Enforcement Workers" minor
 * group, whose posts are sworn appointments after an academy), and O*NET's Education, Training,
 * and Experience ratings (share of workers who say the job needs a first professional or doctoral
 * degree). A barrier counts only when the source does not already clear it.
 */

export type BarrierKind = 'election_or_appointment' | 'military' | 'sworn_law_enforcement' | 'professional_degree';

export interface Barrier {
  kind: BarrierKind;
  /** plain words, with the O*NET evidence */
  reason: string;
}

export interface BarrierFacts {
  title: string;
  description: string;
  majorGroup: string;
  minorGroup: string;
  minorTitle: string | null;
  /** share (0–1) of O*NET respondents saying the job needs a first professional degree, a doctorate or post-doctoral training (categories 10–12) */
  professionalShare: number | null;
}

/** From this share of respondents, a professional or doctoral degree counts as required. */
export const PROFESSIONAL_SHARE = 0.5;

const ELECTED_TITLE = /\b(judges?|magistrates?|legislators?|hearing officers?)\b/i;
const ELECTED_TEXT = /\b(elected|appointed|adjudicat\w*)\b/i;

export function barriersOf(o: BarrierFacts): Barrier[] {
  const out: Barrier[] = [];
  const t = ELECTED_TITLE.exec(o.title);
  const d = ELECTED_TEXT.exec(o.description);
  if (t || d) out.push({ kind: 'election_or_appointment', reason: `an elected or appointed post (O*NET: “${t ? t[0] : d![0]}”)` });
  if (o.majorGroup === '55-0000') out.push({ kind: 'military', reason: 'military service (SOC group 55, Military Specific Occupations)' });
  if (o.minorTitle && /law enforcement/i.test(o.minorTitle)) out.push({ kind: 'sworn_law_enforcement', reason: `a sworn law-enforcement post: agency hiring and academy training (SOC ${o.minorGroup}, ${o.minorTitle})` });
  if (o.professionalShare !== null && o.professionalShare >= PROFESSIONAL_SHARE)
    out.push({ kind: 'professional_degree', reason: `a professional or doctoral degree (O*NET: ${Math.round(o.professionalShare * 100)}% of workers say the job requires one)` });
  return out;
}

/** The target's barriers the source has not already cleared. */
export function barriersBetween(src: BarrierFacts, tgt: BarrierFacts): Barrier[] {
  const mine = new Set(barriersOf(src).map((b) => b.kind));
  return barriersOf(tgt).filter((b) => !mine.has(b.kind));
}
