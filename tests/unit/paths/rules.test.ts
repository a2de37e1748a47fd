import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barriersBetween, barriersOf, type BarrierFacts } from '@/lib/paths/barriers';
import { anchorFor, gapsBetween } from '@/lib/paths/gaps';
import { DEFAULT_WEIGHTS, isDesirable, outlookPart, wagePart } from '@/lib/paths/score';
import { combinedSimilarity, preparationSimilarity, SIMILARITY_WEIGHTS } from '@/lib/paths/similarity';

const facts = (o: Partial<BarrierFacts>): BarrierFacts => ({ title: 'Clerks', description: 'Perform clerical duties.', majorGroup: '43-0000', minorGroup: '43-4000', minorTitle: 'Information and Record Clerks', professionalShare: 0.02, ...o });

describe('barriers, read from O*NET text, SOC structure and education ratings', () => {
  it.each([
    ['Legislators', facts({ title: 'Legislators', description: 'Develop laws. Includes only workers in elected positions.' }), 'election_or_appointment'],
    ['Judges', facts({ title: 'Judges, Magistrate Judges, and Magistrates', description: 'Arbitrate, advise, adjudicate, or administer justice in a court of law.' }), 'election_or_appointment'],
    ['Administrative Law Judges', facts({ title: 'Administrative Law Judges, Adjudicators, and Hearing Officers', description: 'Conduct hearings.' }), 'election_or_appointment'],
    ['military', facts({ title: 'Infantry', majorGroup: '55-0000' }), 'military'],
    ['Bailiffs', facts({ title: 'Bailiffs', description: 'Maintain order in courts of law.', majorGroup: '33-0000', minorGroup: '33-3000', minorTitle: 'Law Enforcement Workers' }), 'sworn_law_enforcement'],
    ['Lawyers', facts({ title: 'Lawyers', professionalShare: 1 }), 'professional_degree'],
  ])('%s', (_, f, kind) => {
    expect(barriersOf(f).map((b) => b.kind)).toContain(kind);
  });

  it('court clerks and medical secretaries (who schedule "appointments") have none', () => {
    expect(barriersOf(facts({ title: 'Court, Municipal, and License Clerks', description: 'Perform clerical duties for courts of law.' }))).toEqual([]);
    expect(barriersOf(facts({ title: 'Medical Secretaries', description: 'Duties may include scheduling appointments, billing patients.' }))).toEqual([]);
  });

  it('a barrier the source already clears does not count', () => {
    const lawyer = facts({ title: 'Lawyers', professionalShare: 0.9 });
    const judge = facts({ title: 'Judges', description: 'adjudicate', professionalShare: 0.9 });
    expect(barriersBetween(lawyer, judge).map((b) => b.kind)).toEqual(['election_or_appointment']);
    expect(barriersBetween(facts({}), lawyer).map((b) => b.kind)).toEqual(['professional_degree']);
    expect(barriersBetween(judge, judge)).toEqual([]);
  });
});

describe('gaps in words', () => {
  const names = new Map([
    ['2.A.1.e', { name: 'Mathematics', domain: 'skill' }],
    ['2.C.4.a', { name: 'Mathematics', domain: 'knowledge' }],
    ['2.A.1.c', { name: 'Writing', domain: 'skill' }],
    ['2.B.3.e', { name: 'Programming', domain: 'skill' }],
  ]);
  const anchors = new Map([['2.C.4.a', [{ level: 1, description: 'Add two numbers' }, { level: 4, description: 'Analyze data to determine areas with the highest sales' }, { level: 6, description: 'Derive a complex mathematical equation' }]]]);

  it('lists a name once (the larger gap), most important first, with the nearest O*NET anchor', () => {
    const src = new Map([['2.A.1.e', { importance: 3, level: 2 }], ['2.C.4.a', { importance: 3, level: 2 }], ['2.A.1.c', { importance: 4, level: 4 }]]);
    const tgt = new Map([['2.A.1.e', { importance: 3.2, level: 3 }], ['2.C.4.a', { importance: 3.5, level: 4.4 }], ['2.A.1.c', { importance: 4, level: 4.2 }], ['2.B.3.e', { importance: 4.1, level: 3 }]]);
    const { gaps, transfers } = gapsBetween(src, tgt, names, anchors);
    expect(gaps.map((g) => g.element)).toEqual(['Programming', 'Mathematics']);
    const math = gaps[1];
    expect(math.element_id).toBe('2.C.4.a');
    expect(math.anchor).toEqual({ level: 4, description: 'Analyze data to determine areas with the highest sales' });
    expect(math.words).toContain('Analyze data');
    expect(transfers.map((t) => t.element)).toEqual(['Writing']);
  });

  it('the anchor is the one nearest the level (ties to the lower)', () => {
    const a = anchors.get('2.C.4.a')!;
    expect(anchorFor(a, 5)?.level).toBe(4);
    expect(anchorFor(a, 5.6)?.level).toBe(6);
    expect(anchorFor(a, 0)?.level).toBe(1);
    expect(anchorFor(undefined, 3)).toBeNull();
  });
});

describe('score parts', () => {
  it('wage part rises with the wage, and falls fast below a 15% cut', () => {
    fc.assert(fc.property(fc.double({ min: 0.3, max: 3, noNaN: true }), fc.double({ min: 0.3, max: 3, noNaN: true }), (a, b) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      expect(wagePart(lo)).toBeLessThanOrEqual(wagePart(hi) + 1e-12);
    }));
    expect(wagePart(0.7)).toBe(0);
    expect(wagePart(1)).toBeCloseTo(0.7, 9);
    expect(wagePart(null)).toBe(0.5);
  });

  it('desirable means within 15% either way', () => {
    expect([0.84, 0.85, 1, 1.15, 1.16].map(isDesirable)).toEqual([false, true, true, true, false]);
    expect(isDesirable(null)).toBe(true);
  });

  it('outlook prefers real openings', () => {
    expect(outlookPart(2, 50_000)).toBeGreaterThan(outlookPart(2, 300));
    expect(outlookPart(null, null)).toBe(0.25);
  });

  it('weights are documented shares summing to 1', () => {
    expect(Object.values(SIMILARITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(SIMILARITY_WEIGHTS).toEqual({ activities: 0.3, skills: 0.25, interests: 0.15, styles: 0.1, preparation: 0.1, tasks: 0.1 });
    expect(DEFAULT_WEIGHTS).toEqual({ skills: 0.45, exposure: 0.3, wage: 0.15, growth: 0.1 });
  });
});

describe('combined similarity', () => {
  it('is the weighted mean of the parts available', () => {
    expect(combinedSimilarity({ activities: 1, skills: 0, interests: null, styles: null, preparation: null, tasks: null })).toBeCloseTo(0.3 / 0.55, 12);
    expect(combinedSimilarity({ activities: null, skills: null, interests: null, styles: null, preparation: null, tasks: null })).toBeNull();
  });

  it('preparation: 1 when equal, −1 at the ends of both scales', () => {
    expect(preparationSimilarity({ jobZone: 3, education: 6 }, { jobZone: 3, education: 6 })).toBe(1);
    expect(preparationSimilarity({ jobZone: 1, education: 1 }, { jobZone: 5, education: 12 })).toBe(-1);
    expect(preparationSimilarity({ jobZone: null, education: null }, { jobZone: 2, education: 3 })).toBeNull();
  });
});
