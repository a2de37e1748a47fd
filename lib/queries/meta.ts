import { asc, count, countDistinct, gt, sql } from 'drizzle-orm';
import { buildInfo, datasetVersions, occupationLabor, occupations, occupationScores, occupationTitles, tasks, taskScores } from '../../db/schema';
import { derived, derivedBy, type DataContext } from '../data/context';
import { tableExists } from '../data/tables';
import { releaseLabels, type ReleaseLabels } from '../releases';

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

const n = (q: { n: number } | undefined) => q?.n ?? 0;

const COUNTS = derived('counts', ({ db }): Counts => ({
  occupations: n(db.select({ n: count() }).from(occupations).get()),
  occupationsWithTasks: n(db.select({ n: countDistinct(tasks.onet_soc_code) }).from(tasks).get()),
  tasks: n(db.select({ n: count() }).from(tasks).get()),
  titles: n(db.select({ n: count() }).from(occupationTitles).get()),
  occupationsWithEmployment: n(db.select({ n: count() }).from(occupationLabor).where(gt(occupationLabor.employment, 0)).get()),
  employment: n(db.select({ n: sql`coalesce(sum(${occupationLabor.employment}), 0)`.mapWith(Number) }).from(occupationLabor).get()),
  scoredOccupations: n(db.select({ n: count() }).from(occupationScores).get()),
  scoredTasks: n(db.select({ n: count() }).from(taskScores).get()),
}));

export function getCounts(data: DataContext): Counts {
  return data.get(COUNTS);
}

export type DatasetVersion = Pick<typeof datasetVersions.$inferSelect, 'file' | 'source' | 'release' | 'rows' | 'sha256'>;

const VERSIONS = derived('datasetVersions', ({ db }): DatasetVersion[] =>
  db
    .select({ file: datasetVersions.file, source: datasetVersions.source, release: datasetVersions.release, rows: datasetVersions.rows, sha256: datasetVersions.sha256 })
    .from(datasetVersions)
    .orderBy(asc(datasetVersions.source), asc(datasetVersions.file))
    .all(),
);

export function getDatasetVersions(data: DataContext): DatasetVersion[] {
  return data.get(VERSIONS);
}

const INFO = derived('buildInfo', ({ db }) => Object.fromEntries(db.select().from(buildInfo).all().map((r) => [r.key, r.value])));

export function getBuildInfo(data: DataContext): Record<string, string> {
  return data.get(INFO);
}

/** "v0.1.0 (built 2026-11-29)" or "unscored build". */
export function atlasVersion(data: DataContext): string {
  const info = getBuildInfo(data);
  const v = info.atlas_version ? `v${info.atlas_version}` : 'dev';
  return info.built_at ? `${v}, built ${info.built_at.slice(0, 10)}` : v;
}

/** True when `table` exists in this file and has a row; asked once per file (tables of older builds may be missing). */
export const hasRows = derivedBy('hasRows', ({ db }, table): boolean => {
  return tableExists(db, table) && db.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM ${sql.identifier(table)} LIMIT 1`) !== undefined;
});

export function hasScores(data: DataContext): boolean {
  return hasRows(data, 'occupation_scores');
}

/** The names of the releases this database was built from (O*NET, OEWS national and state, Employment Projections). */
const RELEASES = derived('releases', (data) => releaseLabels(getDatasetVersions(data)));
export function releases(data: DataContext): ReleaseLabels {
  return data.get(RELEASES);
}

/** The release name of the national OEWS file this database was built from (e.g. "OEWS May 2023 national"). */
export function nationalOewsRelease(data: DataContext): string {
  return releases(data).oewsNational;
}
