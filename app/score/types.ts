import type { ScoredText } from '@/lib/score/runtime';
import type { Exposure } from '@/lib/score/exposure';

/** POST /api/v1/score's answer. */
export interface ScoreResult extends Exposure {
  task_count: number;
  /** task sentences in the text; only the first max_tasks are scored */
  tasks_found: number;
  tasks_dropped: number;
  max_tasks: number;
  unknown_tasks: number;
  tasks: Array<Pick<ScoredText, 'text' | 'beta' | 'alpha' | 'gamma' | 'p_e0' | 'p_e1' | 'p_e2' | 'method' | 'unknown' | 'nearest' | 'exemplars'>>;
  occupations: Array<{ onet_soc_code: string; title: string; score: number; matched_tasks: number; matched_title: string | null; beta: number | null }>;
}
