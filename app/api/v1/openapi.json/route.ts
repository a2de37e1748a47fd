import { openApiDocument } from '@/lib/api/openapi';
import { errorResponse } from '@/lib/api/errors';
import { getBuildInfo } from '@/lib/queries/meta';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    return Response.json(openApiDocument(getBuildInfo(requestData()).atlas_version ?? '0.1.0'));
  } catch (err) {
    return errorResponse(err);
  }
}
