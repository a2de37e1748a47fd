import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from './errors';
import { int, na, nAOrText, num, onetCode, text, yn } from './fields';
import { readRows } from './table';

/** The O*NET text-release files we read; optional ones are used when present. */
export const ONET_FILES = {
  occupations: 'Occupation Data.txt',
  tasks: 'Task Statements.txt',
  taskRatings: 'Task Ratings.txt',
  taskDwas: 'Tasks to DWAs.txt',
  dwas: 'DWA Reference.txt',
  iwas: 'IWA Reference.txt',
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  abilities: 'Abilities.txt',
  workActivities: 'Work Activities.txt',
  workContext: 'Work Context.txt',
  related: 'Related Occupations.txt',
  alternateTitles: 'Alternate Titles.txt',
  reportedTitles: 'Sample of Reported Titles.txt',
  technologySkills: 'Technology Skills.txt',
  jobZones: 'Job Zones.txt',
  jobZoneReference: 'Job Zone Reference.txt',
  education: 'Education, Training, and Experience.txt',
  educationCategories: 'Education, Training, and Experience Categories.txt',
  interests: 'Interests.txt',
  workStyles: 'Work Styles.txt',
  levelAnchors: 'Level Scale Anchors.txt',
  skillsToActivities: 'Skills to Work Activities.txt',
  abilitiesToActivities: 'Abilities to Work Activities.txt',
  readme: 'Read Me.txt',
  contentModel: 'Content Model Reference.txt',
} as const;

export const OPTIONAL_ONET_FILES = new Set<string>([
  ONET_FILES.taskRatings,
  ONET_FILES.abilities,
  ONET_FILES.workActivities,
  ONET_FILES.workContext,
  ONET_FILES.readme,
  ONET_FILES.contentModel,
]);

const TASK_TYPES = ['Core', 'Supplemental'] as const;

export function onetPath(dir: string, file: string): string {
  return path.join(dir, file);
}

function exists(dir: string, file: string): boolean {
  return fs.existsSync(onetPath(dir, file));
}

function requireFile(dir: string, file: string): string {
  const p = onetPath(dir, file);
  if (!fs.existsSync(p)) throw new InputError(file, undefined, `required O*NET file is missing from ${dir}`);
  return p;
}

/** Release name from O*NET's Read Me ("O*NET 30.1 Database"), else "O*NET (unknown release)". */
export function readOnetRelease(dir: string): string {
  if (!exists(dir, ONET_FILES.readme)) return 'O*NET (unknown release)';
  const first = fs.readFileSync(onetPath(dir, ONET_FILES.readme), 'utf8').split(/\r?\n/)[0]?.trim() ?? '';
  const m = /O\*NET\s+([\d.]+)/.exec(first);
  return m ? `O*NET ${m[1]}` : 'O*NET (unknown release)';
}

export function readOccupations(dir: string) {
  const t = readRows(requireFile(dir, ONET_FILES.occupations), z.object({ 'O*NET-SOC Code': onetCode, Title: text, Description: text }));
  const rows = t.rows;
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r['O*NET-SOC Code'])) throw new InputError(t.file, r.line, `duplicate O*NET-SOC code ${r['O*NET-SOC Code']}`);
    seen.add(r['O*NET-SOC Code']);
  }
  if (rows.length === 0) throw new InputError(t.file, undefined, 'no occupations');
  return rows.map((r) => ({ code: r['O*NET-SOC Code'], title: r.Title, description: r.Description }));
}

/** Checks a code column against the known occupations. */
function known(codes: Set<string>, file: string) {
  return (code: string, line: number) => {
    if (!codes.has(code)) throw new InputError(file, line, `column "O*NET-SOC Code": unknown occupation ${code} (not in ${ONET_FILES.occupations})`);
  };
}

