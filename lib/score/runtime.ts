/**
 * Scoring new text at run time (job descriptions, a job seeker's own tasks) exactly like an O*NET
 * task at build time: embedding → rubric profile → calibrated model + labelled neighbours, with the
 * nearest O*NET tasks as evidence. Everything comes from the built database; nothing is written.
 */
import type Database from 'better-sqlite3';
import { LabelTransfer, CALIBRATION, type Labeled } from './calibrate';
import { SoftmaxModel } from './classifier';
import { textFeatures } from './features';
import { KeyMatrix } from './knn';
import { closestExemplars, exposureOf, profileOf, rubricProbabilities, type ExemplarIndex } from './profile';
import type { Rubric } from './rubric';
import { fromBlob, VectorMatrix } from './vectors';

const CLASSES = ['E0', 'E1', 'E2'] as const;

export interface ScoredText {
  text: string;
  p_e0: number;
  p_e1: number;
  p_e2: number;
  alpha: number;
  beta: number;
  gamma: number;
  method: 'calibrated' | 'rubric';
  /** true when no word of the text is known to the model: the scores are then the prior only */
  unknown: boolean;
  exemplars: Array<{ group_id: string; text: string; similarity: number }>;
  nearest: Array<{ task_id: number; onet_soc_code: string; title: string; statement: string; beta: number; similarity: number }>;
}

export class TextScorer {
  private constructor(
    private readonly rubric: Rubric,
    private readonly ex: ExemplarIndex,
    private readonly transfer: LabelTransfer | null,
    private readonly tasks: { keys: KeyMatrix; rows: Array<{ task_id: number; onet_soc_code: string; title: string; statement: string; beta: number }> },
  ) {}

  /** Loads the rubric, exemplar vectors, calibration model, labelled vectors and task vectors (~0.3 s). */
  static load(sqlite: Database.Database): TextScorer {
    const groups = sqlite.prepare('SELECT group_id id, name, kind, description FROM rubric_groups ORDER BY position').all() as Array<{ id: string; name: string; kind: 'E1' | 'E2' | 'sheltered'; description: string }>;
    const exRows = sqlite.prepare("SELECT ref, text, vector FROM embeddings WHERE kind = 'exemplar'").all() as Array<{ ref: string; text: string; vector: Buffer }>;
    const byGroup = new Map<string, Array<{ i: number; text: string; vector: Float32Array }>>();
    for (const r of exRows) {
      const [g, i] = r.ref.split(':');
      const l = byGroup.get(g) ?? [];
      l.push({ i: Number(i), text: r.text, vector: fromBlob(r.vector) });
      byGroup.set(g, l);
    }
    const rubric: Rubric = {
      version: 'db',
      description: '',
      groups: groups.map((g) => ({ ...g, exemplars: (byGroup.get(g.id) ?? []).sort((a, b) => a.i - b.i).map((e) => e.text) })),
    };
    const vecs = groups.flatMap((g) => (byGroup.get(g.id) ?? []).sort((a, b) => a.i - b.i).map((e) => e.vector));
    const group = Int32Array.from(groups.flatMap((g, gi) => (byGroup.get(g.id) ?? []).map(() => gi)));
    const ex: ExemplarIndex = { matrix: VectorMatrix.from(vecs), group, groups: groups.length, texts: rubric.groups.flatMap((g) => g.exemplars) };

    const model = sqlite.prepare("SELECT data FROM artifacts WHERE key = 'calibration_model'").get() as { data: Buffer } | undefined;
    let transfer: LabelTransfer | null = null;
    if (model) {
      const labels = sqlite
        .prepare("SELECT l.task_id, l.onet_soc_code, l.statement, l.gpt4, e.vector FROM reference_labels l JOIN embeddings e ON e.kind = 'label' AND e.ref = CAST(l.task_id AS TEXT) ORDER BY l.task_id")
        .all() as Array<{ task_id: number; onet_soc_code: string; statement: string; gpt4: string; vector: Buffer }>;
      const labeled: Labeled[] = labels.map((l) => {
        const vec = fromBlob(l.vector);
        return { id: l.task_id, group: l.onet_soc_code, vec, profile: profileOf(vec, ex), sparse: textFeatures(l.statement), y: CLASSES.indexOf(l.gpt4 as 'E0') };
      });
      transfer = new LabelTransfer(labeled, CALIBRATION, SoftmaxModel.deserialize(model.data));
    }
    const taskRows = sqlite
      .prepare("SELECT t.task_id, t.onet_soc_code, o.title, t.statement, s.beta, e.vector FROM tasks t JOIN occupations o USING (onet_soc_code) JOIN task_scores s USING (task_id) JOIN embeddings e ON e.kind = 'task' AND e.ref = CAST(t.task_id AS TEXT) ORDER BY t.task_id")
      .all() as Array<{ task_id: number; onet_soc_code: string; title: string; statement: string; beta: number; vector: Buffer }>;
    const keys = new KeyMatrix(taskRows.map((r) => fromBlob(r.vector)));
    return new TextScorer(rubric, ex, transfer, { keys, rows: taskRows.map(({ vector: _v, ...r }) => r) });
  }

  /** Scores texts given their embeddings (from lib/embed/embedder embedTexts). */
  async score(texts: string[], vectors: Float32Array[], opts: { nearest?: number } = {}): Promise<ScoredText[]> {
    const items = texts.map((text, i) => ({ id: -1 - i, group: '', vec: vectors[i], profile: profileOf(vectors[i], this.ex), sparse: textFeatures(text) }));
    const preds = this.transfer ? await this.transfer.predictAll(items) : null;
    const near = await this.tasks.keys.search(vectors, opts.nearest ?? 5);
    const sims = new Float32Array(this.ex.matrix.rows);
    return items.map((it, i) => {
      const unknown = vectors[i].every((x) => x === 0);
      const rp = rubricProbabilities(it.profile, this.rubric);
      const p = preds ? preds[i].p : rp;
      const e = exposureOf(p);
      this.ex.matrix.similarities(it.vec, sims);
      const exemplars = closestExemplars(sims, this.ex, this.rubric);
      return {
        text: texts[i],
        p_e0: p[0],
        p_e1: p[1],
        p_e2: p[2],
        alpha: e.alpha,
        beta: e.beta,
        gamma: e.gamma,
        method: preds ? 'calibrated' : 'rubric',
        unknown,
        exemplars: unknown ? [] : exemplars,
        nearest: unknown ? [] : near[i].map((h) => ({ ...this.tasks.rows[h.index], similarity: Math.round(h.score * 1000) / 1000 })),
      };
    });
  }

  /** Occupations whose tasks are closest to a set of scored texts: summed similarity of their tasks among each text's nearest. */
  static closestOccupations(scored: ScoredText[], limit = 5): Array<{ onet_soc_code: string; title: string; score: number; matched_tasks: number }> {
    const acc = new Map<string, { title: string; score: number; n: number }>();
    for (const s of scored) {
      for (const n of s.nearest) {
        const a = acc.get(n.onet_soc_code) ?? { title: n.title, score: 0, n: 0 };
        a.score += Math.max(0, n.similarity);
        a.n += 1;
        acc.set(n.onet_soc_code, a);
      }
    }
    const total = [...acc.values()].reduce((s, a) => s + a.score, 0) || 1;
    return [...acc]
      .map(([onet_soc_code, a]) => ({ onet_soc_code, title: a.title, score: a.score / total, matched_tasks: a.n }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
