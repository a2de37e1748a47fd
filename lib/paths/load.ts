import type Database from 'better-sqlite3';
import { cosine, fromBlob } from '../score/vectors';
import type { OccupationProfile, PathData } from './paths';

/** Reads everything path finding needs into memory (≈1 MB; built once per process). */
export function loadPathData(sqlite: Database.Database): PathData {
  const occ = sqlite
    .prepare(
      `SELECT o.onet_soc_code code, o.title, o.job_zone, s.beta, l.employment, l.median_annual_wage wage, l.projected_change_percent growth, l.openings_annual openings
       FROM occupations o JOIN occupation_scores s USING (onet_soc_code) LEFT JOIN occupation_labor l USING (onet_soc_code)`,
    )
    .all() as Array<{ code: string; title: string; job_zone: number | null; beta: number; employment: number | null; wage: number | null; growth: number | null; openings: number | null }>;
  const elementRows = sqlite
    .prepare("SELECT e.element_id, e.name, e.domain FROM elements e WHERE e.domain IN ('skill','knowledge') ORDER BY e.element_id")
    .all() as Array<{ element_id: string; name: string; domain: string }>;
  const elementIndex = new Map(elementRows.map((e, i) => [e.element_id, i]));
  const ratings = sqlite
    .prepare("SELECT oe.onet_soc_code code, oe.element_id, oe.importance, oe.level FROM occupation_elements oe JOIN elements e USING (element_id) WHERE e.domain IN ('skill','knowledge') AND oe.importance IS NOT NULL AND oe.level IS NOT NULL")
    .all() as Array<{ code: string; element_id: string; importance: number; level: number }>;
  const occupations = new Map<string, OccupationProfile>();
  for (const o of occ) {
    occupations.set(o.code, {
      code: o.code,
      title: o.title,
      beta: o.beta,
      jobZone: o.job_zone,
      employment: o.employment ?? 0,
      wage: o.wage,
      growth: o.growth,
      openings: o.openings,
      elements: new Map(),
      skillVec: null,
      taskVec: null,
      skillsImputedFrom: null,
    });
  }
  for (const r of ratings) {
    const o = occupations.get(r.code);
    if (!o) continue;
    o.elements.set(r.element_id, { importance: r.importance, level: r.level });
    o.skillVec ??= new Float32Array(elementRows.length);
    o.skillVec[elementIndex.get(r.element_id)!] = (r.importance / 5) * r.level;
  }
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
  // Centre both profiles on the average occupation: what distinguishes an occupation is what matters
  // (uncentred, any two skill profiles have a cosine of about 0.9).
  for (const key of ['skillVec', 'taskVec'] as const) {
    const vs = [...occupations.values()].map((o) => o[key]).filter((v): v is Float32Array => v !== null);
    if (vs.length === 0) continue;
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
  imputeMissingSkills(occupations);
  const related = new Map<string, Array<{ code: string; tier: string; rank: number }>>();
  for (const r of sqlite.prepare('SELECT onet_soc_code, related_code, tier, rank FROM related_occupations ORDER BY onet_soc_code, rank').all() as Array<{ onet_soc_code: string; related_code: string; tier: string; rank: number }>) {
    const l = related.get(r.onet_soc_code) ?? [];
    l.push({ code: r.related_code, tier: r.tier, rank: r.rank });
    related.set(r.onet_soc_code, l);
  }
  return { occupations, related, elementNames: new Map(elementRows.map((e) => [e.element_id, { name: e.name, domain: e.domain }])) };
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
