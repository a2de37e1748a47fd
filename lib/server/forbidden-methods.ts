/**
 * TRACE and TRACK cannot become a WHATWG `Request` (the Fetch standard forbids them), so Next.js fails
 * with a 500 before proxy.ts runs. This answers them at the HTTP server, before Next.js sees them,
 * exactly as the proxy answers any other unsupported method: a JSON 405 with `Allow` (404 for an
 * unknown API path). Installed once per process from instrumentation.ts.
 */
import http from 'node:http';
import { methodVerdict } from '../api/routes';

export const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

/** Answers a forbidden-method request; returns false (untouched) for any other method. */
export function answerForbiddenMethod(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!req.method || !FORBIDDEN_METHODS.has(req.method.toUpperCase())) return false;
  let pathname = '/';
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    /* a malformed target is still answered */
  }
  const v = methodVerdict(req.method, pathname);
  const status = v.kind === 'error' ? v.status : 405;
  const body = JSON.stringify({ error: { code: v.kind === 'error' ? v.code : 'method_not_allowed', message: v.kind === 'error' ? v.message : `${req.method} is not allowed` } });
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (v.kind === 'error' && v.allow) headers.Allow = v.allow.join(', ');
  res.writeHead(status, headers);
  res.end(body);
  return true;
}

let installed = false;

/** Routes every HTTP server's 'request' events through answerForbiddenMethod first. */
export function installForbiddenMethodGuard(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && answerForbiddenMethod(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true;
    return (emit as (this: http.Server, ...a: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
}
