/**
 * What-if scenarios, recomputed from the stored task profiles.
 *
 * A scenario sets a capability level L_g ∈ [0, 1] per capability group of the rubric, an adoption
 * share a ∈ [0, 1] and whether LLM-powered tools count (E2). Today's capability is L0 = 0.5 for every
 * group, so the "today" preset (all 0.5, adoption 1, tools on) reproduces the baseline scores.
 *
 * For a task with baseline probabilities p1 (E1) and p2 (E2), its exposure is attributed to the
 * capability groups of each kind by a softmax of its similarity profile (w¹ over E1 groups, w² over
 * E2 groups). A rise in capability reaches a task only as far as the task resembles the capability
 * groups more than the sheltered ones (physical, machinery, in-person care, sensorimotor, licensed
 * accountability): its reach r ∈ [0, 1] is a logistic of (best capability similarity − best sheltered
 * similarity) / T. With δ_g = L_g/L0 − 1 and δ'_g = r·δ_g for a rise, δ_g for a fall, the capability
 * multipliers are s1 = Σ w¹_g (1 + δ'_g) and s2 = Σ w²_g (1 + δ'_g) (r = 1 gives Σ w L / L0), and
 *   e1 = 1 − (1 − p1)^s1,   e2 = min(1 − (1 − p2)^s2, 1 − e1)   (e2 = 0 when tools do not count),
 * so s = 1 gives back p1 and p2, s = 0 (every level 0) gives 0, and each rises with its levels (more
 * slowly above today's for tasks worded like sheltered work: piloting a plane, singing as a soloist), never above 1.
 * Raising an E1 level moves probability from E0 or E2 into E1; raising an E2 level moves it from E0
 * into E2: alpha, beta and gamma never fall when any capability rises. Task beta = a·(e1 + e2/2).
 */
import { round } from '../round';
import type { Exposure } from '../score/exposure';

export const TODAY_LEVEL = 0.5;
/** Sharpness of the attribution of a task's exposure to capability groups. */
export const ATTRIBUTION_TEMPERATURE = 0.03;

export interface ScenarioGroup {
  id: string;
  name: string;
  kind: 'E1' | 'E2';
}

export interface Scenario {
  levels: Record<string, number>;
  adoption: number;
  tools: boolean;
}

export interface ScenarioTask {
  onet_soc_code: string;
  weight: number;
  p1: number;
  p2: number;
  /** profile over ALL rubric groups (rubric position order) */
  profile: Float32Array;
}

export interface PreparedTasks {
  groups: ScenarioGroup[];
  n: number;
  p1: Float64Array;
  p2: Float64Array;
  weight: Float64Array;
  /** occupation index of each task */
  occ: Int32Array;
  codes: string[];
  /** attribution weights, n × groups.length, rows sum to 1 within each kind */
  attribution: Float64Array;
  /**
   * Reach of capability gains into each task, in [0, 1]: how much more the task resembles the
   * capability groups than the sheltered ones (physical, machinery, in-person care, sensorimotor,
   * accountability), a logistic of (best capability similarity − best sheltered similarity) / T.
   */
  reach: Float64Array;
}

/**
 * Precomputes attribution weights once; evaluation is then O(tasks × groups).
 * `allGroups` is the full rubric in position order (capability and sheltered groups).
 */
export function prepareTasks(tasks: ScenarioTask[], allGroups: Array<{ id: string; name: string; kind: 'E1' | 'E2' | 'sheltered' }>): PreparedTasks {
  const capIdx = allGroups.map((g, i) => [g, i] as const).filter(([g]) => g.kind !== 'sheltered');
  const groups = capIdx.map(([g]) => ({ id: g.id, name: g.name, kind: g.kind as 'E1' | 'E2' }));
  const G = groups.length;
  const n = tasks.length;
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const occ = new Int32Array(n);
  const attribution = new Float64Array(n * G);
  const reach = new Float64Array(n);
  const sheltered = allGroups.map((g, i) => [g, i] as const).filter(([g]) => g.kind === 'sheltered').map(([, i]) => i);
  tasks.forEach((t, i) => {
    const best = (idx: number[]) => idx.reduce((m, k) => Math.max(m, t.profile[k]), -Infinity);
    reach[i] = sheltered.length === 0 ? 1 : 1 / (1 + Math.exp((best(sheltered) - best(capIdx.map(([, k]) => k))) / ATTRIBUTION_TEMPERATURE));
    let oi = codeIndex.get(t.onet_soc_code);
    if (oi === undefined) {
      oi = codes.length;
      codes.push(t.onet_soc_code);
      codeIndex.set(t.onet_soc_code, oi);
    }
    occ[i] = oi;
    for (const kind of ['E1', 'E2'] as const) {
      const members = capIdx.map(([g, pi], gi) => ({ g, pi, gi })).filter((m) => m.g.kind === kind);
      const m = Math.max(...members.map((x) => t.profile[x.pi]));
      const e = members.map((x) => Math.exp((t.profile[x.pi] - m) / ATTRIBUTION_TEMPERATURE));
      const s = e.reduce((a, b) => a + b, 0);
      members.forEach((x, j) => (attribution[i * G + x.gi] = e[j] / s));
    }
  });
  return {
    groups,
    n,
    p1: Float64Array.from(tasks.map((t) => t.p1)),
    p2: Float64Array.from(tasks.map((t) => t.p2)),
    weight: Float64Array.from(tasks.map((t) => t.weight)),
    occ,
    codes,
    attribution,
    reach,
  };
}

