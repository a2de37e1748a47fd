/** A small synthetic task set for the scenario tests: four rubric groups (two E1, one E2, one sheltered) and tasks spread over `occupations` codes. */
import type { ScenarioTask } from '@/lib/scenarios/model';

export const GROUPS = [
  { id: 'a', name: 'A', kind: 'E1' as const },
  { id: 'b', name: 'B', kind: 'E1' as const },
  { id: 'c', name: 'C', kind: 'E2' as const },
  { id: 'd', name: 'D', kind: 'sheltered' as const },
];

export function syntheticTasks(count: number, occupations: number, weights = 4): ScenarioTask[] {
  return Array.from({ length: count }, (_, i) => ({
    onet_soc_code: `1${i % occupations}-0000.00`,
    weight: 1 + (i % weights),
    p1: ((i * 37) % 50) / 100,
    p2: ((i * 11) % 40) / 100,
    profile: Float32Array.from([Math.sin(i), Math.cos(i), Math.sin(2 * i), 0.1]),
  }));
}