export function readTasks(dir: string, codes: Set<string>) {
  const t = readRows(
    requireFile(dir, ONET_FILES.tasks),
    z.object({
      'O*NET-SOC Code': onetCode,
      'Task ID': int,
      Task: text,
      'Task Type': na(z.enum(TASK_TYPES, { error: 'expected Core, Supplemental or n/a' })),
      'Incumbents Responding': na(int),
    }),
  );
  const rows = t.rows;
  const check = known(codes, t.file);
  const ids = new Set<number>();
  return rows.map((r) => {
    check(r['O*NET-SOC Code'], r.line);
    if (ids.has(r['Task ID'])) throw new InputError(t.file, r.line, `duplicate Task ID ${r['Task ID']}`);
    ids.add(r['Task ID']);
    return {
      task_id: r['Task ID'],
      onet_soc_code: r['O*NET-SOC Code'],
      statement: r.Task,
      task_type: (r['Task Type'] ?? 'n/a') as 'Core' | 'Supplemental' | 'n/a',
      incumbents_responding: r['Incumbents Responding'],
    };
  });
}

/** Task importance (Scale IM) from Task Ratings.txt, when the file is present. */
export function readTaskImportance(dir: string, taskIds: Set<number>): Map<number, number> | null {
  if (!exists(dir, ONET_FILES.taskRatings)) return null;
  const t = readRows(onetPath(dir, ONET_FILES.taskRatings), z.object({ 'O*NET-SOC Code': onetCode, 'Task ID': int, 'Scale ID': text, 'Data Value': num }));
  const rows = t.rows;
  const out = new Map<number, number>();
  for (const r of rows) {
    if (r['Scale ID'] !== 'IM') continue;
    if (!taskIds.has(r['Task ID'])) throw new InputError(t.file, r.line, `column "Task ID": unknown task ${r['Task ID']}`);
    if (r['Data Value'] < 1 || r['Data Value'] > 5) throw new InputError(t.file, r.line, `column "Data Value": importance must be within 1–5 (got ${r['Data Value']})`);
    out.set(r['Task ID'], r['Data Value']);
  }
  return out;
}

export function readIwas(dir: string) {
  return readRows(requireFile(dir, ONET_FILES.iwas), z.object({ 'Element ID': text, 'IWA ID': text, 'IWA Title': text })).rows.map((r) => ({
    iwa_id: r['IWA ID'],
    element_id: r['Element ID'],
    title: r['IWA Title'],
  }));
}

export function readDwas(dir: string, iwaIds: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.dwas), z.object({ 'Element ID': text, 'IWA ID': text, 'DWA ID': text, 'DWA Title': text }));
  return t.rows.map((r) => {
    if (!iwaIds.has(r['IWA ID'])) throw new InputError(t.file, r.line, `column "IWA ID": unknown IWA ${r['IWA ID']}`);
    return { dwa_id: r['DWA ID'], iwa_id: r['IWA ID'], element_id: r['Element ID'], title: r['DWA Title'] };
  });
}

export function readTaskDwas(dir: string, taskIds: Set<number>, dwaIds: Set<string>, codes: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.taskDwas), z.object({ 'O*NET-SOC Code': onetCode, 'Task ID': int, 'DWA ID': text }));
  const rows = t.rows;
  const check = known(codes, t.file);
  const seen = new Set<string>();
  const out: Array<{ task_id: number; dwa_id: string; onet_soc_code: string }> = [];
  for (const r of rows) {
    check(r['O*NET-SOC Code'], r.line);
    if (!taskIds.has(r['Task ID'])) throw new InputError(t.file, r.line, `column "Task ID": unknown task ${r['Task ID']} (not in ${ONET_FILES.tasks})`);
    if (!dwaIds.has(r['DWA ID'])) throw new InputError(t.file, r.line, `column "DWA ID": unknown DWA ${r['DWA ID']}`);
    const key = `${r['Task ID']}|${r['DWA ID']}`;
    if (seen.has(key)) continue; // the same link listed twice carries no new information
    seen.add(key);
    out.push({ task_id: r['Task ID'], dwa_id: r['DWA ID'], onet_soc_code: r['O*NET-SOC Code'] });
  }
  return out;
}

import type { ElementDomain } from '../../db/schema';
export type { ElementDomain };

/**
 * Skills, Knowledge, Abilities, Work Activities: IM and LV rows per occupation and element, pivoted.
 * Work Context: the CX (context) rating, stored as the level.
 */
