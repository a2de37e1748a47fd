/**
 * Observed use (Anthropic Economic Index) on the full data: the match reaches 95% of the usage mass,
 * occupation figures agree with a recomputation straight from the CSV files (its own parser and its own
 * simpler matching), and a build without the AEI folder gives byte-identical task and occupation scores.
 */
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataContext } from '@/lib/data';
import { exportLevel } from '@/lib/queries/export-levels';
import { getNationalObserved, getObservedGaps, getObservedList, getObservedUse } from '@/lib/queries/observed';
import { cli, fullDb } from './helpers';

const AEI = path.join(process.env.REFERENCE_DIR!, 'anthropic_economic_index');
const RELEASES = { '2025-02-10': 'release_2025_02_10/onet_task_mappings.csv', '2025-03-27': 'release_2025_03_27/task_pct_v2.csv' } as const;
const SPLIT = 'release_2025_03_27/automation_vs_augmentation_by_task.csv';

/** A minimal CSV reader (quoted fields, doubled quotes, LF or CRLF), independent of lib/ingest. */
function csv(file: string): Array<Record<string, string>> {
  const text = fs.readFileSync(file, 'utf8');
  const records: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      records.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) records.push([...row, field]);
  const [header, ...rest] = records;
  return rest.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]])));
}

function ranks(x: number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j][0] === order[i][0]) j++;
    for (let k = i; k < j; k++) r[order[k][1]] = (i + j - 1) / 2;
    i = j;
  }
  return r;
}

function spearmanRho(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const m = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = m(ra);
  const mb = m(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

const key = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9]+/g, ' ').trim();

