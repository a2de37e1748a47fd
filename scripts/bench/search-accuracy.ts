/**
 * Accuracy of the job-title matcher on O*NET's reported titles (as published, and with a seeded 20%
 * held out of the index), their HR-style rewrites, and the hand-written roster in
 * tests/fixtures/matching/roster-eval.csv; a reliability table of the stated confidence; nonsense.
 * `--fit` refits the confidence calibration (data/title-match-calibration.json) on the held-out cases.
 * Usage: ONET_DIR=../shared/data/onet npx tsx scripts/bench/search-accuracy.ts [--fit] [--misses 20]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openReadonly } from '../../db';
import { occupationScores } from '../../db/schema';
import { parseEnv } from '../../lib/env';
import { cleanCases, evaluate, holdOut, messyCases, parseTitleFile, reliability, summary, type EvalOutcome } from '../../lib/search/eval';
import { indexRows } from '../../lib/queries/title-index';
import { TitleMatcher } from '../../lib/search/matcher';

const env = parseEnv();
const onetDir = env.ONET_DIR ?? path.resolve('../shared/data/onet');
const misses = process.argv.includes('--misses') ? Number(process.argv[process.argv.indexOf('--misses') + 1]) : 0;
const db = openReadonly(env.ATLAS_DB);
const rows = indexRows(db);
const reported = parseTitleFile(readFileSync(path.join(onetDir, 'Sample of Reported Titles.txt'), 'utf8'));
const alternate = parseTitleFile(readFileSync(path.join(onetDir, 'Alternate Titles.txt'), 'utf8'));
const cases = cleanCases(reported, alternate);
const { held, rows: heldRows } = holdOut(cases, rows, 0.2, 11);

const t0 = performance.now();
const full = new TitleMatcher(rows);
const buildMs = performance.now() - t0;
const reduced = new TitleMatcher(heldRows);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const sets: Array<[string, TitleMatcher, typeof cases]> = [
  ['clean, as published (in the index)', full, cases],
  ['clean, held out of the index (20%)', reduced, held],
  ['messy rewrites, as published', full, messyCases(cases, 7)],
  ['messy rewrites, held out', reduced, messyCases(held, 7)],
];
const outcomes = new Map<string, EvalOutcome[]>();
console.log(`index: ${full.size} titles, built in ${buildMs.toFixed(0)} ms; held-out index ${reduced.size} titles\n`);
console.log('| set | titles | top-1 SOC | top-3 SOC | no result | ms/title |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, m, cs] of sets) {
  const t = performance.now();
  const out = evaluate(m, cs);
  const ms = (performance.now() - t) / cs.length;
  outcomes.set(name, out);
  const s = summary(out);
  console.log(`| ${name} | ${s.n} | ${pct(s.top1)} | ${pct(s.top3)} | ${pct(s.empty)} | ${ms.toFixed(2)} |`);
  if (misses > 0) {
    for (const o of out.filter((x) => !x.top1).slice(0, misses)) console.log(`    miss: "${o.c.query}" want ${[...o.c.expected].join('/')} got ${o.m.results[0]?.onet_soc_code ?? '-'} ${o.m.results[0]?.matched_title ?? ''} (conf ${o.m.confidence}${o.m.needs_review ? ', review' : ''})`);
  }
}

// Roster: every row through the matcher limited to scored occupations, as the roster does.
const scored = new Set(db.select({ code: occupationScores.onet_soc_code }).from(occupationScores).all().map((r) => r.code));
const rosterLines = readFileSync(path.resolve('tests/fixtures/matching/roster-eval.csv'), 'utf8').trim().split('\n').slice(1);
let right = 0;
let wrongUnflagged = 0;
let flagged = 0;
const rosterMiss: string[] = [];
for (const line of rosterLines) {
  const [title, , , want] = line.split(',');
  const m = full.match(title, { limit: 3, prefix: false, allow: (c) => scored.has(c) });
  const got = m.results[0]?.onet_soc_code.slice(0, 7) ?? 'NONE';
  if (m.needs_review) flagged++;
  if (got === want) right++;
  else {
    if (!m.needs_review && got !== 'NONE') wrongUnflagged++;
    rosterMiss.push(`"${title}" want ${want} got ${got} ${m.results[0]?.matched_title ?? ''} (conf ${m.confidence}${m.needs_review ? ', review' : ', NOT flagged'})`);
  }
}
console.log(`\nroster (${rosterLines.length} rows): right ${right}/${rosterLines.length} = ${pct(right / rosterLines.length)}; flagged for review ${flagged}; wrong and not flagged ${wrongUnflagged}`);
for (const m of rosterMiss) console.log(`    ${m}`);

const NONSENSE = ['zzzz', 'xqzv blorp', 'asdfgh', 'qwerty uiop', 'lorem ipsum', 'blah blah', 'xyzzy', 'kjhgf dsa', 'aaaa bbbb', 'fnord'];
const nonsenseHits = NONSENSE.filter((q) => full.match(q).results.length > 0);
console.log(`nonsense: ${NONSENSE.length - nonsenseHits.length}/${NONSENSE.length} give no result${nonsenseHits.length ? ` (results for: ${nonsenseHits.join(', ')})` : ''}`);

// Reliability of the stated confidence, on the held-out cases (clean + messy).
const heldOut = [...outcomes.get('clean, held out of the index (20%)')!, ...outcomes.get('messy rewrites, held out')!];
console.log('\nreliability (held-out clean + messy): stated confidence vs share right\n| confidence | titles | mean stated | right |\n| --- | --- | --- | --- |');
for (const r of reliability(heldOut)) console.log(`| ${r.from.toFixed(2)}–${r.to.toFixed(2)} | ${r.n} | ${pct(r.stated)} | ${r.n ? pct(r.right) : '-'} |`);
const published = [...outcomes.get('clean, as published (in the index)')!, ...outcomes.get('messy rewrites, as published')!];
console.log('\nreliability (as published, clean + messy)\n| confidence | titles | mean stated | right |\n| --- | --- | --- | --- |');
for (const r of reliability(published)) console.log(`| ${r.from.toFixed(2)}–${r.to.toFixed(2)} | ${r.n} | ${pct(r.stated)} | ${r.n ? pct(r.right) : '-'} |`);
const review = heldOut.filter((o) => o.m.results.length > 0);
const flaggedRight = review.filter((o) => !o.m.needs_review);
console.log(`held out, not flagged: ${flaggedRight.length} of ${review.length}, of which right ${pct(flaggedRight.filter((o) => o.top1).length / (flaggedRight.length || 1))}`);

if (process.argv.includes('--fit')) {
  // Fitted on the held-out cases only: titles the index has not seen are what the confidence must be honest about
  // (on titles in the index, a title shared by two occupations counts right for either, which flatters ties).
  const all = heldOut.filter((o) => o.m.features);
  const X = all.map((o) => {
    const f = o.m.features!;
    return [1, f.top, Math.min(0.5, f.margin), f.fuzzy, f.unknown, f.doc];
  });
  const y = all.map((o) => (o.top1 ? 1 : 0));
  const w = [0, 0, 0, 0, 0, 0];
  for (let it = 0; it < 3000; it++) {
    const g = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < X.length; i++) {
      const z = X[i].reduce((s, x, j) => s + x * w[j], 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let j = 0; j < 6; j++) g[j] += (p - y[i]) * X[i][j];
    }
    for (let j = 0; j < 6; j++) w[j] -= (2 * g[j]) / X.length + 1e-4 * w[j];
  }
  const file = path.resolve('data/title-match-calibration.json');
  const cal = JSON.parse(readFileSync(file, 'utf8'));
  cal.coef = { intercept: +w[0].toFixed(3), top: +w[1].toFixed(3), margin: +w[2].toFixed(3), fuzzy: +w[3].toFixed(3), unknown: +w[4].toFixed(3), doc: +w[5].toFixed(3) };
  writeFileSync(file, `${JSON.stringify(cal, null, 2)}\n`);
  console.log(`\nfitted on ${X.length} cases → ${JSON.stringify(cal.coef)} (written to data/title-match-calibration.json)`);
}
db.$client.close();
