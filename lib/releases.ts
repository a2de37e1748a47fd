/**
 * The names of the data releases a database was built from, as pages, chart source lines, CSV
 * credits and the API say them ("O*NET 30.1", "OEWS May 2023", "Employment Projections 2024–34").
 * Derived from what the ingest recorded in `dataset_versions` (lib/queries/meta.ts `releases()`),
 * never written into a page: a build from another release names that release. Pure.
 */

export interface ReleaseLabels {
  /** "O*NET 30.1" */
  onet: string;
  /** the national OEWS release: "OEWS May 2023" */
  oews: string;
  /** as recorded: "OEWS May 2023 national" */
  oewsNational: string;
  /** its reference period: "May 2023" */
  oewsPeriod: string;
  /** "Employment Projections 2024–34" */
  projections: string;
  /** the projection period: "2024–34" */
  projectionsPeriod: string;
  /** the state OEWS release as recorded ("OEWS May 2025 state"), null when the build has no state file */
  states: string | null;
}

export interface RecordedVersion {
  file: string;
  source: string;
  release: string;
}

const UNKNOWN = 'unknown release';

/** The release labels from the recorded dataset versions. */
export function releaseLabels(versions: readonly RecordedVersion[]): ReleaseLabels {
  const find = (test: (v: RecordedVersion) => boolean) => versions.find(test)?.release ?? null;
  const onet = find((v) => v.source.startsWith('O*NET'));
  const national = find((v) => v.source === 'BLS OEWS' && v.file.startsWith('national_'));
  const state = find((v) => v.source === 'BLS OEWS' && v.file.startsWith('state_'));
  const projections = find((v) => v.source === 'BLS Employment Projections');
  const oewsPeriod = /\b([A-Z][a-z]+ \d{4})\b/.exec(national ?? '')?.[1] ?? UNKNOWN;
  const years = /(\d{4})\s*[–-]\s*(\d{2})?(\d{2})\b/.exec(projections ?? '');
  const projectionsPeriod = years ? `${years[1]}–${years[3]}` : UNKNOWN;
  return {
    onet: onet ?? `O*NET (${UNKNOWN})`,
    oews: `OEWS ${oewsPeriod}`,
    oewsNational: national ?? `OEWS national (${UNKNOWN})`,
    oewsPeriod,
    projections: `Employment Projections ${projectionsPeriod}`,
    projectionsPeriod,
    states: state,
  };
}

/** The source line under a chart and in its exports: "Exposure Atlas v0.1.0 · O*NET 30.1 (CC BY 4.0) · BLS OEWS May 2023". */
export function chartSource(version: string, r: Pick<ReleaseLabels, 'onet' | 'oews'>): string {
  return `Exposure Atlas ${version} · ${r.onet} (CC BY 4.0) · BLS ${r.oews}`;
}

/** The credits that travel with exported data (O*NET's CC BY 4.0 attribution and the BLS release). */
export function dataCredits(r: Pick<ReleaseLabels, 'onet' | 'oews'>): string[] {
  return [
    `${r.onet} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0;`,
    'modified by Exposure Atlas (scores, aggregates); USDOL/ETA has not approved, endorsed, or tested these modifications.',
    `Employment and wages: U.S. Bureau of Labor Statistics, ${r.oews} (public domain).`,
  ];
}
