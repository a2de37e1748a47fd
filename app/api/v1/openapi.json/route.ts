import { openApiDocument } from '@/lib/api/openapi';
import { route } from '@/lib/http';
import { getBuildInfo } from '@/lib/queries/meta';

export const dynamic = 'force-dynamic';

export const GET = route(() => Response.json(openApiDocument(getBuildInfo().atlas_version ?? '0.1.0')));
