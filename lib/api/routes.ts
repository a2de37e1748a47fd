/**
 * The API's routes and the methods each answers, for the proxy (proxy.ts): an unknown /api path is a
 * JSON 404, a known one asked with another method a JSON 405 with `Allow`. A unit test keeps this
 * table equal to the route handlers under app/api (their exported method functions).
 */
export const API_ROUTES: ReadonlyArray<{ pattern: string; methods: readonly string[] }> = [
  { pattern: '/api/v1/charts/render', methods: ['POST'] },
  { pattern: '/api/v1/geo/states', methods: ['GET'] },
  { pattern: '/api/v1/health', methods: ['GET'] },
  { pattern: '/api/v1/observed', methods: ['GET'] },
  { pattern: '/api/v1/occupations', methods: ['GET'] },
  { pattern: '/api/v1/occupations/[code]', methods: ['GET'] },
  { pattern: '/api/v1/occupations/[code]/paths', methods: ['GET'] },
  { pattern: '/api/v1/openapi.json', methods: ['GET'] },
  { pattern: '/api/v1/roster', methods: ['POST'] },
  { pattern: '/api/v1/scenarios/evaluate', methods: ['POST'] },
  { pattern: '/api/v1/scenarios/explain', methods: ['GET'] },
  { pattern: '/api/v1/scenarios/presets', methods: ['GET'] },
  { pattern: '/api/v1/scenarios/tasks', methods: ['GET'] },
  { pattern: '/api/v1/score', methods: ['POST'] },
  { pattern: '/api/v1/search', methods: ['GET'] },
  { pattern: '/api/v1/skills', methods: ['GET'] },
  { pattern: '/api/v1/states', methods: ['GET'] },
  { pattern: '/api/v1/states/[postal]', methods: ['GET'] },
];

/** Methods pages answer. */
export const PAGE_METHODS = ['GET', 'HEAD'] as const;

const compiled = API_ROUTES.map((r) => ({
  re: new RegExp(`^${r.pattern.replace(/[.]/g, '\\.').replace(/\[[^\]/]+\]/g, '[^/]+')}/?$`),
  methods: r.methods,
}));

/**
 * The `Allow` list of an API path (GET implies HEAD; OPTIONS is always answered), or null when no
 * route has that path.
 */
export function allowedMethods(pathname: string): string[] | null {
  const hit = compiled.find((r) => r.re.test(pathname));
  if (!hit) return null;
  const out = [...hit.methods];
  if (out.includes('GET')) out.push('HEAD');
  out.push('OPTIONS');
  return out;
}

/** What the proxy does with a request: pass it on, or answer it itself (status, Allow, error). */
export type MethodVerdict =
  | { kind: 'pass' }
  | { kind: 'options'; allow: string[] }
  | { kind: 'error'; status: 404 | 405; allow?: string[]; code: 'not_found' | 'method_not_allowed'; message: string };

export function methodVerdict(method: string, pathname: string): MethodVerdict {
  const m = method.toUpperCase();
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    const allow = allowedMethods(pathname);
    if (!allow) return { kind: 'error', status: 404, code: 'not_found', message: `no API route at ${pathname}: see /api/v1/openapi.json` };
    if (m === 'OPTIONS') return { kind: 'options', allow };
    if (!allow.includes(m)) return { kind: 'error', status: 405, allow, code: 'method_not_allowed', message: `${m} is not allowed on ${pathname}; allowed: ${allow.join(', ')}` };
    return { kind: 'pass' };
  }
  if (!(PAGE_METHODS as readonly string[]).includes(m)) {
    const allow = [...PAGE_METHODS];
    return { kind: 'error', status: 405, allow, code: 'method_not_allowed', message: `${m} is not allowed on ${pathname} (a page); allowed: ${allow.join(', ')}` };
  }
  return { kind: 'pass' };
}
