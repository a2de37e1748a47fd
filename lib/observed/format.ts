/** Observed-use figures in words and numbers for pages. Pure. */

/** A share of conversations given in percent (0–100): small shares keep two significant places, never shown as 0. */
export function sharePct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v === 0) return '0%';
  if (v >= 10) return `${v.toFixed(1)}%`;
  if (v >= 0.01) return `${Number(v.toPrecision(2))}%`;
  return '< 0.01%';
}

/** How observed exposure compares with the theoretical one, in words. */
export function gapWords(beta: number, observed: number): string {
  if (!(beta > 0)) return 'no exposure to compare with';
  const r = observed / beta;
  if (r >= 0.5) return 'much of what is exposed is already showing up in use';
  if (r >= 0.2) return 'a part of what is exposed is already showing up in use';
  if (r > 0) return 'little of what is exposed is showing up in use yet';
  return 'none of what is exposed is showing up in use yet';
}

/** Automation vs augmentation in plain words, from the automation share (0–1) of classified conversations. */
export function splitWords(automation: number): string {
  if (automation >= 0.6) return 'mostly automation: people hand Claude the task and take the result';
  if (automation > 0.4) return 'about as much automation (Claude doing the task) as augmentation (people working the task with Claude)';
  return 'mostly augmentation: people work the task with Claude — iterating, checking, learning — rather than handing it over';
}
