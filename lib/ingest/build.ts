import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { count, eq, isNull, sql } from 'drizzle-orm';
import type { AtlasDb } from '../../db';
import * as schema from '../../db/schema';
import { insertMany } from '../build/insert';
import { InputError } from './errors';
import { locateBlsFiles, readCrosswalk, readOews, readProjections } from './bls';
import { allocateLabor, socGroups } from './labor';
import { allocateStates, locateStateFile, readStateOews } from './state';
import {
  ONET_FILES,
  readActivityLinks,
  readDwas,
  readEducation,
  readElementRatings,
  readInterests,
  readIwas,
  readJobZoneReference,
  readJobZones,
  readLevelAnchors,
  readOccupations,
  readOnetRelease,
  readContentModel,
  readRelated,
  readTaskDwas,
  readTaskImportance,
  readTasks,
  readTechnologySkills,
  readTitles,
  readWorkStyles,
  type ElementDomain,
} from './onet';

/** Weight of a task inside its occupation when O*NET Task Ratings (importance) are absent. */
export const TASK_TYPE_WEIGHTS = { Core: 1, Supplemental: 0.5, 'n/a': 0.75 } as const;

export interface IngestOptions {
  onetDir: string;
  blsDir: string;
  onStep?: (step: string, done: number, total: number) => void;
}

export interface IngestSummary {
  release: { onet: string; oews: string; projections: string };
  rows: Record<string, number>;
  optionalFilesUsed: string[];
  optionalFilesMissing: string[];
  ms: number;
}

/** SOC 2018 groups that OEWS does not publish (military; fishing and hunting), by level. */
const EXTRA_GROUPS: Record<string, { level: 'major' | 'minor' | 'broad'; title: string }> = {
  '55-0000': { level: 'major', title: 'Military Specific Occupations' },
  '55-1000': { level: 'minor', title: 'Military Officer Special and Tactical Operations Leaders' },
  '55-1010': { level: 'broad', title: 'Military Officer Special and Tactical Operations Leaders' },
  '55-2000': { level: 'minor', title: 'First-Line Enlisted Military Supervisors' },
  '55-2010': { level: 'broad', title: 'First-Line Enlisted Military Supervisors' },
  '55-3000': { level: 'minor', title: 'Military Enlisted Tactical Operations and Air/Weapons Specialists and Crew Members' },
  '55-3010': { level: 'broad', title: 'Military Enlisted Tactical Operations and Air/Weapons Specialists and Crew Members' },
  '45-3000': { level: 'minor', title: 'Fishing and Hunting Workers' },
  '45-3030': { level: 'broad', title: 'Fishing and Hunting Workers' },
};

/**
 * Reads and validates every official file, then writes them into `db` (already migrated) in one
 * transaction. Throws InputError (`file:line: reason`) on the first bad row, before anything is written.
 */
