import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from './errors';
import { NOT_SURE, onetCode, socCode, text, withFastPath } from './fields';
import { readRows } from './table';

/** Top-coded wage amounts BLS uses for `#` in each OEWS release (annual, hourly). */
const TOP_CODES: Record<string, { annual: number; hourly: number }> = {
  '2023': { annual: 239_200, hourly: 115 },
  '2024': { annual: 239_200, hourly: 115 },
};

export interface BlsFiles {
  oews: string;
  oewsYear: string;
  projections: string;
  projectionBase: string;
  projectionTarget: string;
  crosswalk: string;
}

/** Finds the official BLS files in a directory, preferring the .tsv conversion of a sheet over its .xlsx workbook. */
export function locateBlsFiles(dir: string): BlsFiles {
  if (!fs.existsSync(dir)) throw new InputError(dir, undefined, 'BLS directory does not exist');
  const names = fs.readdirSync(dir).sort();
  const pick = (re: RegExp, what: string) => {
    const hits = names.filter((n) => re.test(n));
    const best = hits.find((n) => n.endsWith('.tsv')) ?? hits[0];
    if (!best) throw new InputError(path.join(dir, what), undefined, `required BLS file is missing (looked for ${re})`);
    return best;
  };
  const oews = pick(/^national_M(\d{4})_dl\.(xlsx|tsv)$/, 'national_M<year>_dl.xlsx');
  const proj = pick(/^ep_(\d{4})_(\d{2})_occupation(\.xlsx|_table_1_2\.tsv)$/, 'ep_<year>_<yy>_occupation.xlsx');
  const cross = pick(/^nem-onet-to-soc-crosswalk\.(xlsx|tsv)$/, 'nem-onet-to-soc-crosswalk.tsv');
  const pm = /^ep_(\d{4})_(\d{2})/.exec(proj)!;
  return {
    oews: path.join(dir, oews),
    oewsYear: /M(\d{4})/.exec(oews)![1],
    projections: path.join(dir, proj),
    projectionBase: pm[1],
    projectionTarget: `${pm[1].slice(0, 2)}${pm[2]}`,
    crosswalk: path.join(dir, cross),
  };
}

export interface StateFile {
  file: string;
  year: string;
}

/** The optional OEWS state file in a BLS directory (its .tsv conversion preferred, like the others), or null. */
export function locateStateFile(dir: string): StateFile | null {
  if (!fs.existsSync(dir)) return null;
  const hits = fs.readdirSync(dir).filter((n) => /^state_M\d{4}_dl\.(xlsx|tsv)$/.test(n)).sort();
  const best = hits.find((n) => n.endsWith('.tsv')) ?? hits[0];
  return best ? { file: path.join(dir, best), year: /M(\d{4})/.exec(best)![1] } : null;
}

/** The sheet each workbook's table is on (undefined: the first) and the name of its TSV conversion. */
function tsvNameOf(xlsx: string): { sheet?: string; tsv: string } {
  const base = path.basename(xlsx);
  if (/^ep_\d{4}_\d{2}_occupation\.xlsx$/.test(base)) return { sheet: 'Table 1.2', tsv: base.replace(/\.xlsx$/, '_table_1_2.tsv') };
  return { tsv: base.replace(/\.xlsx$/, '.tsv') };
}

/**
 * A directory where every BLS table is a TSV: `dir` itself when it has them all; otherwise
 * `<cacheDir>/bls-tables`, with each workbook's sheet converted (read-excel-file) and the TSVs of
 * `dir` linked. A conversion newer than its workbook is reused. Returns the directory to ingest.
 */
export async function blsTablesDir(dir: string, cacheDir: string, onConvert?: (xlsx: string, tsv: string) => void): Promise<string> {
  const found = locateBlsFiles(dir);
  const state = locateStateFile(dir);
  const files = [found.oews, found.projections, found.crosswalk, ...(state ? [state.file] : [])];
  if (files.every((f) => f.endsWith('.tsv'))) return dir;
  const out = path.join(cacheDir, 'bls-tables');
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (f.endsWith('.tsv') && !files.some((x) => path.basename(x) === f || tsvNameOf(x).tsv === f)) fs.rmSync(path.join(out, f), { force: true });
  for (const f of files) {
    if (f.endsWith('.tsv')) {
      const link = path.join(out, path.basename(f));
      fs.rmSync(link, { force: true });
      fs.symlinkSync(path.resolve(f), link);
      continue;
    }
    const { sheet, tsv } = tsvNameOf(f);
    const target = path.join(out, tsv);
    const fresh = fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(f).mtimeMs;
    if (fresh) continue;
    // Loaded only when a workbook is read: a directory of TSVs never loads the .xlsx reader.
    const { workbookToTsv } = await import('./workbook');
    await workbookToTsv(f, target, sheet);
    onConvert?.(f, target);
  }
  return out;
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

export const blsNumber = (markers: Record<string, null | 'top'>) => {
  const numericMarker = Object.keys(markers).some((m) => PLAIN_NUMBER.test(m));
  return withFastPath(
    z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v in markers) return markers[v];
        // EP writes top-coded wages as ">=$239,200": keep the bound.
        const n = Number(v.replace(/^>=/, '').replace(/[$,]/g, ''));
        if (v === '' || !Number.isFinite(n)) {
          ctx.addIssue({ code: 'custom', message: `expected a number or one of ${Object.keys(markers).map((m) => JSON.stringify(m)).join(', ')}` });
          return z.NEVER;
        }
        return n;
      }),
    // A plain decimal (when no marker is one) is the number it spells.
    (s) => (!numericMarker && PLAIN_NUMBER.test(s) ? Number(s) : NOT_SURE),
  );
};

