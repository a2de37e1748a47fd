import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from '../../../lib/api/csp';

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('Content-Security-Policy', () => {
  it('allows scripts only by nonce (and what they load), never inline without one', () => {
    const d = directives(contentSecurityPolicy('abc123', { embed: false }));
    expect(d['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(d['script-src']).not.toContain("'unsafe-inline'");
    expect(d['script-src']).not.toContain("'unsafe-eval'");
    expect(d['frame-ancestors']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
  });

  it('lets anyone frame an embed, and nothing else', () => {
    expect(directives(contentSecurityPolicy('n', { embed: true }))['frame-ancestors']).toEqual(['*']);
  });

  it('without a nonce (API responses) allows no inline script at all', () => {
    expect(directives(contentSecurityPolicy(null, { embed: false }))['script-src']).toEqual(["'self'"]);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(new Set(Array.from({ length: 50 }, newNonce)).size).toBe(50);
  });
});
