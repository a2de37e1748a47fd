/**
 * The API's one error taxonomy: a code per situation, its HTTP status in one table, and one JSON body
 * `{ error: { code, message, field, line, issues } }` for every error the API (and the proxy) sends.
 * `field` names the parameter or body field at fault (null when none), `line` the 1-based line of an
 * uploaded file (null when none), `issues` every validation problem found (path and reason).
 */
import { z } from 'zod';

export const ERROR_STATUS = {
  /** a path parameter is malformed (e.g. an occupation code that is not like 15-1252.00) */
  invalid_path: 400,
  /** the query string is invalid: an unknown value, out of range, missing */
  invalid_query: 400,
  /** the request body cannot be read or does not validate: the message names the line or field */
  invalid_input: 400,
  /** a well-formed identifier names nothing in this database */
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export interface Issue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field: string | null; line: number | null; issues: Issue[] };
}

export interface ErrorDetails {
  field?: string | null;
  line?: number | null;
  issues?: Issue[];
  /** extra response headers (e.g. Retry-After on a 503) */
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  readonly field: string | null;
  readonly line: number | null;
  readonly issues: Issue[];
  readonly headers: Record<string, string>;
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.field = details.field ?? null;
    this.line = details.line ?? null;
    this.issues = details.issues ?? (this.field ? [{ path: this.field, message: message.startsWith(`${this.field}: `) ? message.slice(this.field.length + 2) : message }] : []);
    this.headers = details.headers ?? {};
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Where a zod failure came from decides its code: the URL path, the query string or the body. */
export type InputPlace = 'path' | 'query' | 'body';

const PLACE_CODE = { path: 'invalid_path', query: 'invalid_query', body: 'invalid_input' } as const;

/**
 * A zod failure as an HttpError: every issue with its dotted path (after `prefix`, e.g. the path
 * parameter's name) and reason, the first one's path as `field`, and the message `path: reason; …`.
 * In a body, a string over its maximum length is a 413 (the text is too large), not a malformed request.
 */
export function fromZod(err: z.ZodError, place: InputPlace, prefix: string[] = []): HttpError {
  const path = (i: z.core.$ZodIssue) => [...prefix, ...i.path.map(String)].join('.');
  const issues = err.issues.map((i) => ({ path: path(i) || `(${place})`, message: i.message }));
  const first = err.issues[0];
  const field = first ? path(first) || null : null;
  const tooLarge = place === 'body' && first?.code === 'too_big' && first.origin === 'string';
  const message = issues.length ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : `invalid ${place}`;
  return new HttpError(tooLarge ? 'payload_too_large' : PLACE_CODE[place], message, { field, issues });
}

/**
 * Anything thrown → an HttpError. Errors the layer does not know (a stray ZodError included: input is
 * validated where it is read) are internal: a generic message that leaks nothing.
 */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof Error && /database not found/.test(err.message)) return new HttpError('unavailable', 'the database is not built yet: run `npm run setup`');
  return new HttpError('internal', 'internal error');
}

export function errorBody(err: HttpError): ErrorBody {
  return { error: { code: err.code, message: err.message, field: err.field, line: err.line, issues: err.issues } };
}

/** The JSON error response (never cached). Internal errors are logged here, once, with their stack. */
export function errorResponse(err: unknown): Response {
  const e = toHttpError(err);
  if (e.code === 'internal') console.error(err);
  return Response.json(errorBody(e), { status: e.status, headers: { 'Cache-Control': 'no-store', ...e.headers } });
}
