/**
 * The calibrated layer: label transfer from expert-rated tasks to every task.
 *
 * A softmax regression on [embedding, rubric profile, hashed words] is blended with the label
 * distribution of the k most similar rated tasks. Rated occupations are split into folds (no
 * occupation in two folds); a task of a rated occupation is scored by the model trained without its
 * fold, so no task ever sees its own label (nor its occupation's), and the stored scores of rated
 * occupations are exactly the cross-validated predictions. Other tasks use the model trained on all labels.
 */
import { train, type SoftmaxModel } from './classifier';
import { HASH_SIZE, type SparseVec } from './features';
import { KeyMatrix } from './knn';

export const CALIBRATION = {
  folds: 5,
  k: 20,
  /** Weight of the classifier against the neighbours' label distribution. */
  blend: 0.6,
  /** Softmax temperature turning neighbour similarity into vote weight. */
  knnTemperature: 0.05,
  epochs: 10,
  learningRate: 0.3,
  l2: 1e-5,
  /** Scale of the rubric profile relative to the embedding in the dense features. */
  profileScale: 1,
} as const;

export type Calibration = typeof CALIBRATION;

export interface Labeled {
  id: number;
  group: string;
  vec: Float32Array;
  profile: Float32Array;
  sparse: SparseVec;
  y: number;
}

export interface ToScore {
  id: number;
  group: string;
  vec: Float32Array;
  profile: Float32Array;
  sparse: SparseVec;
}

export interface Neighbour {
  index: number;
  similarity: number;
}

export interface Prediction {
  p: [number, number, number];
  neighbours: Neighbour[];
  /** Weighted standard deviation of the neighbours' beta. */
  spread: number;
  fold: number;
}

/** Deterministic fold of a group (occupation code). */
export function foldOf(group: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % folds;
}

function dense(vec: Float32Array, profile: Float32Array, scale: number): Float32Array {
  const d = new Float32Array(vec.length + profile.length);
  d.set(vec, 0);
  for (let i = 0; i < profile.length; i++) d[vec.length + i] = profile[i] * scale;
  return d;
}

const BETA = [0, 1, 0.5];

export class LabelTransfer {
  readonly labeledGroups: Set<string>;
  private readonly fold: Int32Array;
  private readonly models: SoftmaxModel[];
  private readonly full: SoftmaxModel;
  /** Per fold (index folds = all labels): the searchable label vectors and their label indices. */
  private readonly keys: Array<{ matrix: KeyMatrix; rows: number[] }>;

  constructor(
    readonly labeled: Labeled[],
    readonly cfg: Calibration = CALIBRATION,
    saved?: SoftmaxModel,
  ) {
    this.labeledGroups = new Set(labeled.map((l) => l.group));
    if (saved) {
      // Run time: score new text with the model trained on all labels and every labelled neighbour.
      this.fold = new Int32Array(labeled.length).fill(-1);
      this.models = [];
      this.keys = Array.from({ length: cfg.folds }, () => ({ matrix: new KeyMatrix([], 0), rows: [] }));
      this.keys.push({ matrix: new KeyMatrix(labeled.map((l) => l.vec)), rows: labeled.map((_, i) => i) });
      this.full = saved;
      return;
    }
    this.fold = Int32Array.from(labeled.map((l) => foldOf(l.group, cfg.folds)));
    const dim = labeled[0].vec.length + labeled[0].profile.length;
    const examples = labeled.map((l) => ({ dense: dense(l.vec, l.profile, cfg.profileScale), sparse: l.sparse, y: l.y }));
    const opts = { classes: 3, epochs: cfg.epochs, learningRate: cfg.learningRate, l2: cfg.l2 };
    this.models = [];
    this.keys = [];
    for (let f = 0; f <= cfg.folds; f++) {
      const rows = labeled.map((_, i) => i).filter((i) => f === cfg.folds || this.fold[i] !== f);
      this.keys.push({ matrix: new KeyMatrix(rows.map((i) => labeled[i].vec)), rows });
      if (f < cfg.folds) this.models.push(train(rows.map((i) => examples[i]), dim, HASH_SIZE, { ...opts, seed: 11 + f }));
    }
    this.full = train(examples, dim, HASH_SIZE, { ...opts, seed: 3 });
  }

  /** The model trained on every label (stored with the build for scoring new text). */
  get fullModel(): SoftmaxModel {
    return this.full;
  }

  /** Fold a task is scored in: its occupation's fold if the occupation is rated, else -1 (all labels). */
  foldFor(group: string): number {
    return this.models.length > 0 && this.labeledGroups.has(group) ? foldOf(group, this.cfg.folds) : -1;
  }

  /** Predicts every item; items of rated occupations use the models and neighbours of the other folds. */
  async predictAll(items: ToScore[]): Promise<Prediction[]> {
    const out = new Array<Prediction>(items.length);
    const byFold = new Map<number, number[]>();
    items.forEach((t, i) => {
      const f = this.foldFor(t.group);
      const l = byFold.get(f) ?? [];
      l.push(i);
      byFold.set(f, l);
    });
    for (const [f, idx] of byFold) {
      const { matrix, rows } = this.keys[f >= 0 ? f : this.cfg.folds];
      const model = f >= 0 ? this.models[f] : this.full;
      const hits = await matrix.search(idx.map((i) => items[i].vec), this.cfg.k + 1);
      idx.forEach((itemIndex, j) => {
        const t = items[itemIndex];
        const nn = hits[j]
          .map((h) => ({ index: rows[h.index], similarity: h.score }))
          .filter((h) => this.labeled[h.index].id !== t.id)
          .slice(0, this.cfg.k);
        out[itemIndex] = this.combine(model.predict(dense(t.vec, t.profile, this.cfg.profileScale), t.sparse), nn, f);
      });
    }
    return out;
  }

  private combine(pc: number[], nn: Neighbour[], fold: number): Prediction {
    const m = nn[0]?.similarity ?? 0;
    const ws = nn.map((n) => Math.exp((n.similarity - m) / this.cfg.knnTemperature));
    const wsum = ws.reduce((a, b) => a + b, 0) || 1;
    const pk = [0, 0, 0];
    let mean = 0;
    nn.forEach((n, i) => {
      const y = this.labeled[n.index].y;
      pk[y] += ws[i] / wsum;
      mean += (ws[i] / wsum) * BETA[y];
    });
    let v = 0;
    nn.forEach((n, i) => (v += (ws[i] / wsum) * (BETA[this.labeled[n.index].y] - mean) ** 2));
    const b = nn.length > 0 ? this.cfg.blend : 1;
    const p = [0, 1, 2].map((c) => b * pc[c] + (1 - b) * pk[c]) as [number, number, number];
    return { p, neighbours: nn, spread: Math.sqrt(v), fold };
  }
}