export interface TaskExposure {
  alpha: Float64Array;
  beta: Float64Array;
  gamma: Float64Array;
}

/** ln(1 − p1) and ln(1 − p2) of every task, computed once per prepared set: 1 − (1 − p)^s = −expm1(s·ln(1 − p)). */
const logsOf = new WeakMap<PreparedTasks, { l1: Float64Array; l2: Float64Array }>();
function logs(prep: PreparedTasks) {
  let v = logsOf.get(prep);
  if (!v) logsOf.set(prep, (v = { l1: prep.p1.map((p) => Math.log1p(-p)), l2: prep.p2.map((p) => Math.log1p(-p)) }));
  return v;
}

/** A group's effective change δ' in a task, from δ = L/L0 − 1: a fall counts in full, a rise only as far as capability reaches the task. */
export const effective = (delta: number, reach: number) => (delta > 0 ? reach * delta : delta);

/** s = Σ w_g·(1 + δ_g') over the groups of one kind, for task i (δ' the effective change of L_g/L0 − 1). */
function fullSum(prep: PreparedTasks, sc: Scenario, i: number, kind: 'E1' | 'E2'): number {
  const G = prep.groups.length;
  let s = 0;
  prep.groups.forEach((g, k) => {
    if (g.kind === kind) s += prep.attribution[i * G + k] * (1 + effective((sc.levels[g.id] ?? TODAY_LEVEL) / TODAY_LEVEL - 1, prep.reach[i]));
  });
  return s;
}

/**
 * Task exposure under a scenario. Within each kind the attribution weights of a task sum to 1, so
 * s = Σ w_g·L_g/L0 = 1 + Σ w_g·(L_g/L0 − 1): only the groups whose level differs from today's enter
 * the sum, which keeps a scenario that moves a few groups at O(tasks × moved groups).
 */
export function evaluateTasks(prep: PreparedTasks, sc: Scenario): TaskExposure {
  const G = prep.groups.length;
  const moved: Array<{ g: number; delta: number; e1: boolean }> = [];
  prep.groups.forEach((grp, g) => {
    const delta = (sc.levels[grp.id] ?? TODAY_LEVEL) / TODAY_LEVEL - 1;
    if (delta !== 0) moved.push({ g, delta, e1: grp.kind === 'E1' });
  });
  const alpha = new Float64Array(prep.n);
  const beta = new Float64Array(prep.n);
  const gamma = new Float64Array(prep.n);
  const a = sc.adoption;
  const { attribution, p1, p2, reach } = prep;
  const { l1, l2 } = logs(prep);
  for (let i = 0; i < prep.n; i++) {
    let s1 = 1;
    let s2 = 1;
    const o = i * G;
    for (const m of moved) {
      const d = effective(m.delta, reach[i]);
      if (m.e1) s1 += attribution[o + m.g] * d;
      else s2 += attribution[o + m.g] * d;
    }
    // Near 0 the shortcut cancels (1 − 1 + …): sum that kind's groups in full, so all levels at 0 give exactly 0.
    if (s1 < 1e-6) s1 = fullSum(prep, sc, i, 'E1');
    if (s2 < 1e-6) s2 = fullSum(prep, sc, i, 'E2');
    const e1 = s1 === 0 ? 0 : s1 === 1 ? p1[i] : -Math.expm1(s1 * l1[i]);
    const e2 = !sc.tools || s2 === 0 ? 0 : Math.min(s2 === 1 ? p2[i] : -Math.expm1(s2 * l2[i]), 1 - e1);
    alpha[i] = a * e1;
    beta[i] = a * (e1 + 0.5 * e2);
    gamma[i] = a * (e1 + e2);
  }
  return { alpha, beta, gamma };
}

