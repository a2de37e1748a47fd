import type { NextConfig } from 'next';
import { parseEnv } from './lib/env';

// Validate the environment at build and start, so a bad value fails fast with its name.
parseEnv();

// Content-Security-Policy is set per request by proxy.ts (with a script nonce): lib/api/csp.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig: NextConfig = {
  serverExternalPackages: ['better-sqlite3', '@huggingface/transformers', 'onnxruntime-node'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Only this site may frame its pages; embeds (/embed/*) may be framed anywhere: their CSP says
      // `frame-ancestors *`, and they send no X-Frame-Options (it has no value meaning "anyone").
      { source: '/((?!embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
    ];
  },
};

export default nextConfig;