const O_GROUPS = ['total', 'major', 'minor', 'broad', 'detailed'] as const;

export function readOews(file: string, year: string) {
  const t = readRows(
    file,
    z.object({
      AREA: z.literal('99', { error: 'expected national estimates (AREA 99)' }),
      NAICS: z.literal('000000', { error: 'expected cross-industry estimates (NAICS 000000)' }),
      OCC_CODE: z.string().trim().regex(/^\d{2}-\d{4}$/, 'expected an OEWS occupation code like 15-1252'),
      OCC_TITLE: text,
      O_GROUP: z.enum(O_GROUPS, { error: `expected one of ${O_GROUPS.join(', ')}` }),
      TOT_EMP: blsNumber({ '**': null, '*': null }),
      A_MEAN: blsNumber({ '*': null, '#': 'top', '': null }),
      A_MEDIAN: blsNumber({ '*': null, '#': 'top', '': null }),
      H_MEDIAN: blsNumber({ '*': null, '#': 'top', '': null }),
    }),
    { alsoRequire: ['OWN_CODE'] },
  );
  const rows = t.rows;
  const top = TOP_CODES[year];
  const seen = new Set<string>();
  return rows.map((r) => {
    const key = `${r.OCC_CODE}|${r.O_GROUP}`;
    if (seen.has(key)) throw new InputError(t.file, r.line, `duplicate row for ${r.OCC_CODE} (${r.O_GROUP})`);
    seen.add(key);
    const emp = r.TOT_EMP;
    if (emp === 'top') throw new InputError(t.file, r.line, 'column "TOT_EMP": "#" is a wage marker, not an employment value');
    const wage = (v: number | null | 'top', kind: 'annual' | 'hourly') => (v === 'top' ? (top ? top[kind] : null) : v);
    return {
      occ_code: r.OCC_CODE,
      title: r.OCC_TITLE,
      o_group: r.O_GROUP,
      employment: emp,
      mean_annual_wage: wage(r.A_MEAN, 'annual'),
      median_annual_wage: wage(r.A_MEDIAN, 'annual'),
      median_hourly_wage: wage(r.H_MEDIAN, 'hourly'),
      median_top_coded: r.A_MEDIAN === 'top',
    };
  });
}

/** Employment Projections Table 1.2 (employment and openings in thousands in the file; stored in persons). */
export function readProjections(file: string, base: string, target: string) {
  const span = `${base}–${target.slice(2)}`;
  const cols = {
    title: `${base} National Employment Matrix title`,
    code: `${base} National Employment Matrix code`,
    type: 'Occupation type',
    empBase: `Employment, ${base}`,
    empTarget: `Employment, ${target}`,
    changeNum: `Employment change, numeric, ${span}`,
    changePct: `Employment change, percent, ${span}`,
    openings: `Occupational openings, ${span} annual average`,
    wage: `Median annual wage, dollars, ${base}[1]`,
    edu: 'Typical education needed for entry',
    exp: 'Work experience in a related occupation',
    training: 'Typical on-the-job training needed to attain competency in the occupation',
  };
  const dash = { '—': null, '': null, '-': null };
  const optText = z
    .string()
    .trim()
    .transform((v) => (v === '—' || v === '' ? null : v));
  const t = readRows(
    file,
    z.object({
      [cols.title]: text,
      [cols.code]: socCode,
      [cols.type]: z.enum(['Summary', 'Line item'], { error: 'expected Summary or Line item' }),
      [cols.empBase]: blsNumber(dash),
      [cols.empTarget]: blsNumber(dash),
      [cols.changeNum]: blsNumber(dash),
      [cols.changePct]: blsNumber(dash),
      [cols.openings]: blsNumber(dash),
      [cols.wage]: blsNumber({ ...dash, '#': 'top' }),
      [cols.edu]: optText,
      [cols.exp]: optText,
      [cols.training]: optText,
    }),
    { headerStartsWith: cols.title, footerStartsWith: /^Footnotes:/ },
  );
  const rows = t.rows;
  const k = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) : null);
  const seen = new Set<string>();
  return rows.map((r) => {
    const code = r[cols.code] as string;
    if (seen.has(code)) throw new InputError(t.file, r.line, `duplicate National Employment Matrix code ${code}`);
    seen.add(code);
    const wage = r[cols.wage];
    return {
      nem_code: code,
      title: (r[cols.title] as string).trim(),
      occupation_type: r[cols.type] as string,
      employment_base: k(r[cols.empBase]),
      employment_projected: k(r[cols.empTarget]),
      change_numeric: k(r[cols.changeNum]),
      change_percent: (r[cols.changePct] as number | null) ?? null,
      openings_annual: k(r[cols.openings]),
      median_annual_wage: typeof wage === 'number' ? wage : null,
      typical_education: r[cols.edu] as string | null,
      work_experience: r[cols.exp] as string | null,
      training: r[cols.training] as string | null,
    };
  });
}

export function readCrosswalk(file: string, codes: Set<string>) {
  const { rows } = readRows(file, z.object({ 'O*NET-SOC Code': onetCode, 'NEM Code': socCode, 'National Employment Matrix Occupational Title': text }), { headerStartsWith: 'Sort Order' });
  const out = new Map<string, { nem_code: string; nem_title: string }>();
  for (const r of rows) {
    // The crosswalk predates O*NET 30.1 in places; codes O*NET no longer has are simply not used.
    if (!codes.has(r['O*NET-SOC Code'])) continue;
    out.set(r['O*NET-SOC Code'], { nem_code: r['NEM Code'], nem_title: r['National Employment Matrix Occupational Title'] });
  }
  return out;
}
