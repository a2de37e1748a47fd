/**
 * Skill shifts: every skill and knowledge element's exposure relative to the mean, for all workers or
 * one major occupation group. An element's exposure is that of the work using it, through O*NET's
 * chain tasks → work activities ← elements (lib/skills/chain.ts), averaged over the occupations in
 * scope weighted by employment × importance above the midpoint (lib/skills/aggregate.ts); the
 * baseline is the employment-weighted mean beta of the same scope.
 */
import { chainElementScores } from '../skills/aggregate';
import { skillChainData } from './skill-chain';
import { derived, derivedBy, type DataContext } from '../data/context';
import { allOccupations, getGroups } from './occupations';
import type { Exposure } from '../score/exposure';

export interface SkillShift extends Exposure {
  element_id: string;
  name: string;
  domain: 'skill' | 'knowledge';
  /** beta minus the scope's employment-weighted mean beta: < 0 sheltered, > 0 concentrated in exposed work */
  diff: number;
  /** employment in occupations in scope that rely on it (importance ≥ 3) */
  employment: number;
  occupations: number;
}

export interface SkillShiftView {
  /** major group code (XX-0000) or null for all workers */
  group: string | null;
  groupTitle: string | null;
  /** employment-weighted mean beta of the occupations in scope */
  mean: number;
  nationalMean: number;
  employment: number;
  rows: SkillShift[];
}

/** Skill and knowledge names: the same ones the skill chain reads (lib/queries/skill-chain.ts). */
function elementNames(data: DataContext): Map<string, { name: string; domain: 'skill' | 'knowledge' }> {
  return skillChainData(data).elements;
}

/** Major groups that have scored occupations with employment, for the filter. */
const SHIFT_GROUPS = derived('shiftGroups', (data) => {
  const present = new Set(allOccupations(data).filter((o) => o.beta !== null && (o.employment ?? 0) > 0).map((o) => o.major_group));
  return getGroups(data)
    .filter((g) => g.level === 'major' && present.has(g.code))
    .map((g) => ({ code: g.code, title: g.title }));
});

export function shiftGroups(data: DataContext): Array<{ code: string; title: string }> {
  return data.get(SHIFT_GROUPS);
}

export function skillShifts(data: DataContext, group: string | null): SkillShiftView {
  return shifts(data, group ?? '');
}

const shifts = derivedBy('skillShifts', (data, key): SkillShiftView => {
  const group = key === '' ? null : key;
  const all = allOccupations(data).filter((o) => o.beta !== null && o.alpha !== null && o.gamma !== null);
  const mean = (rows: typeof all) => {
    let w = 0;
    let b = 0;
    for (const o of rows) {
      const e = o.employment ?? 0;
      if (e <= 0) continue;
      w += e;
      b += e * (o.beta as number);
    }
    return { mean: w > 0 ? b / w : 0, employment: w };
  };
  const scope = group ? all.filter((o) => o.major_group === group) : all;
  const inScope = new Set(scope.map((o) => o.onet_soc_code));
  const employment = new Map(scope.map((o) => [o.onet_soc_code, o.employment]));
  const scores = chainElementScores(skillChainData(data), employment, inScope);
  const { mean: m, employment: emp } = mean(scope);
  const names = elementNames(data);
  const rows = scores
    .flatMap((s) => {
      const n = names.get(s.element_id);
      return n ? [{ element_id: s.element_id, name: n.name, domain: n.domain, alpha: s.alpha, beta: s.beta, gamma: s.gamma, diff: s.beta - m, employment: s.employment, occupations: s.occupations }] : [];
    })
    .sort((a, b) => b.diff - a.diff || a.name.localeCompare(b.name));
  return {
    group,
    groupTitle: group ? (getGroups(data).find((g) => g.code === group)?.title ?? group) : null,
    mean: m,
    nationalMean: mean(all).mean,
    employment: emp,
    rows,
  };
});
