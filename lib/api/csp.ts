/**
 * The Content-Security-Policy of every response. Scripts run only with the per-request nonce the
 * proxy puts in the policy (Next.js adds it to its own scripts), plus what they load ('strict-dynamic');
 * no 'unsafe-inline' for scripts. Styles keep 'unsafe-inline' (chart libraries set style attributes).
 * Embeds (`/embed/*`) may be framed by any site; everything else only by this one.
 */
export function contentSecurityPolicy(nonce: string | null, opts: { embed: boolean; dev?: boolean }): string {
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-ancestors ${opts.embed ? '*' : "'self'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
