import { releaseLabels, type ReleaseLabels } from '../releases';
import { hasRows, memo, sqlite, stmt, type Sqlite } from './db';

export interface Counts {
  occupations: number;
  occupationsWithTasks: number;
  tasks: number;
  titles: number;
  occupationsWithEmployment: number;
  employment: number;
  scoredOccupations: number;
  scoredTasks: number;
}

export function getCounts(db: Sqlite = sqlite()): Counts {
  return memo(db, 'counts', () => {
    const one = (sql: string) => (stmt(db, sql).pluck().get() as number | null) ?? 0;
    return {
      occupations: one('SELECT count(*) FROM occupations'),
      occupationsWithTasks: one('SELECT count(DISTINCT onet_soc_code) FROM tasks'),
      tasks: one('SELECT count(*) FROM tasks'),
      titles: one('SELECT count(*) FROM occupation_titles'),
      occupationsWithEmployment: one('SELECT count(*) FROM occupation_labor WHERE employment > 0'),
      employment: one('SELECT coalesce(sum(employment), 0) FROM occupation_labor'),
      scoredOccupations: one('SELECT count(*) FROM occupation_scores'),
      scoredTasks: one('SELECT count(*) FROM task_scores'),
    };
  });
}

export interface DatasetVersion {
  file: string;
  source: string;
  release: string;
  rows: number;
  sha256: string;
}

export function getDatasetVersions(db: Sqlite = sqlite()): DatasetVersion[] {
  return stmt(db, 'SELECT file, source, release, rows, sha256 FROM dataset_versions ORDER BY source, file').all() as DatasetVersion[];
}

export function getBuildInfo(db: Sqlite = sqlite()): Record<string, string> {
  const rows = stmt(db, 'SELECT key, value FROM build_info').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** "v0.1.0 (built 2026-11-29)" or "unscored build". */
export function atlasVersion(db: Sqlite = sqlite()): string {
  const info = getBuildInfo(db);
  const v = info.atlas_version ? `v${info.atlas_version}` : 'dev';
  return info.built_at ? `${v}, built ${info.built_at.slice(0, 10)}` : v;
}

export function hasScores(db: Sqlite = sqlite()): boolean {
  return hasRows(db, 'occupation_scores');
}

/** The names of the releases this database was built from (O*NET, OEWS national and state, Employment Projections). */
export function releases(db: Sqlite = sqlite()): ReleaseLabels {
  return memo(db, 'releases', () => releaseLabels(getDatasetVersions(db)));
}

/** The release name of the national OEWS file this database was built from (e.g. "OEWS May 2023 national"). */
export function nationalOewsRelease(db: Sqlite = sqlite()): string {
  return releases(db).oewsNational;
}