export function readElementRatings(dir: string, file: string, domain: ElementDomain, codes: Set<string>) {
  const t = readRows(
    onetPath(dir, file),
    z.object({
      'O*NET-SOC Code': onetCode,
      'Element ID': text,
      'Element Name': text,
      'Scale ID': text,
      'Data Value': num,
      'Not Relevant': na(yn),
    }),
  );
  const rows = t.rows;
  const check = known(codes, t.file);
  const elements = new Map<string, string>();
  const ratings = new Map<string, { onet_soc_code: string; element_id: string; importance: number | null; level: number | null; not_relevant: boolean }>();
  for (const r of rows) {
    check(r['O*NET-SOC Code'], r.line);
    const scale = r['Scale ID'];
    const wanted = domain === 'work_context' ? scale === 'CX' : scale === 'IM' || scale === 'LV';
    if (!wanted) continue;
    const v = r['Data Value'];
    const max = scale === 'LV' ? 7 : 5;
    const min = scale === 'LV' ? 0 : 1;
    if (v < min || v > max) throw new InputError(t.file, r.line, `column "Data Value": ${scale} must be within ${min}–${max} (got ${v})`);
    elements.set(r['Element ID'], r['Element Name']);
    const key = `${r['O*NET-SOC Code']}|${r['Element ID']}`;
    let rec = ratings.get(key);
    if (!rec) {
      rec = { onet_soc_code: r['O*NET-SOC Code'], element_id: r['Element ID'], importance: null, level: null, not_relevant: false };
      ratings.set(key, rec);
    }
    if (scale === 'IM') rec.importance = v;
    else {
      rec.level = v;
      if (r['Not Relevant'] === true) rec.not_relevant = true;
    }
  }
  return {
    elements: [...elements].map(([element_id, name]) => ({ element_id, name, domain })),
    ratings: [...ratings.values()],
    rows: rows.length,
  };
}

export function readRelated(dir: string, codes: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.related), z.object({ 'O*NET-SOC Code': onetCode, 'Related O*NET-SOC Code': onetCode, 'Relatedness Tier': text, Index: int }));
  const rows = t.rows;
  const check = known(codes, t.file);
  return rows.map((r) => {
    check(r['O*NET-SOC Code'], r.line);
    if (!codes.has(r['Related O*NET-SOC Code'])) throw new InputError(t.file, r.line, `column "Related O*NET-SOC Code": unknown occupation ${r['Related O*NET-SOC Code']}`);
    return { onet_soc_code: r['O*NET-SOC Code'], related_code: r['Related O*NET-SOC Code'], tier: r['Relatedness Tier'], rank: r.Index };
  });
}

export function readTitles(dir: string, codes: Set<string>) {
  const a = readRows(requireFile(dir, ONET_FILES.alternateTitles), z.object({ 'O*NET-SOC Code': onetCode, 'Alternate Title': text, 'Short Title': nAOrText }));
  const alt = a.rows;
  const checkA = known(codes, a.file);
  const r = readRows(requireFile(dir, ONET_FILES.reportedTitles), z.object({ 'O*NET-SOC Code': onetCode, 'Reported Job Title': text, 'Shown in My Next Move': yn }));
  const rep = r.rows;
  const checkR = known(codes, r.file);
  return {
    alternate: alt.length,
    reported: rep.length,
    titles: [
      ...alt.map((x) => {
        checkA(x['O*NET-SOC Code'], x.line);
        return { onet_soc_code: x['O*NET-SOC Code'], title: x['Alternate Title'], short_title: x['Short Title'], kind: 'alternate' as const, shown_in_my_next_move: null };
      }),
      ...rep.map((x) => {
        checkR(x['O*NET-SOC Code'], x.line);
        return { onet_soc_code: x['O*NET-SOC Code'], title: x['Reported Job Title'], short_title: null, kind: 'reported' as const, shown_in_my_next_move: x['Shown in My Next Move'] };
      }),
    ],
  };
}

export function readTechnologySkills(dir: string, codes: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.technologySkills), z.object({ 'O*NET-SOC Code': onetCode, Example: text, 'Commodity Code': int, 'Commodity Title': text, 'Hot Technology': yn, 'In Demand': yn }));
  const rows = t.rows;
  const check = known(codes, t.file);
  return rows.map((r) => {
    check(r['O*NET-SOC Code'], r.line);
    return { onet_soc_code: r['O*NET-SOC Code'], example: r.Example, commodity_code: r['Commodity Code'], commodity_title: r['Commodity Title'], hot: r['Hot Technology'], in_demand: r['In Demand'] };
  });
}

