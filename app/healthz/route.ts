// GET /healthz — 200 {"status":"ok"} when the database answers, 503 otherwise. Never cached.
import { probeDatabase } from '@/lib/health/probe';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await probeDatabase();
  return Response.json(
    ok ? { status: 'ok' } : { status: 'unavailable', reason: 'database unreachable' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
