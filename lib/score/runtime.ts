/**
 * Scoring new text at run time (job descriptions, a job seeker's own tasks) exactly like an O*NET
 * task at build time: embedding → rubric profile → calibrated model + labelled neighbours, with the
 * nearest O*NET tasks as evidence. Everything comes from the built database; nothing is written.
 */
import type { ScorerRows } from '../queries/scorer-data';
import { LabelTransfer, CALIBRATION, type Labeled } from './calibrate';
import { SoftmaxModel } from './classifier';
import { textFeatures } from './features';
import { KeyMatrix } from './knn';
import { closestExemplars, profileOf, rubricProbabilities, type ExemplarIndex } from './profile';
import { scoreFields } from './score-fields';
import type { Rubric } from './rubric';
import { fromBlob, VectorMatrix } from './vectors';
import type { Exposure } from './exposure';

const CLASSES = ['E0', 'E1', 'E2'] as const;

export interface ScoredText extends Exposure {
  text: string;
  p_e0: number;
  p_e1: number;
  p_e2: number;
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

  /** Builds the scorer from the rubric, exemplar vectors, calibration model, labelled vectors and task vectors (lib/queries/scorer-data.ts reads them, ~0.3 s). */
  static load({ groups, exRows, model, labels, taskRows }: ScorerRows): TextScorer {
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

    let transfer: LabelTransfer | null = null;
    if (model && labels) {
      const labeled: Labeled[] = labels.map((l) => {
        const vec = fromBlob(l.vector);
        return { id: l.task_id, group: l.onet_soc_code, vec, profile: profileOf(vec, ex), sparse: textFeatures(l.statement), y: l.gpt4 === null ? -1 : CLASSES.indexOf(l.gpt4) };
      });
      transfer = new LabelTransfer(labeled, CALIBRATION, SoftmaxModel.deserialize(model.data));
    }
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
      this.ex.matrix.similarities(it.vec, sims);
      const exemplars = closestExemplars(sims, this.ex, this.rubric);
      return {
        text: texts[i],
        ...scoreFields(p),
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
