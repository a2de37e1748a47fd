/**
 * Allocation of BLS figures to O*NET occupations.
 *
 * Each O*NET code is matched to one OEWS row: the National Employment Matrix code the BLS crosswalk
 * gives for it, else its own 6-digit SOC code, else the aggregate OEWS code for its broad group
 * (BLS publishes some detailed occupations only combined, e.g. 13-1020). When several O*NET codes
 * match the same OEWS row, its employment is split equally among them, so sums over O*NET
 * occupations equal the BLS totals and nothing is counted twice. Wages are not split: every sharer
 * carries the row's median.
 */
export interface OewsRow {
  occ_code: string;
  o_group: string;
  employment: number | null;
  median_annual_wage: number | null;
  median_hourly_wage: number | null;
  median_top_coded: boolean;
}

export interface ProjectionRow {
  nem_code: string;
  change_percent: number | null;
  openings_annual: number | null;
  typical_education: string | null;
}

export interface LaborAllocation {
  onet_soc_code: string;
  oews_code: string | null;
  oews_sharers: number | null;
  employment: number | null;
  median_annual_wage: number | null;
  median_hourly_wage: number | null;
  median_top_coded: boolean | null;
  nem_code: string | null;
  projected_change_percent: number | null;
  openings_annual: number | null;
  typical_education: string | null;
}

export function allocateLabor(
  codes: string[],
  oews: OewsRow[],
  projections: ProjectionRow[],
  crosswalk: Map<string, { nem_code: string }>,
): LaborAllocation[] {
  const detailed = new Map<string, OewsRow>();
  for (const r of oews) if (r.o_group === 'detailed') detailed.set(r.occ_code, r);
  const proj = new Map(projections.map((p) => [p.nem_code, p]));

  const match = new Map<string, OewsRow | undefined>();
  for (const code of codes) {
    const soc = code.slice(0, 7);
    const nem = crosswalk.get(code)?.nem_code;
    match.set(code, (nem ? detailed.get(nem) : undefined) ?? detailed.get(soc) ?? detailed.get(`${soc.slice(0, 6)}0`));
  }
  const sharers = new Map<string, number>();
  for (const row of match.values()) if (row) sharers.set(row.occ_code, (sharers.get(row.occ_code) ?? 0) + 1);
  // O*NET codes per projections (NEM) code: openings are split among them.
  const nemOf = (code: string) => crosswalk.get(code)?.nem_code ?? code.slice(0, 7);
  const nemSharers = new Map<string, number>();
  if (proj.size > 0) for (const code of codes) nemSharers.set(nemOf(code), (nemSharers.get(nemOf(code)) ?? 0) + 1);

  return codes.map((code) => {
    const row = match.get(code);
    const n = row ? sharers.get(row.occ_code)! : null;
    const nem = nemOf(code);
    const p = proj.get(nem);
    return {
      onet_soc_code: code,
      oews_code: row?.occ_code ?? null,
      oews_sharers: n,
      employment: row && row.employment !== null && n ? row.employment / n : null,
      median_annual_wage: row?.median_annual_wage ?? null,
      median_hourly_wage: row?.median_hourly_wage ?? null,
      median_top_coded: row ? row.median_top_coded : null,
      nem_code: p ? nem : null,
      projected_change_percent: p?.change_percent ?? null,
      openings_annual: p && p.openings_annual !== null ? p.openings_annual / nemSharers.get(nem)! : null,
      typical_education: p?.typical_education ?? null,
    };
  });
}

/**
 * SOC 2018 broad groups that run on past nine members, so that some of their codes do not share the
 * group's XX-YYZ prefix: 29-1210 Physicians holds 29-1211 … 29-1218 and 29-1221 … 29-1229.
 */
export const BROAD_RANGES: Record<string, string> = { '29-1220': '29-1210' };

/**
 * SOC hierarchy of a 6-digit code. Minor groups are XX-Y000 (29-1211 → 29-1000) except where the 2018
 * SOC numbers them XX-YY00 (15-1252 → 15-1200, 31-1131 → 31-1100, 51-5112 → 51-5100): pass the known
 * minor codes to resolve those. Broad groups are XX-YYZ0, except in BROAD_RANGES when the code's own
 * XX-YYZ0 is not a known broad group (pass the known broad codes).
 */
export function socGroups(soc: string, minors: ReadonlySet<string> = new Set(), broads: ReadonlySet<string> = new Set()) {
  const twoDigit = `${soc.slice(0, 5)}00`;
  const own = `${soc.slice(0, 6)}0`;
  const range = BROAD_RANGES[own];
  const broad = !broads.has(own) && range && broads.has(range) ? range : own;
  return { major: `${soc.slice(0, 2)}-0000`, minor: minors.has(twoDigit) ? twoDigit : `${soc.slice(0, 4)}000`, broad };
}
