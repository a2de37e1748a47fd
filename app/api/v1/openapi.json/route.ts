import { openApiDocument } from '@/lib/api/openapi';
import { errorResponse } from '@/lib/api/errors';
import { getBuildInfo, releases } from '@/lib/queries/meta';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    return Response.json(openApiDocument(getBuildInfo().atlas_version ?? '0.1.0', releases()));
  } catch (err) {
    return errorResponse(err);
  }
}