export function readJobZones(dir: string, codes: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.jobZones), z.object({ 'O*NET-SOC Code': onetCode, 'Job Zone': int.pipe(z.number().min(1, 'job zone must be 1–5').max(5, 'job zone must be 1–5')) }));
  const rows = t.rows;
  const check = known(codes, t.file);
  const out = new Map<string, number>();
  for (const r of rows) {
    check(r['O*NET-SOC Code'], r.line);
    out.set(r['O*NET-SOC Code'], r['Job Zone']);
  }
  return out;
}

export function readJobZoneReference(dir: string) {
  return readRows(requireFile(dir, ONET_FILES.jobZoneReference), z.object({ 'Job Zone': int, Name: text, Experience: text, Education: text })).rows.map((r) => ({
    job_zone: r['Job Zone'],
    name: r.Name,
    experience: r.Experience,
    education: r.Education,
  }));
}

/** "Required Level of Education" (element 2.D.1, scale RL): share of respondents per category. */
export function readEducation(dir: string, codes: Set<string>) {
  const cats = readRows(requireFile(dir, ONET_FILES.educationCategories), z.object({ 'Element ID': text, 'Scale ID': text, Category: int, 'Category Description': text }))
    .rows    .filter((r) => r['Element ID'] === '2.D.1' && r['Scale ID'] === 'RL')
    .map((r) => ({ category: r.Category, description: r['Category Description'] }));
  const t = readRows(requireFile(dir, ONET_FILES.education), z.object({ 'O*NET-SOC Code': onetCode, 'Element ID': text, 'Scale ID': text, Category: na(int), 'Data Value': num }));
  const rows = t.rows;
  const check = known(codes, t.file);
  const catIds = new Set(cats.map((x) => x.category));
  const levels: Array<{ onet_soc_code: string; category: number; share: number }> = [];
  for (const r of rows) {
    if (r['Element ID'] !== '2.D.1' || r['Scale ID'] !== 'RL') continue;
    check(r['O*NET-SOC Code'], r.line);
    if (r.Category === null || !catIds.has(r.Category)) throw new InputError(t.file, r.line, `column "Category": unknown education category ${r.Category}`);
    if (r['Data Value'] < 0 || r['Data Value'] > 100) throw new InputError(t.file, r.line, `column "Data Value": a percentage must be within 0–100 (got ${r['Data Value']})`);
    levels.push({ onet_soc_code: r['O*NET-SOC Code'], category: r.Category, share: r['Data Value'] / 100 });
  }
  return { categories: cats, levels };
}

/** Element descriptions from the Content Model Reference (optional file). */
export function readContentModel(dir: string): Map<string, string> | null {
  if (!exists(dir, ONET_FILES.contentModel)) return null;
  const { rows } = readRows(onetPath(dir, ONET_FILES.contentModel), z.object({ 'Element ID': text, 'Element Name': text, Description: text }));
  return new Map(rows.map((r) => [r['Element ID'], r.Description]));
}

/** Interests.txt: the six RIASEC occupational interests (scale OI, 1–7); high-point codes (IH) are skipped. */
export function readInterests(dir: string, codes: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.interests), z.object({ 'O*NET-SOC Code': onetCode, 'Element ID': text, 'Element Name': text, 'Scale ID': text, 'Data Value': num }));
  const rows = t.rows;
  const check = known(codes, t.file);
  const out: Array<{ onet_soc_code: string; element_id: string; name: string; value: number }> = [];
  const seen = new Set<string>();
  for (const r of rows) {
    check(r['O*NET-SOC Code'], r.line);
    if (r['Scale ID'] !== 'OI') continue;
    if (r['Data Value'] < 1 || r['Data Value'] > 7) throw new InputError(t.file, r.line, `column "Data Value": OI must be within 1–7 (got ${r['Data Value']})`);
    const key = `${r['O*NET-SOC Code']}|${r['Element ID']}`;
    if (seen.has(key)) throw new InputError(t.file, r.line, `duplicate OI rating of ${r['Element ID']} for ${r['O*NET-SOC Code']}`);
    seen.add(key);
    out.push({ onet_soc_code: r['O*NET-SOC Code'], element_id: r['Element ID'], name: r['Element Name'], value: r['Data Value'] });
  }
  return { interests: out, rows: rows.length };
}

