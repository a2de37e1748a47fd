/** The job-description scorer's occupation suggestions use the one job-title matcher for the title line. */
import { describe, expect, test } from 'vitest';
import { POST } from '@/app/api/v1/score/route';

const score = async (text: string) => {
  const res = await POST(new Request('http://localhost/api/v1/score', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }));
  expect(res.status).toBe(200);
  return (await res.json()) as { occupations: Array<{ onet_soc_code: string; title: string; matched_title: string | null; score: number }> };
};

describe('job-description suggestions', () => {
  test('a title line written the HR way puts its occupation first, named by the title', async () => {
    const body = await score('CSR - Bilingual\nAnswer customer calls about billing and orders.\nResolve complaints and update account records.');
    expect(body.occupations[0]).toMatchObject({ onet_soc_code: '43-4051.00', matched_title: 'CSR - Bilingual' });
    expect(new Set(body.occupations.map((o) => o.onet_soc_code)).size).toBe(body.occupations.length);
  });

  test('without a title line the suggestions come from the tasks alone', async () => {
    const body = await score('Answer customer calls about billing and orders. Resolve complaints and update account records.');
    expect(body.occupations.length).toBeGreaterThan(0);
    expect(body.occupations.every((o) => o.matched_title === null)).toBe(true);
  });

  test('a nonsense first line adds nothing', async () => {
    const body = await score('xqzv blorp\nAnswer customer calls about billing and orders.');
    expect(body.occupations.every((o) => o.matched_title === null)).toBe(true);
  });
});
