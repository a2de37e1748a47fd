/**
 * The OpenAPI document against the route table and the error taxonomy: every route documented with
 * its methods, every error response named by taxonomy codes whose status it is, and the one error body.
 */
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';
import { API_ROUTES } from '@/lib/api/routes';
import { ERROR_STATUS, type ErrorCode } from '@/lib/http';
import { releaseLabels } from '@/lib/releases';

type Op = { responses: Record<string, { description: string; content?: Record<string, { schema: { properties?: Record<string, { required?: string[] }> } }> }> };
/** The document as a client reads it (JSON). */
const { paths } = JSON.parse(JSON.stringify(openApiDocument('test', releaseLabels([])))) as { paths: Record<string, Record<string, Op>> };

describe('the OpenAPI document', () => {
  it('documents every API route but itself, with the methods it answers', () => {
    const want = API_ROUTES.filter((r) => r.pattern !== '/api/v1/openapi.json').map((r) => [r.pattern.replace(/\[(\w+)\]/g, '{$1}'), r.methods.map((m) => m.toLowerCase()).sort()]);
    const got = Object.entries(paths).map(([p, ops]) => [p, Object.keys(ops).sort()]);
    expect(got.sort()).toEqual(want.sort());
  });

  it('names every error response by taxonomy codes of that status, with the one error body', () => {
    for (const [p, ops] of Object.entries(paths)) {
      for (const [m, op] of Object.entries(ops)) {
        expect(op.responses['500']?.description, `${m} ${p}`).toBe('internal');
        for (const [status, r] of Object.entries(op.responses)) {
          if (Number(status) < 400) continue;
          for (const code of r.description.split(', ')) expect(ERROR_STATUS[code as ErrorCode], `${m} ${p} ${status} ${code}`).toBe(Number(status));
          expect(r.content?.['application/json'].schema.properties?.error.required).toEqual(['code', 'message', 'field', 'line', 'issues']);
        }
      }
    }
  });
});
