import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Reader } from '../../db';
import { datasetVersions, dwas, educationLevels, elements, embeddings, iwas, levelAnchors, occupationElements, occupationGroups, occupationInterests, occupationWorkStyles, relatedOccupations, taskDwas, tasks } from '../../db/schema';
import { derived, type DataContext } from '../data/context';
import { CHAIN_DOMAINS } from './skill-chain';
import { cosine, fromBlob } from '../score/vectors';
import { releaseLabels } from '../releases';
import { occupationFacts } from './facts';
import type { OccupationProfile, PathData } from '../paths/paths';

type Vec = 'skillVec' | 'taskVec' | 'activityVec' | 'gwaVec' | 'interestVec' | 'styleVec';

const PATHS = derived('pathData', ({ db }) => loadPathData(db));

/** Skill/knowledge and task profiles for reskilling paths (~250 ms once per file). */
export function pathData(data: DataContext): PathData {
  return data.get(PATHS);
}

/** Reads everything path finding needs into memory (a few MB; built once per database file). */
export function loadPathData(db: Reader): PathData {
  const occ = db.select().from(occupationFacts).leftJoin(occupationGroups, eq(occupationGroups.code, occupationFacts.minor_group)).all();
  const profiles = new Map<string, OccupationProfile>();
  for (const { occupation_facts: o, occupation_groups: g } of occ) {
    if (o.beta === null) continue; // only scored occupations can be a path's start or end
    profiles.set(o.onet_soc_code, {
      code: o.onet_soc_code,
      title: o.title,
      description: o.description,
      majorGroup: o.major_group,
      minorGroup: o.minor_group,
      minorTitle: g?.title ?? null,
      beta: o.beta,
      jobZone: o.job_zone,
      education: null,
      professionalShare: null,
      employment: o.employment ?? 0,
      wage: o.median_wage,
      growth: o.growth_pct,
      openings: o.openings,
      elements: new Map(),
      skillVec: null,
      taskVec: null,
      activityVec: null,
      gwaVec: null,
      interestVec: null,
      styleVec: null,
      skillsImputedFrom: null,
    });
  }
  // Required level of education: expected category and the share needing a professional or doctoral degree.
  for (const r of db.select({ code: educationLevels.onet_soc_code, category: educationLevels.category, share: educationLevels.share }).from(educationLevels).all()) {
    const o = profiles.get(r.code);
    if (!o) continue;
    o.education = (o.education ?? 0) + r.category * r.share;
    o.professionalShare = (o.professionalShare ?? 0) + (r.category >= 10 ? r.share : 0);
  }

  // Skills and knowledge: importance × level.
  const elementRows = db.select({ element_id: elements.element_id, name: elements.name, domain: elements.domain }).from(elements).where(inArray(elements.domain, CHAIN_DOMAINS)).orderBy(asc(elements.element_id)).all();
  const elementIndex = new Map(elementRows.map((e, i) => [e.element_id, i]));
  const ratings = db
    .select({ code: occupationElements.onet_soc_code, element_id: occupationElements.element_id, importance: occupationElements.importance, level: occupationElements.level })
    .from(occupationElements)
    .innerJoin(elements, eq(elements.element_id, occupationElements.element_id))
    .where(and(inArray(elements.domain, CHAIN_DOMAINS), isNotNull(occupationElements.importance), isNotNull(occupationElements.level)))
    .all();
  for (const r of ratings) {
    const o = profiles.get(r.code);
    if (!o || r.importance === null || r.level === null) continue;
    o.elements.set(r.element_id, { importance: r.importance, level: r.level });
    o.skillVec ??= new Float32Array(elementRows.length);
    o.skillVec[elementIndex.get(r.element_id)!] = (r.importance / 5) * r.level;
  }

  // Work activities: each task's weight spread over the IWAs of its DWAs.
  const iwaIds = db.select({ id: iwas.iwa_id }).from(iwas).orderBy(asc(iwas.iwa_id)).all().map((r) => r.id);
  const iwaIndex = new Map(iwaIds.map((id, i) => [id, i]));
  const gwaIds = db.selectDistinct({ id: iwas.element_id }).from(iwas).orderBy(asc(iwas.element_id)).all().map((r) => r.id);
  const gwaIndex = new Map(gwaIds.map((id, i) => [id, i]));
  const links = db
    .select({ code: tasks.onet_soc_code, task_id: tasks.task_id, weight: tasks.weight, iwa_id: dwas.iwa_id, gwa: iwas.element_id })
    .from(taskDwas)
    .innerJoin(tasks, eq(tasks.task_id, taskDwas.task_id))
    .innerJoin(dwas, eq(dwas.dwa_id, taskDwas.dwa_id))
    .innerJoin(iwas, eq(iwas.iwa_id, dwas.iwa_id))
    .orderBy(asc(tasks.task_id))
    .all();
  const perTask = new Map<number, number>();
  for (const l of links) perTask.set(l.task_id, (perTask.get(l.task_id) ?? 0) + 1);
  for (const l of links) {
    const o = profiles.get(l.code);
    const i = iwaIndex.get(l.iwa_id);
    if (!o || i === undefined) continue;
    o.activityVec ??= new Float32Array(iwaIds.length);
    o.activityVec[i] += l.weight / perTask.get(l.task_id)!;
    o.gwaVec ??= new Float32Array(gwaIds.length);
    o.gwaVec[gwaIndex.get(l.gwa)!] += l.weight / perTask.get(l.task_id)!;
  }

  // Interests (RIASEC, OI 1–7) and work styles (impact, WI −3 to 3).
  const fill = (rows: Array<{ code: string; element_id: string; v: number }>, key: 'interestVec' | 'styleVec') => {
    const ids = [...new Set(rows.map((r) => r.element_id))].sort();
    const idx = new Map(ids.map((id, i) => [id, i]));
    for (const r of rows) {
      const o = profiles.get(r.code);
      if (!o) continue;
      o[key] ??= new Float32Array(ids.length);
      o[key]![idx.get(r.element_id)!] = r.v;
    }
  };
  fill(db.select({ code: occupationInterests.onet_soc_code, element_id: occupationInterests.element_id, v: occupationInterests.value }).from(occupationInterests).all(), 'interestVec');
  const styles = db.select({ code: occupationWorkStyles.onet_soc_code, element_id: occupationWorkStyles.element_id, v: occupationWorkStyles.impact }).from(occupationWorkStyles).where(isNotNull(occupationWorkStyles.impact)).all();
  fill(styles.flatMap((r) => (r.v === null ? [] : [{ ...r, v: r.v }])), 'styleVec');

  // Mean task embedding per occupation.
  const taskOcc = new Map(db.select({ task_id: tasks.task_id, code: tasks.onet_soc_code }).from(tasks).all().map((r) => [String(r.task_id), r.code]));
  const tv = db.select({ ref: embeddings.ref, vector: embeddings.vector }).from(embeddings).where(eq(embeddings.kind, 'task')).all();
  for (const r of tv) {
    const o = profiles.get(taskOcc.get(r.ref) ?? '');
    if (!o) continue;
    const v = fromBlob(r.vector);
    o.taskVec ??= new Float32Array(v.length);
    for (let i = 0; i < v.length; i++) o.taskVec[i] += v[i];
  }
  // Centre every profile on the average occupation: what distinguishes an occupation is what matters
  // (uncentred, any two skill profiles have a cosine of about 0.9).
  for (const key of ['skillVec', 'taskVec', 'activityVec', 'gwaVec', 'interestVec', 'styleVec'] as Vec[]) centre([...profiles.values()], key);
  imputeMissingSkills(profiles);

  const related = new Map<string, Array<{ code: string; tier: string; rank: number }>>();
  for (const r of db.select({ onet_soc_code: relatedOccupations.onet_soc_code, related_code: relatedOccupations.related_code, tier: relatedOccupations.tier, rank: relatedOccupations.rank }).from(relatedOccupations).orderBy(asc(relatedOccupations.onet_soc_code), asc(relatedOccupations.rank)).all()) {
    const l = related.get(r.onet_soc_code) ?? [];
    l.push({ code: r.related_code, tier: r.tier, rank: r.rank });
    related.set(r.onet_soc_code, l);
  }
  const anchors = new Map<string, Array<{ level: number; description: string }>>();
  for (const a of db.select({ element_id: levelAnchors.element_id, anchor: levelAnchors.anchor, description: levelAnchors.description }).from(levelAnchors).orderBy(asc(levelAnchors.element_id), asc(levelAnchors.anchor)).all()) {
    const l = anchors.get(a.element_id) ?? [];
    l.push({ level: a.anchor, description: a.description });
    anchors.set(a.element_id, l);
  }
  return { occupations: profiles, related, anchors, growthPeriod: releaseLabels(db.select({ file: datasetVersions.file, source: datasetVersions.source, release: datasetVersions.release }).from(datasetVersions).all()).projectionsPeriod, elementNames: new Map(elementRows.map((e) => [e.element_id, { name: e.name, domain: e.domain }])) };
}