describe('observed use on the full data', () => {
  let sqlite: Database.Database;
  beforeAll(() => {
    sqlite = fullDb();
  });
  afterAll(() => sqlite?.close());

  it('matches at least 95% of each release’s usage mass outside the "none" row, counting that row apart', () => {
    const rel = sqlite.prepare('SELECT * FROM observed_releases ORDER BY release').all() as Array<Record<string, number | string>>;
    expect(rel.map((r) => r.release)).toEqual(Object.keys(RELEASES));
    for (const r of rel) {
      const rows = csv(path.join(AEI, RELEASES[r.release as keyof typeof RELEASES]));
      const none = rows.filter((x) => x.task_name === 'none').reduce((s, x) => s + Number(x.pct), 0);
      expect(r.none_pct).toBeCloseTo(none, 9);
      expect(r.index_tasks).toBe(rows.length);
      expect(Number(r.matched_text) + Number(r.matched_task_id) + Number(r.matched_near_text) + Number(r.unmatched) + 1).toBe(rows.length);
      expect(r.matched_share_excl_none).toBeGreaterThanOrEqual(0.95);
      // The matched mass is what the task table holds.
      const held = (sqlite.prepare('SELECT sum(share_pct) s FROM observed_task_use WHERE release = ?').get(r.release) as { s: number }).s;
      expect(held).toBeCloseTo(Number(r.matched_pct), 6);
      const unmatched = sqlite.prepare("SELECT count(*) n, sum(pct) p FROM observed_index_tasks WHERE release = ? AND match = 'unmatched'").get(r.release) as { n: number; p: number };
      expect(unmatched.n).toBe(r.unmatched);
      expect(unmatched.p).toBeCloseTo(100 - none - Number(r.matched_pct), 6);
    }
    // Setup lists every unmatched task, largest first, beside the database.
    const listed = fs.readFileSync(path.join(path.dirname(process.env.ATLAS_DB!), 'observed-unmatched.tsv'), 'utf8').trim().split('\n');
    expect(listed[0]).toBe('release\tpct\ttask_name');
    expect(listed.length - 1).toBe(rel.reduce((a, r) => a + Number(r.unmatched), 0));
  });

  it('agrees with occupation use recomputed straight from the files (Spearman ≥ 0.95)', () => {
    // Our own reading of O*NET: statements, types and occupations, exact text matches only.
    const onet = fs.readFileSync(path.join(process.env.ONET_DIR!, 'Task Statements.txt'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split('\t'));
    const byText = new Map<string, Array<{ id: number; code: string }>>();
    const tasksOf = new Map<string, Array<{ id: number; w: number }>>();
    const W = { Core: 1, Supplemental: 0.5, 'n/a': 0.75 } as Record<string, number>;
    for (const [code, id, statement, type] of onet) {
      const k = key(statement);
      byText.set(k, [...(byText.get(k) ?? []), { id: Number(id), code }]);
      tasksOf.set(code, [...(tasksOf.get(code) ?? []), { id: Number(id), w: W[type] }]);
    }
    const beta = new Map((sqlite.prepare('SELECT task_id, beta FROM task_scores').all() as Array<{ task_id: number; beta: number }>).map((r) => [r.task_id, r.beta]));
    const split = new Map(csv(path.join(AEI, SPLIT)).map((r) => [r.task_name, r]));
    for (const [release, file] of Object.entries(RELEASES)) {
      const share = new Map<number, number>();
      const mult = new Map<number, number>();
      for (const r of csv(path.join(AEI, file))) {
        const hits = byText.get(key(r.task_name));
        if (!hits) continue;
        const s = split.get(r.task_name);
        const auto = s ? Number(s.directive) + Number(s.feedback_loop) : 0;
        const aug = s ? Number(s.task_iteration) + Number(s.validation) + Number(s.learning) : 0;
        for (const h of hits) {
          share.set(h.id, (share.get(h.id) ?? 0) + Number(r.pct) / hits.length);
          mult.set(h.id, auto + aug > 0 ? (auto + 0.5 * aug) / (auto + aug) : 0.5);
        }
      }
      const ours = new Map<string, { share: number; oe: number }>();
      for (const [code, ts] of tasksOf) {
        const sw = ts.reduce((a, t) => a + t.w, 0);
        const sh = ts.reduce((a, t) => a + (share.get(t.id) ?? 0), 0);
        const oe = ts.reduce((a, t) => a + (share.has(t.id) ? t.w * beta.get(t.id)! * mult.get(t.id)! : 0), 0) / sw;
        ours.set(code, { share: sh, oe });
      }
      const db = sqlite.prepare('SELECT onet_soc_code, share_pct, observed_exposure FROM observed_occupation_use WHERE release = ?').all(release) as Array<{ onet_soc_code: string; share_pct: number; observed_exposure: number | null }>;
      expect(db.length).toBe(tasksOf.size);
      const used = db.filter((d) => d.share_pct > 0 || ours.get(d.onet_soc_code)!.share > 0);
      const rhoShare = spearmanRho(used.map((d) => d.share_pct), used.map((d) => ours.get(d.onet_soc_code)!.share));
      console.log(`observed use ${release}: Spearman ${rhoShare.toFixed(3)} (share of conversations, n=${used.length})`);
      expect(rhoShare).toBeGreaterThanOrEqual(0.95);
      if (release === '2025-03-27') {
        const rhoOe = spearmanRho(used.map((d) => d.observed_exposure!), used.map((d) => ours.get(d.onet_soc_code)!.oe));
        console.log(`observed use ${release}: Spearman ${rhoOe.toFixed(3)} (observed exposure, n=${used.length})`);
        expect(rhoOe).toBeGreaterThanOrEqual(0.95);
      } else expect(db.every((d) => d.observed_exposure === null)).toBe(true);
    }
  });

  it('keeps observed exposure at or below beta for every occupation', () => {
    const over = sqlite.prepare("SELECT count(*) n FROM observed_occupation_use u JOIN occupation_scores s USING (onet_soc_code) WHERE u.release = '2025-03-27' AND u.observed_exposure > s.beta + 1e-12").get() as { n: number };
    expect(over.n).toBe(0);
  });
});

describe('observed use is never an input to the exposure scores', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-observed-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('builds without the AEI folder: byte-identical task and occupation scores, the view left out with a note', () => {
    const ref = path.join(tmp, 'reference');
    fs.mkdirSync(ref);
    const src = process.env.REFERENCE_DIR!;
    // Real folders, files linked (the build's fingerprint walks folders and reads files).
    const link = (from: string, to: string) => {
      for (const e of fs.readdirSync(from, { withFileTypes: true })) {
        if (e.isDirectory()) {
          fs.mkdirSync(path.join(to, e.name));
          link(path.join(from, e.name), path.join(to, e.name));
        } else fs.symlinkSync(path.join(from, e.name), path.join(to, e.name));
      }
    };
    for (const f of fs.readdirSync(src, { withFileTypes: true })) {
      if (f.name === 'anthropic_economic_index') continue;
      if (f.isDirectory()) {
        fs.mkdirSync(path.join(ref, f.name));
        link(path.join(src, f.name), path.join(ref, f.name));
      } else fs.symlinkSync(path.join(src, f.name), path.join(ref, f.name));
    }
    const file = path.join(tmp, 'atlas.db');
    const r = cli('setup', ['--db', file], { REFERENCE_DIR: ref });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/observed use: left out \(no anthropic_economic_index folder in .*\)/);
    const without = new Database(file, { readonly: true });
    const withAei = fullDb();
    try {
      for (const [table, order] of [
        ['task_scores', 'task_id'],
        ['occupation_scores', 'onet_soc_code'],
      ]) {
        // Every column, blobs (profiles) as bytes and numbers as the stored doubles.
        const dump = (db: Database.Database) => {
          const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw().all() as unknown[][];
          const h = crypto.createHash('sha256');
          for (const row of rows) for (const v of row) h.update(Buffer.isBuffer(v) ? v : Buffer.from(`${typeof v}:${String(v)}\u0000`));
          return { n: rows.length, sha256: h.digest('hex') };
        };
        const a = dump(without);
        expect(a.n).toBeGreaterThan(900);
        expect(a, table).toEqual(dump(withAei));
      }
      expect((without.prepare('SELECT count(*) n FROM observed_releases').get() as { n: number }).n).toBe(0);
      // What pages and the API read: the view left out, not an error.
      const data = DataContext.open(file);
      try {
        expect(getNationalObserved(data)).toBeNull();
        expect(getObservedUse('15-1252.00', data)).toBeNull();
        expect(getObservedGaps('15-1252.00', data)).toBeNull();
        expect(getObservedList(data)).toEqual([]);
        expect(exportLevel(data.db, 'occupation').rows.find((o) => o.onet_soc_code === '15-1252.00')).toMatchObject({ observed_use_pct: null, observed_exposure: null });
      } finally {
        data.close();
      }
      expect((withAei.prepare('SELECT count(*) n FROM observed_releases').get() as { n: number }).n).toBe(2);
    } finally {
      without.close();
      withAei.close();
    }
  });
});