export interface OccupationExposure extends Exposure {
  onet_soc_code: string;
}

export function aggregate(prep: PreparedTasks, t: TaskExposure): OccupationExposure[] {
  const m = prep.codes.length;
  const w = new Float64Array(m);
  const sa = new Float64Array(m);
  const sb = new Float64Array(m);
  const sg = new Float64Array(m);
  for (let i = 0; i < prep.n; i++) {
    const o = prep.occ[i];
    const wi = prep.weight[i];
    w[o] += wi;
    sa[o] += wi * t.alpha[i];
    sb[o] += wi * t.beta[i];
    sg[o] += wi * t.gamma[i];
  }
  return prep.codes.map((code, o) => ({ onet_soc_code: code, alpha: sa[o] / w[o], beta: sb[o] / w[o], gamma: sg[o] / w[o] }));
}

export interface LaborFigures {
  employment: number;
  median_annual_wage: number | null;
}

export const EXPOSURE_BANDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export interface ScenarioSummary {
  /** employment-weighted mean beta: share of work exposed */
  share_of_work_exposed: number;
  /** Σ employment × median wage × beta, in dollars per year */
  exposed_wage_bill: number;
  wage_bill: number;
  /** workers in occupations whose beta falls in [band, band + 0.1) */
  workers_by_band: Array<{ from: number; to: number; workers: number }>;
  workers_covered: number;
}

export function summarize(occ: OccupationExposure[], labor: Map<string, LaborFigures>): ScenarioSummary {
  let emp = 0;
  let sb = 0;
  let bill = 0;
  let exposedBill = 0;
  const bands = EXPOSURE_BANDS.map((from) => ({ from, to: round(from + 0.1, 1), workers: 0 }));
  for (const o of occ) {
    const l = labor.get(o.onet_soc_code);
    if (!l || !(l.employment > 0)) continue;
    emp += l.employment;
    sb += l.employment * o.beta;
    if (l.median_annual_wage) {
      bill += l.employment * l.median_annual_wage;
      exposedBill += l.employment * l.median_annual_wage * o.beta;
    }
    bands[Math.min(bands.length - 1, Math.floor(o.beta * 10))].workers += l.employment;
  }
  return { share_of_work_exposed: emp ? sb / emp : 0, exposed_wage_bill: exposedBill, wage_bill: bill, workers_by_band: bands, workers_covered: emp };
}

export interface Preset extends Scenario {
  id: string;
  name: string;
  description: string;
}

export function presets(groups: ScenarioGroup[]): Preset[] {
  const all = (v: number) => Object.fromEntries(groups.map((g) => [g.id, v]));
  const byKind = (e1: number, e2: number) => Object.fromEntries(groups.map((g) => [g.id, g.kind === 'E1' ? e1 : e2]));
  // Ids are stable (they live in shared links); names say what each preset assumes.
  return [
    { id: 'today', name: 'Today, with LLM software (baseline)', description: "The baseline every 'vs today' figure compares with: today's capability in every group, all exposed work adopted, and work that needs software built on an LLM counted (at half in beta). Reproduces the stored scores.", levels: all(TODAY_LEVEL), adoption: 1, tools: true },
    { id: 'chat', name: 'Today, chat only (no LLM software)', description: "Today's capability, but only what an LLM alone can do counts: work that needs LLM software is left out. It reads lower than the baseline because that work is not counted, not because a chat assistant lowers anything.", levels: all(TODAY_LEVEL), adoption: 1, tools: false },
    { id: 'tools', name: 'Somewhat stronger, with LLM software', description: 'Capability 0.6 in the direct (E1) groups and 0.7 in the software (E2) groups, against 0.5 today: better models with retrieval, code execution and integrations.', levels: byKind(0.6, 0.7), adoption: 1, tools: true },
    { id: 'agents', name: 'Much stronger, acting through software', description: 'Capability 0.85 in the direct (E1) groups and 0.95 in the software (E2) groups, against 0.5 today: models that carry out multi-step work through software on their own.', levels: byKind(0.85, 0.95), adoption: 1, tools: true },
    { id: 'slow', name: 'Today, 30% adopted', description: "Today's capability, but only 30% of the exposed work actually changes.", levels: all(TODAY_LEVEL), adoption: 0.3, tools: true },
    { id: 'none', name: 'No LLM capability', description: 'Every capability group at 0: no exposure at all (a floor for comparison).', levels: all(0), adoption: 1, tools: true },
  ];
}
