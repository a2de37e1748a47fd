/**
 * One error taxonomy for the API, mapped to HTTP in one place. Zod errors become a readable 400;
 * anything unknown becomes a generic 500 that leaks nothing (the detail goes to the server log).
 */
import { z } from 'zod';

export const ERROR_STATUS = {
  bad_request: 400,
  invalid_query: 400,
  /** a request body (roster, job description) that cannot be read: the message names the line or field */
  invalid_input: 400,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: Array<{ path: string; message: string }> };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof z.ZodError) {
    const issues = err.issues.map((i) => ({ path: i.path.join('.') || '(query)', message: i.message }));
    const first = issues[0];
    return new ApiError('invalid_query', first ? `${first.path}: ${first.message}` : 'invalid query', issues);
  }
  if (err instanceof Error && /database not found/.test(err.message)) return new ApiError('unavailable', 'the database is not built yet: run `npm run setup`');
  return new ApiError('internal', 'internal error');
}

export function errorBody(err: ApiError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } };
}

export function errorResponse(err: unknown): Response {
  const e = toApiError(err);
  if (e.code === 'internal') console.error(err);
  return Response.json(errorBody(e), { status: e.status });
}
