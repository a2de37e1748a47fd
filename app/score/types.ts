import type { ScoredText } from '@/lib/score/runtime';

/** POST /api/v1/score's answer. */
export interface ScoreResult {
  alpha: number;
  beta: number;
  gamma: number;
  task_count: number;
  unknown_tasks: number;
  tasks: Array<Pick<ScoredText, 'text' | 'beta' | 'alpha' | 'gamma' | 'p_e0' | 'p_e1' | 'p_e2' | 'method' | 'unknown' | 'nearest' | 'exemplars'>>;
  occupations: Array<{ onet_soc_code: string; title: string; score: number; matched_tasks: number; matched_title: string | null; beta: number | null }>;
}
