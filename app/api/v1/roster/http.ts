/**
 * Request plumbing shared by the roster and score routes: bounded body reading (Content-Length is
 * checked before reading, then the bytes actually read), content-type dispatch and one error shape,
 * `{ error: { code, message, line, field } }`, where line and field name the place in the input.
 * Unknown errors go through lib/api/errors so they leak nothing.
 */
import { z } from 'zod';
import { ApiError, ERROR_STATUS, toApiError } from '@/lib/api/errors';
import { RosterError } from '@/lib/roster/parse';

/** The codes an input error may carry; their statuses come from the shared table in lib/api/errors. */
export type InputErrorCode = Extract<keyof typeof ERROR_STATUS, 'invalid_input' | 'invalid_query' | 'payload_too_large' | 'unsupported_media_type'>;

/** An ApiError that also names the place in the input (1-based line, column or field). */
export class InputError extends ApiError {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly line: number | null = null,
    readonly field: string | null = null,
  ) {
    super(code, message);
    this.name = 'InputError';
  }
}

export interface InputErrorBody {
  error: { code: string; message: string; line: number | null; field: string | null };
}

export function inputErrorResponse(err: unknown): Response {
  let body: InputErrorBody['error'];
  let status: number;
  if (err instanceof InputError) {
    body = { code: err.code, message: err.message, line: err.line, field: err.field };
    status = err.status;
  } else if (err instanceof RosterError) {
    const code = err.status === ERROR_STATUS.payload_too_large ? 'payload_too_large' : 'invalid_input';
    body = { code, message: err.message, line: err.line, field: err.field };
    status = ERROR_STATUS[code];
  } else if (err instanceof z.ZodError) {
    const first = err.issues[0];
    const field = first?.path.join('.') || null;
    const tooBig = first?.code === 'too_big' && first.origin === 'string';
    body = { code: tooBig ? 'payload_too_large' : 'invalid_input', message: first ? `${field ?? 'body'}: ${first.message}` : 'invalid input', line: null, field };
    status = ERROR_STATUS[body.code as InputErrorCode];
  } else {
    const e = toApiError(err);
    if (e.code === 'internal') console.error(err);
    body = { code: e.code, message: e.message, line: null, field: null };
    status = e.status;
  }
  return Response.json({ error: body } satisfies InputErrorBody, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The media type without parameters, lower-cased ('' when absent). */
export function mediaType(req: Request): string {
  return (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Reads the whole body, refusing more than `limit` bytes: a declared Content-Length above it is
 * refused before reading, and the stream is cancelled as soon as the bytes read pass it (a missing
 * or false Content-Length changes nothing).
 */
export async function readBody(req: Request, limit: number, what = 'the request body'): Promise<Uint8Array> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    throw new InputError('payload_too_large', `${what} is ${Number(declared)} bytes; the limit is ${limit} bytes`);
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
      throw new InputError('payload_too_large', `${what} is more than ${limit} bytes; the limit is ${limit} bytes`);
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

/** JSON from already bounded bytes; a syntax error is the client's (400), not ours. */
export function parseJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') throw new InputError('invalid_input', 'the request body is empty');
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError('invalid_input', 'the request body is not valid JSON');
  }
}
