/**
 * Score step: rubric profiles and zero-shot probabilities for every task, label transfer when
 * reference labels exist, then occupation, skill and agreement figures. Reads the embeddings table.
 */
import { asc, eq, type InferSelectModel } from 'drizzle-orm';
import type { AtlasDb } from '../../db';
import { agreement as agreementTable, artifacts, elementScores, embeddings, occupationLabor, occupationScores, referenceIndices, referenceLabels, rubricGroups, tasks as tasksTable, taskScores } from '../../db/schema';
import { insertMany } from '../build/insert';
import { CALIBRATION, LabelTransfer, type Labeled } from '../score/calibrate';
import { textFeatures } from '../score/features';
import { closestExemplars, exemplarIndex, exposureOf, profileOf, rubricProbabilities } from '../score/profile';
import { scoreFields } from '../score/score-fields';
import type { Rubric } from '../score/rubric';
import { accuracy, spearman } from '../score/stats';
import { fromBlob, toBlob } from '../score/vectors';
import { aggregateOccupations, type TaskScore } from '../score/aggregate';
import { chainElementScores } from '../skills/aggregate';
import { readerOf } from '../../db';
import { loadSkillChain } from '../queries/skill-chain';

const CLASSES = ['E0', 'E1', 'E2'] as const;

export interface AgreementRow {
  reference: string;
  level: 'task' | 'occupation';
  mode: 'calibrated' | 'rubric';
  statistic: string;
  value: number;
  n: number;
  note: string;
}

export interface ScoreSummary {
  tasks: number;
  calibrated: boolean;
  occupations: number;
  elements: number;
  agreement: AgreementRow[];
  ms: number;
}

function vectors(db: AtlasDb, kind: InferSelectModel<typeof embeddings>['kind']): Map<string, Float32Array> {
  const rows = db.select({ ref: embeddings.ref, vector: embeddings.vector }).from(embeddings).where(eq(embeddings.kind, kind)).all();
  return new Map(rows.map((r) => [r.ref, fromBlob(r.vector)]));
}

