import { errorResponse } from '@/lib/api/errors';
import { scenarioData } from '@/lib/scenarios/load';
import { presets } from '@/lib/scenarios/model';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

/** The preset scenarios and the capability groups their levels refer to. */
export function GET() {
  try {
    const { groups } = scenarioData(requestData()).prep;
    return Response.json({ presets: presets(groups), groups, today_level: 0.5 });
  } catch (err) {
    return errorResponse(err);
  }
}