function centre(all: OccupationProfile[], key: Vec) {
  const vs = all.map((o) => o[key]).filter((v): v is Float32Array => v !== null);
  if (vs.length === 0) return;
  const mean = new Float32Array(vs[0].length);
  for (const v of vs) {
    let n = 0;
    for (let i = 0; i < v.length; i++) n += v[i] * v[i];
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < v.length; i++) v[i] /= n;
    for (let i = 0; i < v.length; i++) mean[i] += v[i] / vs.length;
  }
  for (const v of vs) for (let i = 0; i < v.length; i++) v[i] -= mean[i];
}

/**
 * Some occupations have no skill/knowledge ratings in the O*NET release used. They borrow the
 * ratings of the rated occupation whose tasks are most similar, and say so (skillsImputedFrom).
 */
function imputeMissingSkills(occupations: Map<string, OccupationProfile>) {
  const rated = [...occupations.values()].filter((o) => o.skillVec && o.taskVec);
  for (const o of occupations.values()) {
    if (o.skillVec || !o.taskVec) continue;
    let best: OccupationProfile | null = null;
    let bestSim = -Infinity;
    for (const r of rated) {
      const sim = cosine(o.taskVec, r.taskVec!);
      if (sim > bestSim) {
        bestSim = sim;
        best = r;
      }
    }
    if (!best) continue;
    o.elements = best.elements;
    o.skillVec = best.skillVec;
    o.skillsImputedFrom = best.code;
  }
}
