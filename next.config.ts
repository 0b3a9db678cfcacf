import path from 'node:path';
import type { NextConfig } from 'next';
import { publicCsp } from './lib/security/csp';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // No page uses the camera, microphone, location, payments, USB or ad-interest topics; none needs a window
  // opened from another site to keep a handle on it.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and database packages stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '@node-rs/argon2', 'exceljs', 'fxa-common-password-list'],
  typedRoutes: false,
  // The spreadsheet import posts files up to 5 MB and carries them base64-encoded to its confirm step
  // (docs/decisions/010-import-preview-carry.md); the 1 MB default would refuse them before our check runs.
  // Every other POST is held to 1 MB by proxy.ts (lib/security/body-limit.ts), as Next has no per-action limit.
  experimental: { serverActions: { bodySizeLimit: '10mb' } },
  // ISR pages and cached data go through our handler: an in-process LRU by default, Redis when
  // CACHE_HANDLER=redis (several instances). Next's own in-memory layer is off so no instance keeps a
  // private copy that a save on another instance could not expire. See docs/deploy.md.
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/handler.mjs'),
  cacheMaxMemorySize: 0,
  // The same id on every instance of one deployment (skew protection); also scopes shared cache keys.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Public pages: a cache-compatible policy without a nonce. /admin gets a nonce policy from proxy.ts instead.
      { source: '/((?!admin(?:/|$)).*)', headers: [{ key: 'Content-Security-Policy', value: publicCsp() }] },
    ];
  },
};

export default nextConfig;
