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

  const UNKNOWN_GROUP = 'unknown capability group; known groups: writing, research';
  test.each([
    { json: '{"levels": {"writing": 2}}', message: 'levels.writing: must be at most 1' },
    { json: '{"levels": {"writing": -0.1}}', message: 'levels.writing: must be at least 0' },
    { json: '{"levels": {"nope": 0.5}}', message: `levels.nope: ${UNKNOWN_GROUP}` },
    { json: '{"levels": {"__proto__": 1}}', message: `levels.__proto__: ${UNKNOWN_GROUP}` },
    { json: '{"levels": {"constructor": 0.5}}', message: `levels.constructor: ${UNKNOWN_GROUP}` },
    { json: '{"adoption": "all"}', message: 'adoption: must be a number from 0 to 1' },
    { json: '{"tools": "yes"}', message: 'tools: must be true or false' },
    { json: '{"extra": 1}', message: ': unknown field(s) extra: expected preset, levels, adoption, tools, movers, state' },
  ])('rejects $json', ({ json, message }) => {
    expect(firstIssue(json)).toBe(message);
  });

  test('a preset is the starting point; fields beside it override it, level by level', () => {
    const agents = parse('{"preset": "agents"}');
    expect(agents).toMatchObject({ success: true, data: { preset: 'agents', levels: { writing: 0.85, research: 0.95 }, adoption: 1, tools: true } });
    expect(parse('{"preset": "agents", "levels": {"writing": 0.5}, "adoption": 0.3}')).toMatchObject({ success: true, data: { levels: { writing: 0.5, research: 0.95 }, adoption: 0.3 } });
    expect(parse('{"preset": "chat"}')).toMatchObject({ success: true, data: { tools: false } });
    expect(firstIssue('{"preset": "warp"}')).toBe('preset: not a preset id; one of today, chat, tools, agents, slow, none');
  });

  test('a __proto__ key never reaches the levels as a prototype', () => {
    const r = parse('{"levels": {"__proto__": {"writing": 1}}}');
    expect(r.success).toBe(false);
  });
});
