/**
 * The proxy's method table (lib/api/routes.ts) against the route handlers under app/api, and its
 * verdicts: unknown API paths 404, other methods 405 with Allow, pages GET/HEAD only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { API_ROUTES, allowedMethods, methodVerdict } from '../../../lib/api/routes';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every app/api/**\/route.ts as a URL pattern with the methods it exports (the catch-all excluded). */
function handlers(): Array<{ pattern: string; methods: string[] }> {
  const out: Array<{ pattern: string; methods: string[] }> = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'route.ts' && !p.includes('[...')) {
        const src = fs.readFileSync(p, 'utf8');
        const methods = METHODS.filter((m) => new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b|export\\s*\\{[^}]*\\b${m}\\b`).test(src));
        out.push({ pattern: `/${path.relative('app', path.dirname(p)).split(path.sep).join('/')}`, methods });
      }
    }
  };
  walk(path.resolve('app/api'));
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

describe('the route table', () => {
  it('lists exactly the route handlers under app/api and the methods they export', () => {
    expect([...API_ROUTES].map((r) => ({ pattern: r.pattern, methods: [...r.methods] })).sort((a, b) => a.pattern.localeCompare(b.pattern))).toEqual(handlers());
  });

  test.each([
    ['/api/v1/health', ['GET', 'HEAD', 'OPTIONS']],
    ['/api/v1/occupations/15-1252.00', ['GET', 'HEAD', 'OPTIONS']],
    ['/api/v1/occupations/15-1252.00/paths', ['GET', 'HEAD', 'OPTIONS']],
    ['/api/v1/score', ['POST', 'OPTIONS']],
    ['/api/v1/openapi.json', ['GET', 'HEAD', 'OPTIONS']],
    ['/api/v1/openapiXjson', null],
    ['/api/v1/occupations/15-1252.00/paths/x', null],
    ['/api/v1/nope', null],
    ['/api/v2/health', null],
  ])('%s allows %j', (p, want) => {
    expect(allowedMethods(p)).toEqual(want);
  });
});

describe('verdicts', () => {
  test.each([
    ['TRACE', '/api/v1/health', 405, 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/v1/score', 405, 'POST, OPTIONS'],
    ['GET', '/api/v1/score', 405, 'POST, OPTIONS'],
    ['PUT', '/', 405, 'GET, HEAD'],
    ['POST', '/occupations/15-1252.00', 405, 'GET, HEAD'],
    ['TRACE', '/embed/distribution', 405, 'GET, HEAD'],
    ['OPTIONS', '/', 405, 'GET, HEAD'],
    ['GET', '/api/v1/unknown', 404, undefined],
    ['POST', '/api', 404, undefined],
  ])('%s %s → %i (Allow: %s)', (method, p, status, allow) => {
    const v = methodVerdict(method, p);
    expect(v.kind).toBe('error');
    if (v.kind !== 'error') return;
    expect(v.status).toBe(status);
    expect(v.allow?.join(', ')).toBe(allow);
    expect(v.message).toContain(p);
  });

  test.each([
    ['GET', '/'],
    ['head', '/occupations'],
    ['GET', '/api/v1/health'],
    ['POST', '/api/v1/score'],
    ['HEAD', '/api/v1/search'],
  ])('%s %s passes', (method, p) => {
    expect(methodVerdict(method, p)).toEqual({ kind: 'pass' });
  });

  it('answers OPTIONS on an API route with its Allow list', () => {
    expect(methodVerdict('OPTIONS', '/api/v1/roster')).toEqual({ kind: 'options', allow: ['POST', 'OPTIONS'] });
  });
});
