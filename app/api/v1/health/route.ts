import { getCounts } from '@/lib/queries/meta';
import { errorResponse } from '@/lib/api/errors';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    return Response.json({ ok: true, counts: getCounts() });
  } catch (err) {
    return errorResponse(err);
  }
}
