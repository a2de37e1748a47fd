import { openApiDocument } from '@/lib/api/openapi';
import { route } from '@/lib/http';
import { getBuildInfo, releases } from '@/lib/queries/meta';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const GET = route(() => Response.json(openApiDocument(getBuildInfo(requestData()).atlas_version ?? '0.1.0', releases(requestData()))));
