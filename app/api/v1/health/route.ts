import { route } from '@/lib/http';
import { getCounts } from '@/lib/queries/meta';

export const dynamic = 'force-dynamic';

export const GET = route(() => Response.json({ ok: true, counts: getCounts() }));
