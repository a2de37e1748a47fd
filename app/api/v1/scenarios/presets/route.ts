import { route } from '@/lib/http';
import { presets } from '@/lib/scenarios/model';
import { scenarioData } from '@/lib/queries/scenario-data';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

/** The preset scenarios and the capability groups their levels refer to. */
export const GET = route(() => {
  const { groups } = scenarioData(requestData()).prep;
  return Response.json({ presets: presets(groups), groups, today_level: 0.5 });
});
