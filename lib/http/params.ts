/**
 * The URL's inputs: query strings and path parameters, validated with zod. A failure names the
 * parameter and the reason: invalid_query for the query string, invalid_path for a path parameter.
 */
import type { z } from 'zod';
import { fromZod, HttpError } from './errors';

/** Requests whose query string a handler read through parseQuery (route() refuses a query nobody read). */
const queried = new WeakSet<Request>();
export const queryWasRead = (req: Request) => queried.has(req);

/** The parameter names an object schema declares, or null when the schema is not an object. */
function declaredKeys(schema: z.ZodType): string[] | null {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : null;
}

/** 400 invalid_query naming the first parameter the route does not take, with the ones it does. */
export function refuseUnknown(names: string[], allowed: string[]): void {
  const unknown = names.filter((k) => !allowed.includes(k));
  if (unknown.length === 0) return;
  const takes = allowed.length ? `this route takes ${allowed.join(', ')}` : 'this route takes no query parameters';
  throw new HttpError('invalid_query', `${unknown[0]}: unknown parameter; ${takes}`, {
    field: unknown[0],
    issues: unknown.map((k) => ({ path: k, message: `unknown parameter; ${takes}` })),
  });
}

/** URLSearchParams or Next's searchParams record → { key: first value }, empty strings dropped. */
export function paramsObject(p: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: Array<[string, string | string[] | undefined]> = p instanceof URLSearchParams ? [...p.entries()] : Object.entries(p);
  for (const [k, v] of entries) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== '' && !(k in out)) out[k] = first;
  }
  return out;
}

/**
 * The request's query string through `schema` (first value of each parameter; empty ones dropped). A
 * parameter the (object) schema does not declare is refused: 400 invalid_query naming it.
 */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  queried.add(req);
  const params = new URL(req.url).searchParams;
  const keys = declaredKeys(schema);
  if (keys) refuseUnknown([...new Set(params.keys())], keys);
  const r = schema.safeParse(paramsObject(params));
  if (!r.success) throw fromZod(r.error, 'query');
  return r.data;
}

/** One path parameter (e.g. `code` of /occupations/[code]) through `schema`. */
export function parsePath<S extends z.ZodType>(name: string, raw: string, schema: S): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw fromZod(r.error, 'path', [name]);
  return r.data;
}
