/**
 * Benchmark: the scenario model for all tasks in the database (what POST /api/v1/scenarios/evaluate and
 * the /scenarios page compute per scenario), against the formula summed over every group (the baseline:
 * the model as documented, written plainly), on the same scenarios in the same run.
 * Usage: npx tsx scripts/bench/scenario-model.ts [--runs 200]   (ATLAS_DB: a built database)
 */
import { DataContext } from '../../lib/data';
import { env } from '../../lib/env';
import { scenarioData } from '../../lib/queries/scenario-data';
import { evaluateTasks, TODAY_LEVEL, type PreparedTasks, type Scenario } from '../../lib/scenarios/model';

const arg = (k: string, d: string) => (process.argv.includes(k) ? process.argv[process.argv.indexOf(k) + 1] : d);
const runs = Number(arg('--runs', '200'));

/** The model summed over every group, as lib/scenarios/model.ts documents it. */
function plain(prep: PreparedTasks, sc: Scenario): Float64Array {
  const G = prep.groups.length;
  const ratio = prep.groups.map((g) => (sc.levels[g.id] ?? TODAY_LEVEL) / TODAY_LEVEL);
  const beta = new Float64Array(prep.n);
  for (let i = 0; i < prep.n; i++) {
    let s1 = 0;
    let s2 = 0;
    for (let g = 0; g < G; g++) {
      if (prep.groups[g].kind === 'E1') s1 += prep.attribution[i * G + g] * ratio[g];
      else s2 += prep.attribution[i * G + g] * ratio[g];
    }
    const e1 = 1 - (1 - prep.p1[i]) ** s1;
    const e2 = sc.tools ? Math.min(1 - (1 - prep.p2[i]) ** s2, 1 - e1) : 0;
    beta[i] = sc.adoption * (e1 + e2 / 2);
  }
  return beta;
}

function time(fn: () => unknown): number {
  for (let i = 0; i < 10; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

const data = scenarioData(DataContext.open(env().ATLAS_DB));
const ids = data.prep.groups.map((g) => g.id);
const SCENARIOS: Array<[string, Scenario]> = [
  ['two groups moved (the HTTP bench body)', { levels: { writing: 0.8, coding: 0.9 }, adoption: 0.7, tools: true }],
  ['one slider moved', { levels: { [ids[0]]: 0.7 }, adoption: 1, tools: true }],
  ['every group moved (a preset)', { levels: Object.fromEntries(data.prep.groups.map((g) => [g.id, g.kind === 'E1' ? 0.85 : 0.95])), adoption: 1, tools: true }],
];
console.log(`${data.prep.n} tasks × ${ids.length} capability groups, median of ${runs} runs`);
for (const [name, sc] of SCENARIOS) {
  const a = evaluateTasks(data.prep, sc).beta;
  const b = plain(data.prep, sc);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff = Math.max(diff, Math.abs(a[i] - b[i]));
  const tModel = time(() => evaluateTasks(data.prep, sc));
  const tPlain = time(() => plain(data.prep, sc));
  console.log(`${name.padEnd(42)} model ${tModel.toFixed(2)} ms  plain sum ${tPlain.toFixed(2)} ms  ratio ${(tModel / tPlain).toFixed(2)}  max |Δbeta| ${diff.toExponential(1)}`);
}
