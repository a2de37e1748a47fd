/** State figures: employment-weighted exposure, the ≥ 0.5 share, ranks, lists and group comparison. */
import { describe, expect, it } from 'vitest';
import { rankedBy, stateDetail, stateSummaries, unitedStates, type AllocatedRow, type OccupationExposure } from '../../../lib/states/figures';

const occ = new Map<string, OccupationExposure>(
  (
    [
      ['43-3031.00', 'Bookkeepers', '43-0000', 0.8],
      ['15-1252.00', 'Software Developers', '15-0000', 0.6],
      ['47-2061.00', 'Construction Laborers', '47-0000', 0.1],
      ['55-1011.00', 'Air Crew Officers', '55-0000', null],
    ] as const
  ).map(([code, title, group, beta]) => [code, { onet_soc_code: code, title, major_group: group, major_title: `${group} title`, beta }]),
);

const l = (area: string, code: string, employment: number | null, lq: number | null = 1): AllocatedRow => ({ area, onet_soc_code: code, employment, median_annual_wage: 50_000, location_quotient: lq });

const areas = [
  { area: '06', postal: 'CA', name: 'California', employment: 3000, release: 'r' },
  { area: '56', postal: 'WY', name: 'Wyoming', employment: 1000, release: 'r' },
];
const labor = [
  l('06', '43-3031.00', 1000), l('06', '15-1252.00', 1000, 2), l('06', '47-2061.00', 1000), l('06', '55-1011.00', 500),
  l('56', '47-2061.00', 900), l('56', '43-3031.00', 100, 0.3),
];

describe('state summaries', () => {
  const s = stateSummaries(areas, labor, occ);
  it('weights beta by state employment and leaves unscored occupations out', () => {
    const ca = s.find((x) => x.postal === 'CA')!;
    expect(ca.beta).toBeCloseTo((0.8 + 0.6 + 0.1) / 3, 10);
    expect(ca.scored_employment).toBe(3000);
    expect(ca.share50).toBeCloseTo(2 / 3, 10);
    const wy = s.find((x) => x.postal === 'WY')!;
    expect(wy.beta).toBeCloseTo((0.1 * 900 + 0.8 * 100) / 1000, 10);
    expect(wy.share50).toBeCloseTo(0.1, 10);
  });
  it('ranks by beta, most exposed first', () => {
    expect(Object.fromEntries(s.map((x) => [x.postal, x.rank_beta]))).toEqual({ CA: 1, WY: 2 });
  });
  it('sums the states into the U.S. figure', () => {
    const us = unitedStates(areas, labor, occ);
    expect(us.employment).toBe(4000);
    expect(us.beta).toBeCloseTo((800 + 600 + 100 + 90 + 80) / 4000, 10);
  });
});

describe('state detail', () => {
  const d = stateDetail(labor.filter((x) => x.area === '06'), labor, occ, 2);
  it('lists the most and least exposed occupations with enough workers', () => {
    expect(d.mostExposed.map((o) => o.title)).toEqual(['Bookkeepers', 'Software Developers']);
    expect(d.leastExposed.map((o) => o.title)).toEqual(['Construction Laborers', 'Software Developers']);
  });
  it('finds highly exposed work concentrated in the state (beta ≥ 0.5, location quotient ≥ 1.2)', () => {
    expect(d.overRepresented.map((o) => o.title)).toEqual(['Software Developers']);
  });
  it('compares each group with the same group across all states', () => {
    const office = d.byGroup.find((g) => g.major_group === '43-0000')!;
    expect(office.state_beta).toBeCloseTo(0.8, 10);
    expect(office.us_beta).toBeCloseTo(0.8, 10);
    const build = d.byGroup.find((g) => g.major_group === '47-0000')!;
    expect(build.state_employment).toBe(1000);
  });
});

describe('rankedBy', () => {
  it('highest first, states with no figure last, ties by name', () => {
    const s = [
      { name: 'Utah', beta: 0.3, share50: null },
      { name: 'Ohio', beta: null, share50: 0.2 },
      { name: 'Iowa', beta: 0.3, share50: 0.4 },
      { name: 'Maine', beta: 0.5, share50: 0.1 },
    ];
    expect(rankedBy(s, 'beta').map((x) => x.name)).toEqual(['Maine', 'Iowa', 'Utah', 'Ohio']);
    expect(rankedBy(s, 'share50').map((x) => x.name)).toEqual(['Iowa', 'Ohio', 'Maine', 'Utah']);
  });
});
