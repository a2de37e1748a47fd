import type Database from 'better-sqlite3';
import { cosine, fromBlob } from '../score/vectors';
import { releases } from '../queries/meta';
import type { OccupationProfile, PathData } from './paths';

type Vec = 'skillVec' | 'taskVec' | 'activityVec' | 'gwaVec' | 'interestVec' | 'styleVec';

/** Reads everything path finding needs into memory (a few MB; built once per process). */
export function loadPathData(sqlite: Database.Database): PathData {
  const occ = sqlite
    .prepare(
      `SELECT o.onet_soc_code code, o.title, o.description, o.job_zone, o.major_group, o.minor_group, g.title minor_title, s.beta,
              l.employment, l.median_annual_wage wage, l.projected_change_percent growth, l.openings_annual openings
       FROM occupations o JOIN occupation_scores s USING (onet_soc_code) LEFT JOIN occupation_labor l USING (onet_soc_code)
       LEFT JOIN occupation_groups g ON g.code = o.minor_group`,
    )
    .all() as Array<{ code: string; title: string; description: string; job_zone: number | null; major_group: string; minor_group: string; minor_title: string | null; beta: number; employment: number | null; wage: number | null; growth: number | null; openings: number | null }>;
  const occupations = new Map<string, OccupationProfile>();
  for (const o of occ) {
    occupations.set(o.code, {
      code: o.code,
      title: o.title,
      description: o.description,
      majorGroup: o.major_group,
      minorGroup: o.minor_group,
      minorTitle: o.minor_title,
      beta: o.beta,
      jobZone: o.job_zone,
      education: null,
      professionalShare: null,
      employment: o.employment ?? 0,
      wage: o.wage,
      growth: o.growth,
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
  for (const r of sqlite.prepare('SELECT onet_soc_code code, category, share FROM education_levels').all() as Array<{ code: string; category: number; share: number }>) {
    const o = occupations.get(r.code);
    if (!o) continue;
    o.education = (o.education ?? 0) + r.category * r.share;
    o.professionalShare = (o.professionalShare ?? 0) + (r.category >= 10 ? r.share : 0);
  }

  // Skills and knowledge: importance × level.
  const elementRows = sqlite
    .prepare("SELECT e.element_id, e.name, e.domain FROM elements e WHERE e.domain IN ('skill','knowledge') ORDER BY e.element_id")
    .all() as Array<{ element_id: string; name: string; domain: string }>;
  const elementIndex = new Map(elementRows.map((e, i) => [e.element_id, i]));
  const ratings = sqlite
    .prepare("SELECT oe.onet_soc_code code, oe.element_id, oe.importance, oe.level FROM occupation_elements oe JOIN elements e USING (element_id) WHERE e.domain IN ('skill','knowledge') AND oe.importance IS NOT NULL AND oe.level IS NOT NULL")
    .all() as Array<{ code: string; element_id: string; importance: number; level: number }>;
  for (const r of ratings) {
    const o = occupations.get(r.code);
    if (!o) continue;
    o.elements.set(r.element_id, { importance: r.importance, level: r.level });
    o.skillVec ??= new Float32Array(elementRows.length);
    o.skillVec[elementIndex.get(r.element_id)!] = (r.importance / 5) * r.level;
  }

  // Work activities: each task's weight spread over the IWAs of its DWAs.
  const iwaIds = sqlite.prepare('SELECT iwa_id FROM iwas ORDER BY iwa_id').pluck().all() as string[];
  const iwaIndex = new Map(iwaIds.map((id, i) => [id, i]));
  const gwaIds = sqlite.prepare('SELECT DISTINCT element_id FROM iwas ORDER BY element_id').pluck().all() as string[];
  const gwaIndex = new Map(gwaIds.map((id, i) => [id, i]));
  const links = sqlite
    .prepare('SELECT t.onet_soc_code code, t.task_id, t.weight, d.iwa_id, i.element_id gwa FROM task_dwas td JOIN tasks t USING (task_id) JOIN dwas d USING (dwa_id) JOIN iwas i ON i.iwa_id = d.iwa_id ORDER BY t.task_id')
    .all() as Array<{ code: string; task_id: number; weight: number; iwa_id: string; gwa: string }>;
  const perTask = new Map<number, number>();
  for (const l of links) perTask.set(l.task_id, (perTask.get(l.task_id) ?? 0) + 1);
  for (const l of links) {
    const o = occupations.get(l.code);
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
      const o = occupations.get(r.code);
      if (!o) continue;
      o[key] ??= new Float32Array(ids.length);
      o[key]![idx.get(r.element_id)!] = r.v;
    }
  };
  fill(sqlite.prepare('SELECT onet_soc_code code, element_id, value v FROM occupation_interests').all() as Array<{ code: string; element_id: string; v: number }>, 'interestVec');
  fill(sqlite.prepare('SELECT onet_soc_code code, element_id, impact v FROM occupation_work_styles WHERE impact IS NOT NULL').all() as Array<{ code: string; element_id: string; v: number }>, 'styleVec');

  // Mean task embedding per occupation.
  const taskOcc = new Map((sqlite.prepare('SELECT task_id, onet_soc_code FROM tasks').all() as Array<{ task_id: number; onet_soc_code: string }>).map((r) => [String(r.task_id), r.onet_soc_code]));
  const tv = sqlite.prepare("SELECT ref, vector FROM embeddings WHERE kind = 'task'").all() as Array<{ ref: string; vector: Buffer }>;
  for (const r of tv) {
    const o = occupations.get(taskOcc.get(r.ref) ?? '');
    if (!o) continue;
    const v = fromBlob(r.vector);
    o.taskVec ??= new Float32Array(v.length);
    for (let i = 0; i < v.length; i++) o.taskVec[i] += v[i];
  }
  // Centre every profile on the average occupation: what distinguishes an occupation is what matters
  // (uncentred, any two skill profiles have a cosine of about 0.9).
  for (const key of ['skillVec', 'taskVec', 'activityVec', 'gwaVec', 'interestVec', 'styleVec'] as Vec[]) centre([...occupations.values()], key);
  imputeMissingSkills(occupations);

  const related = new Map<string, Array<{ code: string; tier: string; rank: number }>>();
  for (const r of sqlite.prepare('SELECT onet_soc_code, related_code, tier, rank FROM related_occupations ORDER BY onet_soc_code, rank').all() as Array<{ onet_soc_code: string; related_code: string; tier: string; rank: number }>) {
    const l = related.get(r.onet_soc_code) ?? [];
    l.push({ code: r.related_code, tier: r.tier, rank: r.rank });
    related.set(r.onet_soc_code, l);
  }
  const anchors = new Map<string, Array<{ level: number; description: string }>>();
  for (const a of sqlite.prepare('SELECT element_id, anchor, description FROM level_anchors ORDER BY element_id, anchor').all() as Array<{ element_id: string; anchor: number; description: string }>) {
    const l = anchors.get(a.element_id) ?? [];
    l.push({ level: a.anchor, description: a.description });
    anchors.set(a.element_id, l);
  }
  return { occupations, related, anchors, growthPeriod: releases(sqlite).projectionsPeriod, elementNames: new Map(elementRows.map((e) => [e.element_id, { name: e.name, domain: e.domain }])) };
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
