/**
 * Every API route goes through the HTTP layer: each method a route exports (the route table in
 * lib/api/routes.ts, and the catch-all) must be a handler made by lib/http's route(). A bare
 * `export async function GET()` fails here.
 */
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { API_ROUTES } from '@/lib/api/routes';
import { isRouteHandler, route } from '@/lib/http';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const file = (pattern: string) => path.resolve(`app${pattern}/route.ts`);

describe('every route handler is made by the HTTP layer', () => {
  test.each([...API_ROUTES.map((r) => [r.pattern, r.methods] as const), ['/api/v1/[...rest]', METHODS] as const])('%s', async (pattern, methods) => {
    const mod = (await import(file(pattern))) as Record<string, unknown>;
    const exported = METHODS.filter((m) => m in mod);
    expect(exported).toEqual([...methods]);
    for (const m of exported) expect(isRouteHandler(mod[m]), `${pattern} ${m}`).toBe(true);
  });

  it('tells a wrapped handler from a bare one', () => {
    expect(isRouteHandler(route(() => new Response()))).toBe(true);
    expect(isRouteHandler(async () => new Response())).toBe(false);
    expect(isRouteHandler(undefined)).toBe(false);
  });
});
