/** loadRubric: the project's data/rubric.json loads; malformed rubrics are rejected with file and path. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, test } from 'vitest';
import { loadRubric, RUBRIC_PATH, type Rubric } from '../../../lib/score/rubric';
import { cleanTemp, errorOf, tempDir } from '../ingest/helpers';

afterEach(cleanTemp);

const group = (id: string, kind: 'E1' | 'E2' | 'sheltered') => ({ id, name: id, kind, description: `${id} work`, exemplars: [`Do ${id} work.`, `Plan ${id} work.`] });
const valid = (): Rubric => ({ version: 't1', description: 'test rubric', groups: [group('writing', 'E1'), group('data_analysis', 'E2'), group('physical', 'sheltered')] });

function write(content: unknown, name = 'rubric.json'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadRubric', () => {
  it('loads the project rubric (data/rubric.json) with every kind and unique ids', () => {
    const r = loadRubric();
    expect(RUBRIC_PATH).toBe(path.resolve('data/rubric.json'));
    expect(r.groups.length).toBeGreaterThanOrEqual(3);
    expect(new Set(r.groups.map((g) => g.kind))).toEqual(new Set(['E1', 'E2', 'sheltered']));
    expect(new Set(r.groups.map((g) => g.id)).size).toBe(r.groups.length);
    for (const g of r.groups) expect(g.exemplars.length).toBeGreaterThanOrEqual(2);
  });

  it('loads a minimal valid rubric as written', () => {
    expect(loadRubric(write(valid()))).toEqual(valid());
  });

  test.each<[string, (r: Rubric) => unknown, string]>([
    ['a duplicate id', (r) => ({ ...r, groups: [...r.groups, group('writing', 'E1')] }), 'rubric.json: groups.3.id: duplicate group id writing'],
    ['no E2 group', (r) => ({ ...r, groups: [r.groups[0], group('editing', 'E1'), r.groups[2]] }), 'rubric.json: groups: the rubric needs at least one E2 group'],
    ['no sheltered group', (r) => ({ ...r, groups: [r.groups[0], r.groups[1], group('coding', 'E1')] }), 'rubric.json: groups: the rubric needs at least one sheltered group'],
    ['an unknown kind', (r) => ({ ...r, groups: [r.groups[0], r.groups[1], { ...r.groups[2], kind: 'E3' }] }), 'rubric.json: groups.2.kind: '],
    ['an id that is not lower_snake_case', (r) => ({ ...r, groups: [{ ...r.groups[0], id: 'Writing' }, ...r.groups.slice(1)] }), 'rubric.json: groups.0.id: group ids are lower_snake_case'],
    ['one exemplar', (r) => ({ ...r, groups: [{ ...r.groups[0], exemplars: ['Write.'] }, ...r.groups.slice(1)] }), 'rubric.json: groups.0.exemplars: each group needs at least two exemplars'],
    ['fewer than three groups', (r) => ({ ...r, groups: r.groups.slice(0, 2) }), 'rubric.json: groups: '],
    ['no version', ({ version: _v, ...r }) => r, 'rubric.json: version: '],
  ])('rejects %s', (_what, edit, message) => {
    const e = errorOf(() => loadRubric(write(edit(valid()))));
    // Messages from zod's own checks (enum, min length) are only pinned down to the path.
    if (message.endsWith(': ')) expect(e.message.startsWith(message), e.message).toBe(true);
    else expect(e.message).toBe(message);
  });

  it('names the file when it is not JSON', () => {
    expect(() => loadRubric(write('{ "version": ', 'broken.json'))).toThrow(/^broken\.json: not valid JSON \(/);
  });

  it('names the file when it does not exist', () => {
    expect(() => loadRubric(path.join(tempDir(), 'missing.json'))).toThrow(/^missing\.json: rubric file not found at /);
  });
});
