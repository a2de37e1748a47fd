import { dataStats } from '@/lib/data';
import { route } from '@/lib/http';
import { getCounts } from '@/lib/queries/meta';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const GET = route(() => Response.json({ ok: true, counts: getCounts(requestData()), data: { ...dataStats(), pid: process.pid } }));
