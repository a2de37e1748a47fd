import { OBSERVED_COLUMNS, observedQuery } from '@/lib/api/observed-query';
import { csvResponse, HttpError, parseQuery, route } from '@/lib/http';
import { AEI_CITATION, getNationalObserved, getObservedList, OBSERVED_EXPOSURE_CITATION } from '@/lib/queries/observed';
import { requestData } from '@/app/_data';

export const dynamic = 'force-dynamic';

export const GET = route((req) => {
  const q = parseQuery(req, observedQuery);
  const data = requestData();
  const national = getNationalObserved(data);
  if (!national) throw new HttpError('unavailable', 'this database was built without the Anthropic Economic Index (REFERENCE_DIR/anthropic_economic_index)');
  let rows = getObservedList(data).filter((r) => !q.group || r.major_group === q.group);
  if (q.sort !== 'observed_exposure') rows = [...rows].sort((a, b) => (b[q.sort] ?? -1) - (a[q.sort] ?? -1) || a.onet_soc_code.localeCompare(b.onet_soc_code));
  const total = rows.length;
  if (q.limit) rows = rows.slice(0, q.limit);
  if (q.format === 'csv') return csvResponse(rows, [...OBSERVED_COLUMNS], 'observed-use.csv');
  return Response.json({
    release: national.release.release,
    source: AEI_CITATION,
    definitions: {
      share_pct: "percent of the release's Claude conversations on the occupation's tasks (AEI task shares, matched to O*NET task statements by text)",
      automation_share: 'directive + feedback loop, of the classified conversations (the filtered share left out)',
      augmentation_share: 'task iteration + validation + learning, of the classified conversations',
      observed_exposure: `exposure weighted by real use: Σ w·beta·used·(automation + ½ augmentation) / Σ w over the occupation's tasks, ${OBSERVED_EXPOSURE_CITATION}`,
      coverage: "share of the occupation's task weight the release lists",
    },
    national: national.total,
    total,
    results: rows,
  });
});