/** Work Styles.txt: impact (WI, −3 to 3) and distinctiveness rank (DR, 0–10), pivoted per occupation and style. */
export function readWorkStyles(dir: string, codes: Set<string>) {
  const t = readRows(requireFile(dir, ONET_FILES.workStyles), z.object({ 'O*NET-SOC Code': onetCode, 'Element ID': text, 'Element Name': text, 'Scale ID': text, 'Data Value': num }));
  const rows = t.rows;
  const check = known(codes, t.file);
  const RANGE: Record<string, [number, number]> = { WI: [-3, 3], DR: [0, 10] };
  const out = new Map<string, { onet_soc_code: string; element_id: string; name: string; impact: number | null; distinctiveness: number | null }>();
  for (const r of rows) {
    check(r['O*NET-SOC Code'], r.line);
    const range = RANGE[r['Scale ID']];
    if (!range) continue;
    const v = r['Data Value'];
    if (v < range[0] || v > range[1]) throw new InputError(t.file, r.line, `column "Data Value": ${r['Scale ID']} must be within ${range[0]}–${range[1]} (got ${v})`);
    const key = `${r['O*NET-SOC Code']}|${r['Element ID']}`;
    const rec = out.get(key) ?? { onet_soc_code: r['O*NET-SOC Code'], element_id: r['Element ID'], name: r['Element Name'], impact: null, distinctiveness: null };
    if (r['Scale ID'] === 'WI') rec.impact = v;
    else rec.distinctiveness = v;
    out.set(key, rec);
  }
  return { styles: [...out.values()], rows: rows.length };
}

/** Level Scale Anchors.txt: example behaviours at levels of the 0–7 scale (LV). */
export function readLevelAnchors(dir: string) {
  const t = readRows(requireFile(dir, ONET_FILES.levelAnchors), z.object({ 'Element ID': text, 'Element Name': text, 'Scale ID': text, 'Anchor Value': num, 'Anchor Description': text }));
  const rows = t.rows;
  const seen = new Set<string>();
  const out: Array<{ element_id: string; name: string; anchor: number; description: string }> = [];
  for (const r of rows) {
    if (r['Scale ID'] !== 'LV') continue;
    if (r['Anchor Value'] < 0 || r['Anchor Value'] > 7) throw new InputError(t.file, r.line, `column "Anchor Value": a level must be within 0–7 (got ${r['Anchor Value']})`);
    const key = `${r['Element ID']}|${r['Anchor Value']}`;
    if (seen.has(key)) throw new InputError(t.file, r.line, `duplicate anchor ${r['Anchor Value']} of ${r['Element ID']}`);
    seen.add(key);
    out.push({ element_id: r['Element ID'], name: r['Element Name'], anchor: r['Anchor Value'], description: r['Anchor Description'] });
  }
  return out;
}

/** Skills/Abilities to Work Activities.txt: which generalized work activities (4.A.*) use an element. */
export function readActivityLinks(dir: string, source: 'skills' | 'abilities') {
  const file = source === 'skills' ? ONET_FILES.skillsToActivities : ONET_FILES.abilitiesToActivities;
  const prefix = source === 'skills' ? 'Skills' : 'Abilities';
  const cols = [`${prefix} Element ID`, `${prefix} Element Name`, 'Work Activities Element ID', 'Work Activities Element Name'] as const;
  const t = readRows(requireFile(dir, file), z.object({ [cols[0]]: text, [cols[1]]: text, [cols[2]]: text, [cols[3]]: text }));
  const rows = t.rows;
  const seen = new Set<string>();
  const out: Array<{ element_id: string; element_name: string; activity_id: string; activity_name: string; source: 'skills' | 'abilities' }> = [];
  for (const r of rows) {
    const act = r['Work Activities Element ID'];
    if (!/^4\.A\.\d/.test(act)) throw new InputError(t.file, r.line, `column "Work Activities Element ID": expected a work activity element like 4.A.2.a.4 (got "${act}")`);
    const key = `${r[cols[0]]}|${act}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ element_id: r[cols[0]], element_name: r[cols[1]], activity_id: act, activity_name: r['Work Activities Element Name'], source });
  }
  return out;
}