export function ingest(db: AtlasDb, opts: IngestOptions): IngestSummary {
  const t0 = performance.now();
  const { onetDir, blsDir } = opts;
  if (!fs.existsSync(onetDir)) throw new InputError(onetDir, undefined, 'O*NET directory does not exist');
  const steps = 16;
  let step = 0;
  const tick = (name: string) => opts.onStep?.(name, ++step, steps);

  tick('Occupation Data');
  const occ = readOccupations(onetDir);
  const codes = new Set(occ.map((o) => o.code));
  tick('Task Statements');
  const taskRows = readTasks(onetDir, codes);
  const taskIds = new Set(taskRows.map((t) => t.task_id));
  const importance = readTaskImportance(onetDir, taskIds);
  tick('IWAs and DWAs');
  const iwaRows = readIwas(onetDir);
  const dwaRows = readDwas(onetDir, new Set(iwaRows.map((i) => i.iwa_id)));
  tick('Tasks to DWAs');
  const taskDwaRows = readTaskDwas(onetDir, taskIds, new Set(dwaRows.map((d) => d.dwa_id)), codes);
  tick('Skills and Knowledge');
  const domains: Array<[string, ElementDomain, boolean]> = [
    [ONET_FILES.skills, 'skill', true],
    [ONET_FILES.knowledge, 'knowledge', true],
    [ONET_FILES.abilities, 'ability', false],
    [ONET_FILES.workActivities, 'work_activity', false],
    [ONET_FILES.workContext, 'work_context', false],
  ];
  const used: string[] = [];
  const missing: string[] = [];
  if (importance) used.push(ONET_FILES.taskRatings);
  else missing.push(ONET_FILES.taskRatings);
  const elementSets = domains.flatMap(([file, domain, required]) => {
    if (!fs.existsSync(path.join(onetDir, file))) {
      if (required) throw new InputError(file, undefined, `required O*NET file is missing from ${onetDir}`);
      missing.push(file);
      return [];
    }
    if (!required) used.push(file);
    return [readElementRatings(onetDir, file, domain, codes)];
  });
  const descriptions = readContentModel(onetDir);
  if (descriptions) used.push(ONET_FILES.contentModel);
  else missing.push(ONET_FILES.contentModel);
  tick('Related Occupations');
  const related = readRelated(onetDir, codes);
  tick('Titles');
  const titles = readTitles(onetDir, codes);
  tick('Technology Skills');
  const tech = readTechnologySkills(onetDir, codes);
  tick('Job Zones and Education');
  const jobZones = readJobZones(onetDir, codes);
  const jzRef = readJobZoneReference(onetDir);
  const edu = readEducation(onetDir, codes);
  tick('Interests, Work Styles, Level Anchors, element–activity links');
  const interests = readInterests(onetDir, codes);
  const workStyles = readWorkStyles(onetDir, codes);
  const anchors = readLevelAnchors(onetDir);
  const skillLinks = readActivityLinks(onetDir, 'skills');
  const abilityLinks = readActivityLinks(onetDir, 'abilities');

  tick('BLS OEWS');
  const bls = locateBlsFiles(blsDir);
  const oews = readOews(bls.oews, bls.oewsYear);
  tick('BLS Employment Projections');
  const projections = readProjections(bls.projections, bls.projectionBase, bls.projectionTarget);
  tick('BLS crosswalk');
  const crosswalk = readCrosswalk(bls.crosswalk, codes);
  const labor = allocateLabor([...codes], oews, projections, crosswalk);
  tick('BLS OEWS states');
  const stateFile = locateStateFile(blsDir);
  const stateRelease = stateFile ? `OEWS May ${stateFile.year} state` : null;
  if (stateFile) used.push(path.basename(stateFile.file));
  else missing.push('state_M<year>_dl.xlsx (BLS OEWS state estimates)');
  const stateRows = stateFile ? readStateOews(stateFile.file, stateFile.year) : [];
  const states = stateFile ? { rows: stateRows, ...allocateStates([...codes], stateRows, crosswalk, stateRelease!) } : null;

  // Everything is read and valid: write it.
  tick('Writing occupations');
  const groupTitles = new Map<string, { level: 'major' | 'minor' | 'broad'; title: string }>();
  for (const r of oews) {
    if (r.o_group === 'major' || r.o_group === 'minor' || r.o_group === 'broad') {
      if (!groupTitles.has(r.occ_code)) groupTitles.set(r.occ_code, { level: r.o_group, title: r.title });
    }
  }
  const socs = new Set(occ.map((o) => o.code.slice(0, 7)));
  const inUse = (group: string) => [...socs].some((soc) => soc.startsWith(group.replace(/0+$/, '')));
  for (const [code, g] of Object.entries(EXTRA_GROUPS)) if (!groupTitles.has(code) && inUse(code)) groupTitles.set(code, g);
  const modal = new Map<string, { category: number; share: number }>();
  for (const l of edu.levels) {
    const cur = modal.get(l.onet_soc_code);
    if (!cur || l.share > cur.share) modal.set(l.onet_soc_code, { category: l.category, share: l.share });
  }
  const minors = new Set([...groupTitles].filter(([, g]) => g.level === 'minor').map(([code]) => code));
  const broads = new Set([...groupTitles].filter(([, g]) => g.level === 'broad').map(([code]) => code));
  const rows: Record<string, number> = {};
  // Bulk loads are faster into unindexed tables: drop the secondary indexes, load, recreate them.
  const indexes = db.all<{ name: string; sql: string }>(sql`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`);
  const write = db.$client.transaction(() => {
    for (const ix of indexes) db.run(sql.raw(`DROP INDEX "${ix.name}"`));
    rows.occupations = insertMany(
      db,
      schema.occupations,
      occ.map((o) => {
        const soc = o.code.slice(0, 7);
        const g = socGroups(soc, minors, broads);
        return {
          onet_soc_code: o.code,
          soc_code: soc,
          title: o.title,
          description: o.description,
          job_zone: jobZones.get(o.code) ?? null,
          major_group: g.major,
          minor_group: g.minor,
          broad_group: g.broad,
          education_category: modal.get(o.code)?.category ?? null,
          education_share: modal.get(o.code)?.share ?? null,
        };
      }),
    );
    rows.occupation_groups = insertMany(db, schema.occupationGroups, [...groupTitles].map(([code, g]) => ({ code, level: g.level, title: g.title })));
    rows.tasks = insertMany(
      db,
      schema.tasks,
      taskRows.map((t) => {
        const im = importance?.get(t.task_id) ?? null;
        // With ratings, an unrated task gets a mid-scale importance (3 on 1–5) scaled by its type,
        // so weights inside one occupation stay on one scale.
        const fallback = importance ? 3 * TASK_TYPE_WEIGHTS[t.task_type] : TASK_TYPE_WEIGHTS[t.task_type];
        return { ...t, importance: im, weight: im ?? fallback };
      }),
    );
    rows.iwas = insertMany(db, schema.iwas, iwaRows);
    rows.dwas = insertMany(db, schema.dwas, dwaRows);
    rows.task_dwas = insertMany(db, schema.taskDwas, taskDwaRows);
    const elements = new Map<string, typeof schema.elements.$inferInsert>();
    for (const s of elementSets) for (const e of s.elements) elements.set(e.element_id, { ...e, description: descriptions?.get(e.element_id) ?? null });
    rows.elements = insertMany(db, schema.elements, [...elements.values()]);
    rows.occupation_elements = 0;
    for (const s of elementSets) rows.occupation_elements += insertMany(db, schema.occupationElements, s.ratings);
    rows.related_occupations = insertMany(db, schema.relatedOccupations, related);
    rows.occupation_titles = insertMany(db, schema.occupationTitles, titles.titles);
    rows.technology_skills = insertMany(db, schema.technologySkills, tech);
    rows.job_zone_reference = insertMany(db, schema.jobZones, jzRef);
    rows.education_categories = insertMany(db, schema.educationCategories, edu.categories);
    rows.education_levels = insertMany(db, schema.educationLevels, edu.levels);
    rows.occupation_interests = insertMany(db, schema.occupationInterests, interests.interests);
    rows.occupation_work_styles = insertMany(db, schema.occupationWorkStyles, workStyles.styles);
    rows.level_anchors = insertMany(db, schema.levelAnchors, anchors);
    rows.element_activity_links = insertMany(db, schema.elementActivityLinks, [...skillLinks, ...abilityLinks]);
    rows.bls_oews = insertMany(db, schema.blsOews, oews);
    rows.bls_projections = insertMany(db, schema.blsProjections, projections);
    rows.nem_crosswalk = insertMany(db, schema.nemCrosswalk, [...crosswalk].map(([onet_soc_code, x]) => ({ onet_soc_code, ...x })));
    rows.occupation_labor = insertMany(db, schema.occupationLabor, labor);
    if (states) {
      rows.state_areas = insertMany(db, schema.stateAreas, states.areas);
      rows.state_oews = insertMany(db, schema.stateOews, states.rows);
      rows.state_labor = insertMany(db, schema.stateLabor, states.labor);
    }

    const onetRelease = readOnetRelease(onetDir);
    const versions: Array<typeof schema.datasetVersions.$inferInsert> = [];
    const addVersion = (file: string, source: string, release: string, n: number) => {
      const buf = fs.readFileSync(file);
      versions.push({ file: path.basename(file), source, release, rows: n, bytes: buf.length, sha256: crypto.createHash('sha256').update(buf).digest('hex') });
    };
    const onetCounts: Record<string, number> = {
      [ONET_FILES.occupations]: occ.length,
      [ONET_FILES.tasks]: taskRows.length,
      [ONET_FILES.taskDwas]: taskDwaRows.length,
      [ONET_FILES.dwas]: dwaRows.length,
      [ONET_FILES.iwas]: iwaRows.length,
      [ONET_FILES.related]: related.length,
      [ONET_FILES.alternateTitles]: titles.alternate,
      [ONET_FILES.reportedTitles]: titles.reported,
      [ONET_FILES.technologySkills]: tech.length,
      [ONET_FILES.jobZones]: jobZones.size,
      [ONET_FILES.jobZoneReference]: jzRef.length,
      [ONET_FILES.education]: edu.levels.length,
      [ONET_FILES.educationCategories]: edu.categories.length,
      [ONET_FILES.interests]: interests.rows,
      [ONET_FILES.workStyles]: workStyles.rows,
      [ONET_FILES.levelAnchors]: anchors.length,
      [ONET_FILES.skillsToActivities]: skillLinks.length,
      [ONET_FILES.abilitiesToActivities]: abilityLinks.length,
    };
    domains.forEach(([file], i) => {
      const set = elementSets.find((s) => s.elements[0]?.domain === domains[i][1]);
      if (set) onetCounts[file] = set.rows;
    });
    if (importance) onetCounts[ONET_FILES.taskRatings] = importance.size;
    if (descriptions) onetCounts[ONET_FILES.contentModel] = descriptions.size;
    for (const [file, n] of Object.entries(onetCounts)) addVersion(path.join(onetDir, file), 'O*NET (CC BY 4.0)', onetRelease, n);
    addVersion(bls.oews, 'BLS OEWS', `OEWS May ${bls.oewsYear} national`, oews.length);
    addVersion(bls.projections, 'BLS Employment Projections', `Employment Projections ${bls.projectionBase}–${bls.projectionTarget}`, projections.length);
    addVersion(bls.crosswalk, 'BLS O*NET–NEM crosswalk', 'BLS crosswalk', crosswalk.size);
    if (stateFile && states) addVersion(stateFile.file, 'BLS OEWS', stateRelease!, states.rows.length);
    rows.dataset_versions = insertMany(db, schema.datasetVersions, versions);
    for (const ix of indexes) db.run(sql.raw(ix.sql));
  });
  write();
  tick('Checking');
  checkDatabase(db);
  return {
    release: { onet: readOnetRelease(onetDir), oews: `OEWS May ${bls.oewsYear}`, projections: `EP ${bls.projectionBase}–${bls.projectionTarget}` },
    rows,
    optionalFilesUsed: used,
    optionalFilesMissing: missing,
    ms: performance.now() - t0,
  };
}

/** Post-write checks: the database is only renamed into place when these pass. */
export function checkDatabase(db: AtlasDb): void {
  const { occupations, tasks } = schema;
  const problems: string[] = [];
  const rowsIn = (t: typeof occupations | typeof tasks) => db.select({ n: count() }).from(t).get()?.n ?? 0;
  if (rowsIn(occupations) === 0) problems.push('no occupations');
  if (rowsIn(tasks) === 0) problems.push('no tasks');
  const orphans =
    db
      .select({ n: count() })
      .from(tasks)
      .leftJoin(occupations, eq(tasks.onet_soc_code, occupations.onet_soc_code))
      .where(isNull(occupations.onet_soc_code))
      .get()?.n ?? 0;
  if (orphans > 0) problems.push(`${orphans} tasks without an occupation`);
  const integrity = db.$client.pragma('quick_check', { simple: true });
  if (integrity !== 'ok') problems.push(`quick check: ${String(integrity)}`);
  if (problems.length > 0) throw new Error(`database check failed: ${problems.join('; ')}`);
}
