import { describe, expect, test } from 'vitest';
import { scenarioBody } from '@/lib/api/scenario-body';

const schema = scenarioBody([
  { id: 'writing', name: 'Writing', kind: 'E1' },
  { id: 'research', name: 'Research', kind: 'E2' },
]);
const parse = (json: string) => schema.safeParse(JSON.parse(json));
const firstIssue = (json: string) => {
  const r = parse(json);
  if (r.success) throw new Error(`expected ${json} to be rejected`);
  const i = r.error.issues[0];
  return `${i.path.join('.')}: ${i.message}`;
};

describe('scenario request body', () => {
  test('fills defaults: levels {}, adoption 1, tools on, 15 movers', () => {
    expect(parse('{}')).toMatchObject({ success: true, data: { levels: {}, adoption: 1, tools: true, movers: 15 } });
  });

  test.each([
    ['{"levels": {"writing": 2}}', 'levels.writing: must be at most 1'],
    ['{"levels": {"writing": -0.1}}', 'levels.writing: must be at least 0'],
    ['{"levels": {"nope": 0.5}}', 'levels.nope: unknown capability group; known groups: writing, research'],
    ['{"levels": {"__proto__": 1}}', 'levels.__proto__: unknown capability group; known groups: writing, research'],
    ['{"levels": {"constructor": 0.5}}', 'levels.constructor: unknown capability group; known groups: writing, research'],
    ['{"adoption": "all"}', 'adoption: must be a number from 0 to 1'],
    ['{"tools": "yes"}', 'tools: must be true or false'],
    ['{"extra": 1}', ': unknown field(s) extra: expected levels, adoption, tools, movers, state'],
  ])('rejects %s', (json, message) => {
    expect(firstIssue(json)).toBe(message);
  });

  test('a __proto__ key never reaches the levels as a prototype', () => {
    const r = parse('{"levels": {"__proto__": {"writing": 1}}}');
    expect(r.success).toBe(false);
  });
});
