import type { NextConfig } from 'next';
import { publicCsp } from './lib/security/csp';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and database packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '@node-rs/argon2', 'exceljs'],
  typedRoutes: false,
  // The spreadsheet import posts files up to 5 MB and carries them base64-encoded to its confirm step
  // (docs/decisions/010-import-preview-carry.md); the 1 MB default would refuse them before our check runs.
  experimental: { serverActions: { bodySizeLimit: '10mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Public pages: a cache-compatible policy without a nonce. /admin gets a nonce policy from proxy.ts instead.
      { source: '/((?!admin(?:/|$)).*)', headers: [{ key: 'Content-Security-Policy', value: publicCsp() }] },
    ];
  },
};

export default nextConfig;
