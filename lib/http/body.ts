/**
 * The one request-body reader: bounded (a declared Content-Length above the limit is refused before
 * reading, and the stream is cancelled as soon as the bytes read pass it, so a missing or false
 * Content-Length changes nothing), then decoded as JSON and validated, or handed over as bytes (CSV
 * and multipart uploads).
 */
import type { z } from 'zod';
import { fromZod, HttpError } from './errors';

/** The media type without parameters, lower-cased ('' when absent). */
export function mediaType(req: Request): string {
  return (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`);

/** Reads the whole body, refusing more than `limit` bytes with a 413 that names `what` and the limit. */
export async function readBody(req: Request, limit: number, what = 'the request body'): Promise<Uint8Array> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    throw new HttpError('payload_too_large', `${what} is ${Number(declared)} bytes; the limit is ${limit} bytes (${size(limit)})`);
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpError('payload_too_large', `${what} is more than ${limit} bytes; the limit is ${limit} bytes (${size(limit)})`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

/** JSON from already bounded bytes: empty or malformed JSON is the client's 400, with the parser's reason. */
export function parseJson(bytes: Uint8Array, example?: string): unknown {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') throw new HttpError('invalid_input', `the request body is empty${example ? `: send a JSON object like ${example}` : ''}`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError('invalid_input', `the request body is not valid JSON: ${(e as Error).message}`);
  }
}

/** Validates a value read from the body: a zod failure becomes invalid_input (or 413 for an overlong string). */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw fromZod(r.error, 'body');
  return r.data;
}

export interface JsonBodyOptions {
  /** byte limit of the body */
  limit: number;
  /** when set, any other content type is a 415 */
  requireJsonType?: boolean;
  /** a JSON example shown when the body is empty */
  example?: string;
}

/** Reads, parses and validates a JSON body in one go. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, opts: JsonBodyOptions): Promise<z.infer<S>> {
  if (opts.requireJsonType && mediaType(req) !== 'application/json') {
    throw new HttpError('unsupported_media_type', `content type ${mediaType(req) ? `"${mediaType(req)}"` : '(none)'} is not accepted: send application/json${opts.example ? ` like ${opts.example}` : ''}`);
  }
  return parseBody(schema, parseJson(await readBody(req, opts.limit), opts.example));
}
