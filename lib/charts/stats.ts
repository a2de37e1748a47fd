/** Chart maths: employment-weighted shares, histograms and group means. Pure; rows with no weight are skipped. */

export interface Weighted {
  value: number | null;
  weight: number | null;
}

function usable(r: Weighted): r is { value: number; weight: number } {
  return r.value !== null && Number.isFinite(r.value) && r.weight !== null && r.weight > 0;
}

/** Share of total weight with value >= threshold (0 when there is no weight). */
export function weightedShareAtLeast(rows: Weighted[], threshold: number): number {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    if (!usable(r)) continue;
    den += r.weight;
    if (r.value >= threshold) num += r.weight;
  }
  return den > 0 ? num / den : 0;
}

export function weightedMean(rows: Weighted[]): number | null {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    if (!usable(r)) continue;
    num += r.value * r.weight;
    den += r.weight;
  }
  return den > 0 ? num / den : null;
}

export interface Bin {
  x0: number;
  x1: number;
  weight: number;
  count: number;
}

/** Equal-width bins over [min, max]; the last bin is closed so max itself is counted. */
export function weightedHistogram(rows: Weighted[], bins: number, min = 0, max = 1): Bin[] {
  const width = (max - min) / bins;
  const out: Bin[] = Array.from({ length: bins }, (_, i) => ({ x0: min + i * width, x1: min + (i + 1) * width, weight: 0, count: 0 }));
  for (const r of rows) {
    if (!usable(r) || r.value < min || r.value > max) continue;
    const i = Math.min(bins - 1, Math.floor((r.value - min) / width));
    out[i].weight += r.weight;
    out[i].count += 1;
  }
  return out;
}

export interface GroupMean<K> {
  key: K;
  mean: number;
  weight: number;
  count: number;
}

/** Weighted mean of value per group, in first-seen order of the groups. */
export function groupWeightedMean<T, K>(rows: T[], key: (r: T) => K, get: (r: T) => Weighted): GroupMean<K>[] {
  const acc = new Map<K, { num: number; den: number; count: number }>();
  for (const r of rows) {
    const w = get(r);
    const k = key(r);
    if (!acc.has(k)) acc.set(k, { num: 0, den: 0, count: 0 });
    if (!usable(w)) continue;
    const a = acc.get(k)!;
    a.num += w.value * w.weight;
    a.den += w.weight;
    a.count += 1;
  }
  return [...acc.entries()].filter(([, a]) => a.den > 0).map(([k, a]) => ({ key: k, mean: a.num / a.den, weight: a.den, count: a.count }));
}

/** "Nice" upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least max. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** Percentile ranks in [0, 1] (ties get their average rank); a single value gets 0.5. */
export function percentRanks(values: number[]): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) return [0.5];
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && order[j + 1][0] === order[i][0]) j++;
    const r = (i + j) / 2 / (n - 1);
    for (let k = i; k <= j; k++) out[order[k][1]] = r;
    i = j + 1;
  }
  return out;
}
