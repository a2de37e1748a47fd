/** Scores on the full data: coherent probabilities, explainable evidence, and the agreement bars of issue 3. */
import { describe, expect, it } from 'vitest';
import { fullDb, scalar } from './helpers';

describe('exposure scores on the full data', () => {
  const db = fullDb();

  it('scores every task with probabilities that sum to 1 and alpha ≤ beta ≤ gamma', () => {
    expect(scalar(db, 'SELECT count(*) FROM task_scores')).toBe(18796);
    expect(scalar(db, 'SELECT count(*) FROM task_scores WHERE abs(p_e0 + p_e1 + p_e2 - 1) > 1e-6')).toBe(0);
    expect(scalar(db, 'SELECT count(*) FROM task_scores WHERE alpha > beta + 1e-9 OR beta > gamma + 1e-9')).toBe(0);
    expect(scalar(db, "SELECT count(*) FROM task_scores WHERE method = 'calibrated'")).toBe(18796);
  });

  it('keeps the evidence behind each task: exemplars and rated neighbours, never the task itself', () => {
    const rows = db.prepare('SELECT task_id, evidence FROM task_scores ORDER BY task_id LIMIT 2000').all() as Array<{ task_id: number; evidence: string }>;
    for (const r of rows) {
      const e = JSON.parse(r.evidence) as { exemplars: unknown[]; neighbours: Array<{ task_id: number }> };
      expect(e.exemplars.length).toBeGreaterThan(0);
      expect(e.neighbours.length).toBeGreaterThan(0);
      expect(e.neighbours.map((n) => n.task_id)).not.toContain(r.task_id);
    }
  });

  it('never uses a rated occupation’s own labels for its tasks (neighbours come from other occupations)', () => {
    const rated = db.prepare('SELECT DISTINCT onet_soc_code FROM reference_labels LIMIT 50').all() as Array<{ onet_soc_code: string }>;
    const occOf = db.prepare('SELECT onet_soc_code FROM reference_labels WHERE task_id = ?');
    for (const { onet_soc_code } of rated) {
      const ev = db.prepare('SELECT evidence FROM task_scores WHERE onet_soc_code = ?').all(onet_soc_code) as Array<{ evidence: string }>;
      for (const e of ev) {
        for (const n of (JSON.parse(e.evidence) as { neighbours: Array<{ task_id: number }> }).neighbours) {
          expect((occOf.get(n.task_id) as { onet_soc_code: string }).onet_soc_code).not.toBe(onet_soc_code);
        }
      }
    }
  });

  it('scores every occupation that has tasks, with percentiles in 0–100', () => {
    expect(scalar(db, 'SELECT count(*) FROM occupation_scores')).toBe(923);
    expect(scalar(db, 'SELECT count(*) FROM occupation_scores WHERE percentile < 0 OR percentile > 100 OR percentile IS NULL')).toBe(0);
    expect(scalar(db, 'SELECT count(*) FROM element_scores')).toBeGreaterThanOrEqual(68);
  });

  it('ranks obviously exposed work above obviously sheltered work', () => {
    const beta = (code: string) => scalar(db, 'SELECT beta FROM occupation_scores WHERE onet_soc_code = ?', code);
    for (const exposed of ['43-9021.00', '23-2011.00', '15-1252.00', '27-3091.00']) {
      for (const sheltered of ['47-2061.00', '37-2011.00', '53-3032.00', '35-2014.00']) expect(beta(exposed)).toBeGreaterThan(beta(sheltered));
    }
  });

  const agreement = (reference: string, level: string, mode: string) =>
    db.prepare('SELECT value, n FROM agreement WHERE reference = ? AND level = ? AND mode = ?').get(reference, level, mode) as { value: number; n: number };

  it.each([
    ['eloundou_gpt4', 'occupation', 'calibrated', 0.92],
    ['eloundou_human', 'occupation', 'calibrated', 0.89],
    ['eloundou_gpt4', 'task', 'calibrated', 0.75],
    ['eloundou_gpt4', 'occupation', 'rubric', 0.8],
  ])('agreement with %s at %s level (%s) reaches %s, cross-validated by occupation', (ref, level, mode, bar) => {
    const a = agreement(ref, level, mode);
    expect(a.n).toBeGreaterThan(400);
    expect(a.value).toBeGreaterThanOrEqual(bar);
  });

  it('stores agreement with the published indices for comparison (Spearman with n)', () => {
    for (const ref of ['microsoft_applicability', 'felten_lm_aioe']) {
      const a = agreement(ref, 'occupation', 'calibrated');
      expect(a.n).toBeGreaterThan(500);
      expect(a.value).toBeGreaterThan(0.5);
    }
  });
});
