/**
 * LabelTransfer on a small synthetic labelled set: unit vectors in three clusters (labels E0, E1, E2),
 * grouped into fake occupations. New text gets its cluster's label; a labelled task of a rated
 * occupation is scored without its own fold: never its own label, nor any task of its occupation.
 */
import { describe, expect, it } from 'vitest';
import { CALIBRATION, foldOf, LabelTransfer, type Calibration, type Labeled, type ToScore } from '../../../lib/score/calibrate';
import { rng } from '../../../lib/score/classifier';
import { textFeatures } from '../../../lib/score/features';
import { normalize } from '../../../lib/score/vectors';

const DIM = 8;
const CENTRES = [0, 1, 2].map((c) => normalize(Float32Array.from({ length: DIM }, (_, i) => (i === c ? 1 : i === c + 3 ? 0.5 : 0))));
const rand = rng(2024);

function near(cluster: number, noise = 0.35): Float32Array {
  return normalize(Float32Array.from(CENTRES[cluster], (x) => x + (rand() - 0.5) * noise));
}

/** The profile stands in for rubric similarities: the similarity to each cluster centre. */
const profile = (v: Float32Array) => Float32Array.from(CENTRES, (c) => c.reduce((s, x, i) => s + x * v[i], 0));

const GROUPS = Array.from({ length: 12 }, (_, g) => `99-${String(1000 + g).padStart(4, '0')}.00`);
// 12 occupations × 6 tasks; every occupation has tasks of every cluster, as real occupations mix labels.
const LABELED: Labeled[] = GROUPS.flatMap((group, g) =>
  Array.from({ length: 6 }, (_, j) => {
    const y = (g + j) % 3;
    const vec = near(y);
    return { id: 100 * g + j, group, vec, profile: profile(vec), sparse: textFeatures(''), y };
  }),
);

const CFG = { ...CALIBRATION, k: 6 } as unknown as Calibration;
const transfer = new LabelTransfer(LABELED, CFG);
const asItem = (l: Labeled, group = l.group): ToScore => ({ id: l.id, group, vec: l.vec, profile: l.profile, sparse: l.sparse });
const argmax = (p: number[]) => p.indexOf(Math.max(...p));

describe('LabelTransfer', () => {
  it('spreads the rated occupations over several folds, deterministically', () => {
    const folds = new Set(GROUPS.map((g) => foldOf(g, CFG.folds)));
    expect(folds.size).toBeGreaterThan(2);
    for (const g of GROUPS) {
      expect(foldOf(g, CFG.folds)).toBe(foldOf(g, CFG.folds));
      expect(transfer.foldFor(g)).toBe(foldOf(g, CFG.folds));
    }
    expect(transfer.foldFor('11-1011.00')).toBe(-1);
  });

  it('predicts the cluster label of new points from unrated occupations', async () => {
    const items: ToScore[] = [0, 1, 2, 0, 1, 2].map((c, i) => {
      const vec = near(c, 0.2);
      return { id: -1 - i, group: '11-1011.00', vec, profile: profile(vec), sparse: textFeatures('') };
    });
    const preds = await transfer.predictAll(items);
    preds.forEach((p, i) => {
      expect(p.fold).toBe(-1);
      expect(p.p[0] + p.p[1] + p.p[2]).toBeCloseTo(1, 9);
      expect(argmax(p.p)).toBe(i % 3);
      expect(p.neighbours).toHaveLength(CFG.k);
      // The neighbours are labelled tasks of the same cluster, best first.
      expect(p.neighbours.every((n) => LABELED[n.index].y === i % 3)).toBe(true);
      const sims = p.neighbours.map((n) => n.similarity);
      expect([...sims].sort((a, b) => b - a)).toEqual(sims);
      expect(p.spread).toBeGreaterThanOrEqual(0);
    });
  });

  it('scores a labelled task of a rated occupation without its fold: not its own id, not its occupation', async () => {
    const preds = await transfer.predictAll(LABELED.map((l) => asItem(l)));
    const foldsSeen = new Set<number>();
    preds.forEach((p, i) => {
      const l = LABELED[i];
      expect(p.fold).toBe(foldOf(l.group, CFG.folds));
      foldsSeen.add(p.fold);
      expect(p.neighbours.length).toBeGreaterThan(0);
      for (const n of p.neighbours) {
        const other = LABELED[n.index];
        expect(other.id).not.toBe(l.id);
        expect(other.group).not.toBe(l.group);
        expect(foldOf(other.group, CFG.folds)).not.toBe(p.fold);
      }
    });
    expect(foldsSeen.size).toBeGreaterThan(2);
    // Cross-validated, the clusters are still recovered.
    const correct = preds.filter((p, i) => argmax(p.p) === LABELED[i].y).length;
    expect(correct / LABELED.length).toBeGreaterThan(0.9);
  });

  it('never returns a task as its own neighbour, even when its occupation is not rated', async () => {
    const items = LABELED.slice(0, 12).map((l) => asItem(l, 'unrated-occupation'));
    const preds = await transfer.predictAll(items);
    preds.forEach((p, i) => {
      expect(p.fold).toBe(-1);
      // Its own vector is the closest key (similarity 1) and must be skipped.
      expect(p.neighbours.map((n) => LABELED[n.index].id)).not.toContain(items[i].id);
      expect(p.neighbours).toHaveLength(CFG.k);
    });
  });

  it('at run time, with the saved full model, predicts like the build does for unrated text', async () => {
    const runtime = new LabelTransfer(LABELED, CFG, transfer.fullModel);
    expect(runtime.foldFor(GROUPS[0])).toBe(-1);
    const items = [0, 1, 2].map((c, i) => {
      const vec = near(c, 0.2);
      return { id: -10 - i, group: '', vec, profile: profile(vec), sparse: textFeatures('') };
    });
    const [a, b] = await Promise.all([runtime.predictAll(items), transfer.predictAll(items)]);
    a.forEach((p, i) => {
      expect(p.neighbours.map((n) => n.index)).toEqual(b[i].neighbours.map((n) => n.index));
      p.p.forEach((x, c) => expect(x).toBeCloseTo(b[i].p[c], 9));
    });
  });
});
