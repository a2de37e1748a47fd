/**
 * Skills tied to exposure through work activities (issue 12) on the full data: the split, personal
 * mode's skills at risk and the national skill figures all read the chain tasks → DWAs → IWAs →
 * GWAs ← skills/knowledge, and the absurdities from the issue are gone.
 */
import { describe, expect, it } from 'vitest';
import { personalSkills } from '@/lib/skills/personal';
import { listSkills } from '@/lib/queries/skills';
import { skillShifts } from '@/lib/queries/skill-shifts';
import { elementDetail, elementDrivers } from '@/lib/queries/element-detail';
import { occupationSkillSplit, skillChainData } from '@/lib/queries/skill-chain';
import { fullData } from './helpers';

describe('skill shifts through work activities', () => {
  const db = fullData();
  const d = skillChainData(db);

  it('skills use O*NET’s work-activity links (derived only for the three O*NET leaves out); most knowledge areas have derived ones', () => {
    const skills = [...d.elements].filter(([, e]) => e.domain === 'skill').map(([id]) => id);
    expect(skills.filter((id) => d.derived.has(id)).sort()).toEqual(['2.A.1.f', '2.B.3.a', '2.B.3.d']);
    for (const id of skills) expect(d.links.get(id)?.size ?? 0).toBeGreaterThan(0);
    const knowledge = [...d.elements].filter(([, e]) => e.domain === 'knowledge');
    expect(knowledge.filter(([id]) => d.derived.has(id)).length).toBeGreaterThanOrEqual(knowledge.length * 0.8);
  });

  it('paralegals: Writing sits in exposed work, shown with the documenting tasks behind it', () => {
    const split = occupationSkillSplit(db, '23-2011.00');
    const writing = split.exposed.find((e) => e.name === 'Writing');
    expect(writing).toBeDefined();
    expect(split.durable.find((e) => e.name === 'Writing')).toBeUndefined();
    expect(writing!.tasks.length).toBeGreaterThan(0);
    expect(writing!.tasks[0].via.length).toBeGreaterThan(0);
    // The tasks shown are the heaviest; their shares over all tasks sum to 1.
    expect(writing!.all_tasks.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 9);
    const byId = new Map(d.tasks.get('23-2011.00')!.map((t) => [t.task_id, t]));
    const beta = writing!.all_tasks.reduce((s, t) => s + t.weight * byId.get(t.task_id)!.beta, 0);
    expect(beta).toBeCloseTo(writing!.beta, 9);
  });

  it('truck drivers: operating the vehicle is durable', () => {
    const split = occupationSkillSplit(db, '53-3032.00');
    expect(split.durable.map((e) => e.name)).toEqual(expect.arrayContaining(['Operation and Control', 'Operations Monitoring']));
  });

  it('personal mode lists skills only: "English Language" is never a skill at risk', () => {
    for (const code of ['43-4051.00', '23-2011.00', '43-9021.00']) {
      const split = occupationSkillSplit(db, code);
      const elements = [...split.exposed, ...split.durable].map((e) => ({ element_id: e.element_id, name: e.name, domain: e.domain, importance: e.importance, tasks: e.all_tasks }));
      const beta = new Map(d.tasks.get(code)!.map((t) => [t.task_id, t.beta]));
      const mine = personalSkills(elements, beta, () => true);
      expect(mine.map((e) => e.name)).not.toContain('English Language');
      expect(mine.every((e) => e.domain === 'skill')).toBe(true);
      // With every task ticked, the personal figure is the occupation's.
      for (const e of mine) expect(e.beta).toBeCloseTo([...split.exposed, ...split.durable].find((x) => x.element_id === e.element_id)!.beta, 9);
    }
  });

  it('national figures: every skill and knowledge area scored, drivers sum to the whole, group views recompute', () => {
    const rows = listSkills(db).filter((r) => r.domain === 'skill' || r.domain === 'knowledge');
    expect(rows.filter((r) => r.beta !== null).length).toBeGreaterThanOrEqual(rows.length - 4);
    const writing = elementDetail(db, '2.A.1.c')!;
    expect(writing.link).toBe('onet');
    expect(writing.activities).toContain('Documenting/Recording Information');
    const drivers = elementDrivers(db, '2.A.1.c');
    expect(drivers.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 6);
    expect(drivers[0].tasks.length).toBeGreaterThan(0);
    const all = skillShifts(db, null);
    const office = skillShifts(db, '43-0000');
    expect(office.rows.length).toBeGreaterThan(30);
    expect(office.mean).not.toBeCloseTo(all.mean, 3);
    // Operating vehicles sits in sheltered work; writing in exposed work.
    const diff = (id: string) => all.rows.find((r) => r.element_id === id)!.diff;
    expect(diff('2.B.3.h')).toBeLessThan(0);
    expect(diff('2.A.1.c')).toBeGreaterThan(0);
  });
});
