import { errorResponse } from '@/lib/api/errors';
import { scenarioData } from '@/lib/server/cache';
import { presets } from '@/lib/scenarios/model';

export const dynamic = 'force-dynamic';

/** The preset scenarios and the capability groups their levels refer to. */
export function GET() {
  try {
    const { groups } = scenarioData().prep;
    return Response.json({ presets: presets(groups), groups, today_level: 0.5 });
  } catch (err) {
    return errorResponse(err);
  }
}
