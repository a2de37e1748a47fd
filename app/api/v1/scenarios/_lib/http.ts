/**
 * Request-body helpers for the scenario API: a size-limited body reader (413 beyond the limit,
 * even when the client sends no content-length) and zod issues turned into a readable 400 that
 * names the field and the reason.
 */
import { z } from 'zod';
import { ApiError, errorResponse } from '@/lib/api/errors';

export const MAX_BODY_BYTES = 64 * 1024;

export class TooLarge extends Error {}

export async function readBodyLimited(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) throw new TooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new ApiError('bad_request', 'the request body is empty: send a JSON object like {"levels":{},"adoption":1,"tools":true}');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError('bad_request', `malformed JSON: ${(e as Error).message}`);
  }
}

export function zodToBadRequest(err: z.ZodError): ApiError {
  const issues = err.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
  return new ApiError('bad_request', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

export function bodyErrorResponse(err: unknown): Response {
  if (err instanceof TooLarge) {
    return errorResponse(new ApiError('payload_too_large', `the request body is larger than ${MAX_BODY_BYTES / 1024} KB`));
  }
  if (err instanceof z.ZodError) return errorResponse(zodToBadRequest(err));
  return errorResponse(err);
}
