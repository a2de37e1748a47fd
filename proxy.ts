/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware):
 * - methods: pages answer GET and HEAD only; an API path answers the methods its route handler has
 *   (lib/api/routes.ts). Anything else is a JSON 405 with `Allow` (TRACE included), an unknown API
 *   path a JSON 404, OPTIONS a 204 with `Allow`.
 * - a fresh CSP nonce per page request, in the request's Content-Security-Policy (Next.js puts it on
 *   its scripts) and in the response's. Pages are therefore rendered per request.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from './lib/api/csp';
import { methodVerdict } from './lib/api/routes';
import { errorBody, HttpError } from './lib/http/errors';

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const verdict = methodVerdict(req.method, pathname);
  const embed = pathname.startsWith('/embed/');
  if (verdict.kind === 'options') return new NextResponse(null, { status: 204, headers: { Allow: verdict.allow.join(', ') } });
  if (verdict.kind === 'error') {
    const res = NextResponse.json(errorBody(new HttpError(verdict.code, verdict.message)), { status: verdict.status });
    if (verdict.allow) res.headers.set('Allow', verdict.allow.join(', '));
    res.headers.set('Cache-Control', 'no-store');
    res.headers.set('Content-Security-Policy', contentSecurityPolicy(null, { embed }));
    return res;
  }
  if (pathname.startsWith('/api/') || pathname.startsWith('/_next/')) {
    const res = NextResponse.next();
    res.headers.set('Content-Security-Policy', contentSecurityPolicy(null, { embed }));
    return res;
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { embed, dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

export const config = {
  // Everything except the build's static files (served as files, GET/HEAD only by Next.js itself).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
