import { dataStats } from '@/lib/data';
import { getCounts } from '@/lib/queries/meta';
import { errorResponse } from '@/lib/api/errors';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    return Response.json({ ok: true, counts: getCounts(requestData()), data: { ...dataStats(), pid: process.pid } });
  } catch (err) {
    return errorResponse(err);
  }
}
