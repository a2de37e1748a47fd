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

/** Media types read as a raw text file upload. */
export const TEXT_FILE_TYPES = ['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv'] as const;
/** Room for the multipart envelope around a file at its byte limit. */
const MULTIPART_ENVELOPE = 64 * 1024;

export interface UploadOptions<S extends z.ZodType> {
  /** what the file is, in messages ("the roster") */
  what: string;
  /** byte limit of the file itself */
  limit: number;
  /** multipart/form-data field that carries the file */
  field: string;
  /** the JSON alternative to a file (e.g. `{ csv, overrides }`), with its own byte limit */
  json: { schema: S; limit: number; example: string };
}

/**
 * A file upload in any of three forms: the raw body (text/csv and the other TEXT_FILE_TYPES),
 * multipart/form-data (the file in `field`), or a JSON object validated by `json.schema`. Each is
 * bounded; anything else is a 415 listing what is accepted.
 */
export async function readUpload<S extends z.ZodType>(req: Request, opts: UploadOptions<S>): Promise<{ file: string | Uint8Array } | { json: z.infer<S> }> {
  const type = mediaType(req);
  if ((TEXT_FILE_TYPES as readonly string[]).includes(type)) return { file: await readBody(req, opts.limit, opts.what) };
  if (type === 'multipart/form-data') {
    const bytes = await readBody(req, opts.limit + MULTIPART_ENVELOPE, 'the upload');
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { 'content-type': req.headers.get('content-type') ?? type } }).formData();
    } catch {
      throw new HttpError('invalid_input', 'the multipart body is malformed', { field: opts.field });
    }
    const file = form.get(opts.field);
    if (file === null) throw new HttpError('invalid_input', `the multipart body has no \`${opts.field}\` field`, { field: opts.field });
    if (typeof file === 'string') return { file };
    if (file.size > opts.limit) throw new HttpError('payload_too_large', `the file is ${file.size} bytes; the limit is ${opts.limit} bytes (${size(opts.limit)})`, { field: opts.field });
    return { file: new Uint8Array(await file.arrayBuffer()) };
  }
  if (type === 'application/json') return { json: parseBody(opts.json.schema, parseJson(await readBody(req, opts.json.limit), opts.json.example)) };
  throw new HttpError(
    'unsupported_media_type',
    `content type ${type ? `"${type}"` : '(none)'} is not accepted: send text/csv, multipart/form-data (field "${opts.field}") or application/json ${opts.json.example}`,
  );
}
