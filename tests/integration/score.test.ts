/** POST /api/v1/score against the full database and the built embedding model. */
import { describe, expect, test } from 'vitest';
import { POST } from '@/app/api/v1/score/route';
import type { ScoreResult } from '@/app/score/types';

const post = (body: string | Uint8Array, type: string | null = 'application/json') =>
  POST(new Request('http://localhost/api/v1/score', { method: 'POST', headers: type ? { 'content-type': type } : {}, body: body as BodyInit }));
const score = async (text: string, extra: Record<string, unknown> = {}) => {
  const res = await post(JSON.stringify({ text, ...extra }));
  expect(res.status).toBe(200);
  return (await res.json()) as ScoreResult;
};

const PARALEGAL = `PARALEGAL
Responsibilities:
- Draft and proofread legal documents, contracts and correspondence.
- Conduct legal research using online databases; summarize case law for attorneys.
- Maintain case files and the matter management database.
- Prepare exhibits and trial binders for hearings.`;

const TRUCK_DRIVER = `Truck driver (CDL-A)
- Drive a tractor-trailer over long distances to deliver goods to customers.
- Inspect the truck, brakes, tires and lights before each trip.
- Load and unload cargo and secure it with straps and chains.
- Refuel the truck and check oil and coolant levels.`;

describe('POST /api/v1/score', () => {
  test('a paralegal job description: split tasks, each scored with evidence; more exposed than a truck driver’s', async () => {
    const t = performance.now();
    const p = await score(PARALEGAL);
    const first = performance.now() - t;
    expect(p.tasks.map((x) => x.text)).toEqual([
      'Draft and proofread legal documents, contracts and correspondence.',
      'Conduct legal research using online databases',
      'summarize case law for attorneys.',
      'Maintain case files and the matter management database.',
      'Prepare exhibits and trial binders for hearings.',
    ]);
    for (const task of p.tasks) {
      expect(task.p_e0 + task.p_e1 + task.p_e2).toBeCloseTo(1, 6);
      expect(task.beta).toBeCloseTo(task.p_e1 + 0.5 * task.p_e2, 6);
      expect(task.nearest.length).toBeGreaterThan(0);
      for (const n of task.nearest) {
        expect(n.statement.length).toBeGreaterThan(0);
        expect(n.onet_soc_code).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
        expect(n.similarity).toBeGreaterThan(0);
      }
      expect(task.exemplars.length).toBeGreaterThan(0);
    }
    expect(p.beta).toBeCloseTo(p.tasks.reduce((s, x) => s + x.beta, 0) / p.tasks.length, 10);
    expect(p.alpha <= p.beta && p.beta <= p.gamma).toBe(true);
    // the closest occupations include legal work
    expect(p.occupations.some((o) => /^23-|^43-6012/.test(o.onet_soc_code))).toBe(true);
    expect(p.occupations.every((o) => o.beta === null || (o.beta >= 0 && o.beta <= 1))).toBe(true);

    const t2 = performance.now();
    const d = await score(TRUCK_DRIVER);
    const second = performance.now() - t2;
    expect(d.tasks.length).toBeGreaterThanOrEqual(4);
    expect(p.beta).toBeGreaterThan(d.beta + 0.2);
    console.log(`score: first call (loads model and scorer) ${first.toFixed(0)} ms, next JD ${second.toFixed(0)} ms`);
    expect(second).toBeLessThan(1000);
  });

  test('split: false scores the text as one task (personal mode)', async () => {
    const r = await score('Write code', { split: false });
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0].text).toBe('Write code');
  });

  test('text of unknown words: prior only, flagged', async () => {
    const r = await score('qqzxv jjwqx vvbqz xxqjw', { split: false });
    expect(r.tasks[0].unknown).toBe(true);
    expect(r.unknown_tasks).toBe(1);
    expect(r.tasks[0].nearest).toEqual([]);
  });

  test.each([
    ['empty text', JSON.stringify({ text: '' }), 400, 'text'],
    ['blank text', JSON.stringify({ text: ' \n\t ' }), 400, 'text'],
    ['no task sentence', JSON.stringify({ text: 'Hello there' }), 400, 'text'],
    ['no word at all', JSON.stringify({ text: '!!! ??? ... --- 123 456 $$$' }), 400, 'text'],
    ['no word at all, as one task', JSON.stringify({ text: '?!?! ... 42', split: false }), 400, 'text'],
    ['text missing', JSON.stringify({}), 400, 'text'],
    ['text not a string', JSON.stringify({ text: ['a'] }), 400, 'text'],
    ['split not a boolean', JSON.stringify({ text: 'Write the reports', split: 'no' }), 400, 'split'],
    ['invalid JSON', '{"text": "unterminated', 400, null],
    ['over 20,000 characters', JSON.stringify({ text: 'Write the report. '.repeat(1200) }), 413, 'text'],
    ['a body far over the limit', 'x'.repeat(400_000), 413, null],
  ])('%s', async (_n, body, status, field) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const e = ((await res.json()) as { error: { field: string | null; message: string } }).error;
    expect(e.field).toBe(field);
    expect(e.message.length).toBeGreaterThan(0);
  });

  test('no words: the 400 says why', async () => {
    const e = ((await (await post(JSON.stringify({ text: '- !!!\n- ???\n- ...' }))).json()) as { error: { message: string } }).error;
    expect(e.message).toMatch(/^text: has no words/);
  });

  test('more than 100 tasks: the first 100 are scored and the answer says how many were left out', async () => {
    const text = Array.from({ length: 130 }, (_, i) => `- Prepare the weekly report number ${i} for the manager`).join('\n');
    expect(text.length).toBeLessThan(20_000);
    const r = await score(text);
    expect(r.tasks).toHaveLength(100);
    expect(r.task_count).toBe(100);
    expect(r.tasks_found).toBe(130);
    expect(r.tasks_dropped).toBe(30);
    expect(r.max_tasks).toBe(100);
    const few = await score(PARALEGAL);
    expect([few.tasks_found, few.tasks_dropped]).toEqual([few.task_count, 0]);
  });

  test('not JSON: 415', async () => {
    expect((await post('text=hello', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post(new TextEncoder().encode('{"text":"Write the report"}'), null)).status).toBe(415);
  });

  test('exactly 20,000 characters is accepted, and user text comes back as plain data', async () => {
    const head = `- <script>alert(1)</script> write the quarterly report\n`;
    const text = head + 'a'.repeat(20_000 - head.length);
    expect(text.length).toBe(20_000);
    const r = await score(text);
    expect(r.tasks[0].text).toBe('<script>alert(1)</script> write the quarterly report');
  });
});