export async function scoreAll(db: AtlasDb, opts: { rubric: Rubric; onProgress?: (done: number, total: number, step: string) => void }): Promise<ScoreSummary> {
  const t0 = performance.now();
  const { rubric } = opts;
  const progress = opts.onProgress ?? (() => {});
  for (const t of [taskScores, occupationScores, elementScores, rubricGroups, agreementTable, artifacts]) db.delete(t).run();
  insertMany(
    db,
    rubricGroups,
    rubric.groups.map((g, position) => ({ group_id: g.id, position, name: g.name, kind: g.kind, description: g.description })),
  );

  const exVec = vectors(db, 'exemplar');
  const ex = exemplarIndex(
    rubric,
    rubric.groups.flatMap((g) => g.exemplars.map((_, i) => exVec.get(`${g.id}:${i}`)!)),
  );
  const taskVec = vectors(db, 'task');
  const tasks = db
    .select({ task_id: tasksTable.task_id, onet_soc_code: tasksTable.onet_soc_code, statement: tasksTable.statement, weight: tasksTable.weight })
    .from(tasksTable)
    .orderBy(asc(tasksTable.task_id))
    .all();
  for (const t of tasks) if (!taskVec.has(String(t.task_id))) throw new Error(`task ${t.task_id} has no embedding: run the embed step first`);

  // Label transfer, when reference labels exist.
  // Both ratings are required of a label row (lib/reference/import.ts); the columns allow NULL.
  type Rated = InferSelectModel<typeof referenceLabels> & { human: (typeof CLASSES)[number]; gpt4: (typeof CLASSES)[number] };
  const labelRows = db
    .select()
    .from(referenceLabels)
    .orderBy(asc(referenceLabels.task_id))
    .all()
    .filter((l): l is Rated => l.human !== null && l.gpt4 !== null);
  const labelVec = vectors(db, 'label');
  const labeled: Labeled[] = labelRows.map((l) => {
    const vec = labelVec.get(String(l.task_id));
    if (!vec) throw new Error(`reference label ${l.task_id} has no embedding: run the embed step first`);
    return { id: l.task_id, group: l.onet_soc_code, vec, profile: profileOf(vec, ex), sparse: textFeatures(l.statement), y: CLASSES.indexOf(l.gpt4) };
  });
  progress(1, 4, 'training');
  const transfer = labeled.length > 0 ? new LabelTransfer(labeled) : null;
  if (transfer) insertMany(db, artifacts, [{ key: 'calibration_model', format: 'softmax-v1', data: transfer.fullModel.serialize() }]);

  progress(2, 4, 'scoring tasks');
  const scores: TaskScore[] = [];
  const rows: Array<typeof taskScores.$inferInsert> = [];
  const exSims = new Float32Array(ex.matrix.rows);
  const items = tasks.map((t) => {
    const vec = taskVec.get(String(t.task_id))!;
    return { id: t.task_id, group: t.onet_soc_code, vec, profile: profileOf(vec, ex), sparse: textFeatures(t.statement) };
  });
  const preds = transfer ? await transfer.predictAll(items) : null;
  for (const [ti, t] of tasks.entries()) {
    const { vec, profile } = items[ti];
    ex.matrix.similarities(vec, exSims);
    const rp = rubricProbabilities(profile, rubric);
    const topEx = closestExemplars(exSims, ex, rubric);
    let p: [number, number, number] = rp;
    let spread = 0;
    let neighbours: Array<{ task_id: number; statement: string; label: string; human: string; similarity: number }> = [];
    if (preds) {
      const pred = preds[ti];
      p = pred.p;
      spread = pred.spread;
      neighbours = pred.neighbours.slice(0, 5).map((n) => {
        const l = labelRows[n.index];
        return { task_id: l.task_id, statement: l.statement, label: l.gpt4, human: l.human, similarity: round(n.similarity) };
      });
    } else {
      const b = exposureOf(rp).beta;
      spread = Math.sqrt(rp[1] * (1 - b) ** 2 + rp[2] * (0.5 - b) ** 2 + rp[0] * b ** 2);
    }
    const e = exposureOf(p);
    const re = exposureOf(rp);
    scores.push({ task_id: t.task_id, onet_soc_code: t.onet_soc_code, weight: t.weight, alpha: e.alpha, beta: e.beta, gamma: e.gamma, rubric_beta: re.beta, spread });
    rows.push({
      task_id: t.task_id,
      onet_soc_code: t.onet_soc_code,
      ...scoreFields(p),
      rubric_p_e0: rp[0],
      rubric_p_e1: rp[1],
      rubric_p_e2: rp[2],
      profile: toBlob(profile),
      method: transfer ? 'calibrated' : 'rubric',
      spread,
      evidence: JSON.stringify({ exemplars: topEx, neighbours }),
    });
  }
  insertMany(db, taskScores, rows);

  progress(3, 4, 'aggregating');
  const employment = new Map(
    db
      .select({ onet_soc_code: occupationLabor.onet_soc_code, employment: occupationLabor.employment })
      .from(occupationLabor)
      .all()
      .map((r) => [r.onet_soc_code, r.employment]),
  );
  const occ = aggregateOccupations(scores, employment);
  insertMany(db, occupationScores, occ);
  // Skills and knowledge: the exposure of the work that uses them, through O*NET's tasks → work
  // activities ← elements chain (lib/skills), the same figures /skills shows.
  const elements = chainElementScores(loadSkillChain(readerOf(db.$client)), employment);
  insertMany(db, elementScores, elements);

  progress(4, 4, 'agreement');
  const agreement = await computeAgreement(db, occ, transfer, labeled, labelRows, rubric);
  insertMany(db, agreementTable, agreement);
  return { tasks: rows.length, calibrated: transfer !== null, occupations: occ.length, elements: elements.length, agreement, ms: performance.now() - t0 };
}

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}

