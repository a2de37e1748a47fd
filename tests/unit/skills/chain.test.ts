import { describe, expect, it } from 'vitest';
import { deriveLinks, elementBeta, elementExposure, gwaShares, type ChainTask } from '@/lib/skills/chain';
import { splitSkills } from '@/lib/skills/split';

const task = (id: number, beta: number, gwas: Record<string, number>, weight = 1): ChainTask => ({ task_id: id, statement: `task ${id}`, weight, alpha: beta / 2, beta, gamma: beta, gwas: new Map(Object.entries(gwas)) });

describe('elements tied to exposure through work activities', () => {
  // A paralegal-like job: documenting is exposed, meeting people is not.
  const tasks = [task(1, 0.9, { DOC: 1 }), task(2, 0.8, { DOC: 0.5, INFO: 0.5 }), task(3, 0.1, { TALK: 1 }, 2)];
  const names = new Map([['DOC', 'Documenting/Recording Information'], ['TALK', 'Communicating with People Outside the Organization'], ['INFO', 'Getting Information']]);

  it('an element’s beta is the share-weighted beta of the tasks carrying its activities', () => {
    const x = elementExposure(tasks, new Map([['DOC', 1]]), names)!;
    expect(x.beta).toBeCloseTo((1 * 0.9 + 0.5 * 0.8) / 1.5, 12);
    expect(x.tasks.map((t) => t.task_id)).toEqual([1, 2]);
    expect(x.tasks[0].via).toEqual(['Documenting/Recording Information']);
    expect(x.tasks.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 12);
    expect(elementExposure(tasks, new Map([['NONE', 1]]))).toBeNull();
    const lean = elementBeta(tasks, new Map([['DOC', 1], ['TALK', 0.5]]))!;
    const full = elementExposure(tasks, new Map([['DOC', 1], ['TALK', 0.5]]))!;
    expect([lean.alpha, lean.beta, lean.gamma]).toEqual([full.alpha, full.beta, full.gamma].map((v) => expect.closeTo(v, 12)));
    expect(elementExposure(tasks, undefined)).toBeNull();
  });

  it('splits by the beta of the work, and says which elements no task carries', () => {
    const links = new Map([['writing', new Map([['DOC', 1]])], ['speaking', new Map([['TALK', 1]])], ['repairing', new Map([['FIX', 1]])]]);
    const elements = [
      { element_id: 'writing', name: 'Writing', domain: 'skill', importance: 4, level: 4 },
      { element_id: 'speaking', name: 'Speaking', domain: 'skill', importance: 4, level: 4 },
      { element_id: 'repairing', name: 'Repairing', domain: 'skill', importance: 3, level: 2 },
      { element_id: 'minor', name: 'Minor', domain: 'skill', importance: 2, level: 1 },
    ];
    const s = splitSkills(tasks, elements, links, new Set(), names);
    expect(s.exposed.map((e) => e.name)).toEqual(['Writing']);
    expect(s.durable.map((e) => e.name)).toEqual(['Speaking']);
    expect(s.unlinked.map((e) => e.name)).toEqual(['Repairing']);
    expect(s.exposed[0].link).toBe('onet');
  });

  it('GWA shares of an occupation sum to 1', () => {
    const sh = gwaShares(tasks);
    expect([...sh.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(sh.get('TALK')).toBeCloseTo(2 / 4, 12);
  });

  it('derived links follow co-variation of importance and activity share across occupations', () => {
    const occ = [
      { importance: new Map([['law', 5]]), shares: new Map([['DOC', 0.8], ['LIFT', 0.2]]) },
      { importance: new Map([['law', 4]]), shares: new Map([['DOC', 0.6], ['LIFT', 0.4]]) },
      { importance: new Map([['law', 1]]), shares: new Map([['DOC', 0.1], ['LIFT', 0.9]]) },
      { importance: new Map([['law', 2]]), shares: new Map([['DOC', 0.3], ['LIFT', 0.7]]) },
    ];
    const links = deriveLinks(occ, ['law'], ['DOC', 'LIFT']);
    expect([...links.get('law')!.keys()]).toEqual(['DOC']);
    expect(links.get('law')!.get('DOC')!).toBeGreaterThan(0.9);
  });
});
