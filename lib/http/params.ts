/**
 * The URL's inputs: query strings and path parameters, validated with zod. A failure names the
 * parameter and the reason: invalid_query for the query string, invalid_path for a path parameter.
 */
import type { z } from 'zod';
import { fromZod } from './errors';

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

/** The request's query string through `schema` (first value of each parameter; empty ones dropped). */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const r = schema.safeParse(paramsObject(new URL(req.url).searchParams));
  if (!r.success) throw fromZod(r.error, 'query');
  return r.data;
}

/** One path parameter (e.g. `code` of /occupations/[code]) through `schema`. */
export function parsePath<S extends z.ZodType>(name: string, raw: string, schema: S): z.infer<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw fromZod(r.error, 'path', [name]);
  return r.data;
}