async function computeAgreement(
  db: AtlasDb,
  occ: ReturnType<typeof aggregateOccupations>,
  transfer: LabelTransfer | null,
  labeled: Labeled[],
  labelRows: Array<{ task_id: number; human: string; gpt4: string; statement: string }>,
  rubric: Rubric,
): Promise<AgreementRow[]> {
  const out: AgreementRow[] = [];
  const refs = db.select({ source: referenceIndices.source, code: referenceIndices.code, value: referenceIndices.value }).from(referenceIndices).all();
  const bySource = new Map<string, Map<string, number>>();
  for (const r of refs) {
    if (!bySource.has(r.source)) bySource.set(r.source, new Map());
    bySource.get(r.source)!.set(r.code, r.value);
  }
  const folds = `${CALIBRATION.folds}-fold cross-validation grouped by occupation`;
  // Task level: each rated statement predicted by the model that never saw its occupation.
  if (transfer) {
    const preds = (await transfer.predictAll(labeled)).map((x) => x.p);
    const argmax = preds.map((p) => CLASSES[p.indexOf(Math.max(...p))]);
    out.push({ reference: 'eloundou_gpt4', level: 'task', mode: 'calibrated', statistic: 'accuracy', value: accuracy(argmax, labelRows.map((l) => l.gpt4)), n: labeled.length, note: folds });
    out.push({ reference: 'eloundou_human', level: 'task', mode: 'calibrated', statistic: 'accuracy', value: accuracy(argmax, labelRows.map((l) => l.human)), n: labeled.length, note: folds });
    out.push({ reference: 'eloundou_human_vs_gpt4', level: 'task', mode: 'calibrated', statistic: 'accuracy', value: accuracy(labelRows.map((l) => l.human), labelRows.map((l) => l.gpt4)), n: labeled.length, note: 'agreement between the two published raters, for scale' });
  }
  if (labeled.length > 0) {
    const rp = labeled.map((l) => rubricProbabilities(l.profile, rubric));
    const argmax = rp.map((p) => CLASSES[p.indexOf(Math.max(...p))]);
    out.push({ reference: 'eloundou_gpt4', level: 'task', mode: 'rubric', statistic: 'accuracy', value: accuracy(argmax, labelRows.map((l) => l.gpt4)), n: labeled.length, note: 'zero-shot rubric layer, no labels used' });
  }
  // Occupation level.
  const pairs = (source: string, key: (o: (typeof occ)[number]) => number, byCode: (code: string) => string) => {
    const m = bySource.get(source);
    if (!m) return null;
    // Published SOC-level indices: average our O*NET-level scores per SOC code.
    const agg = new Map<string, { s: number; n: number }>();
    for (const o of occ) {
      const c = byCode(o.onet_soc_code);
      if (!m.has(c)) continue;
      const a = agg.get(c) ?? { s: 0, n: 0 };
      a.s += key(o);
      a.n += 1;
      agg.set(c, a);
    }
    const ours: number[] = [];
    const theirs: number[] = [];
    for (const [c, a] of agg) {
      ours.push(a.s / a.n);
      theirs.push(m.get(c)!);
    }
    return { rho: spearman(ours, theirs), n: ours.length };
  };
  const id = (c: string) => c;
  const soc = (c: string) => c.slice(0, 7);
  const specs: Array<[string, string, (c: string) => string, string]> = [
    ['eloundou_gpt4_beta', 'eloundou_gpt4', id, 'occupation beta vs GPT-4-rated beta (Eloundou et al. 2023)'],
    ['eloundou_human_beta', 'eloundou_human', id, 'occupation beta vs human-rated beta (Eloundou et al. 2023)'],
    ['microsoft_applicability', 'microsoft_applicability', soc, 'vs AI applicability score (Tomlinson et al. 2025), by 6-digit SOC'],
    ['felten_lm_aioe', 'felten_lm_aioe', soc, 'vs language-modelling AIOE (Felten, Raj & Seamans 2023), 2010 SOC codes crosswalked to 2018'],
  ];
  for (const [source, reference, byCode, note] of specs) {
    const cal = pairs(source, (o) => o.beta, byCode);
    if (cal && transfer) out.push({ reference, level: 'occupation', mode: 'calibrated', statistic: 'spearman', value: cal.rho, n: cal.n, note: source.startsWith('eloundou') ? `${note}; ${folds}` : note });
    const rub = pairs(source, (o) => o.rubric_beta, byCode);
    if (rub) out.push({ reference, level: 'occupation', mode: 'rubric', statistic: 'spearman', value: rub.rho, n: rub.n, note: `${note}; zero-shot rubric layer` });
  }
  return out;
}
