/** The AEI → O*NET task matcher: normalisation, the three tiers, ties and shared statements. */
import { describe, expect, it, test } from 'vitest';
import { NEAR_TEXT_MIN, normaliseTask, TaskMatcher, wordDice } from '../../../lib/observed/match';

describe('normaliseTask', () => {
  test.each([
    ['Conduct "head counts" to help predict votes.', 'conduct head counts to help predict votes'],
    ['conduct “head counts” to help predict votes.', 'conduct head counts to help predict votes'],
    ["Review the client’s file.", 'review the client s file'],
    ["Review the client's file.", 'review the client s file'],
    ['  Write,   design,\tor edit   web-page content. ', 'write design or edit web page content'],
    ['ＦＵＬＬＷＩＤＴＨ text', 'fullwidth text'],
    ['...', ''],
  ])('%j → %j', (input, out) => {
    expect(normaliseTask(input)).toBe(out);
  });
});

describe('wordDice', () => {
  it('is 1 for the same words in any case or punctuation, and counts a word once', () => {
    expect(wordDice('Evaluate robotic systems.', 'evaluate, robotic systems systems')).toBe(1);
  });
  it('is 2|A∩B|/(|A|+|B|) over word sets', () => {
    expect(wordDice('analyze and evaluate robotic systems', 'evaluate robotic systems')).toBeCloseTo((2 * 3) / (5 + 3), 12);
  });
});

const current = [
  { task_id: 1, onet_soc_code: '15-1252.00', statement: 'Modify existing software to correct errors, adapt it to new hardware, or upgrade interfaces and improve performance.' },
  { task_id: 2, onet_soc_code: '43-9061.00', statement: 'Answer telephones, direct calls, and take messages.' },
  { task_id: 3, onet_soc_code: '43-4171.00', statement: 'Answer telephones, direct calls, and take messages.' },
  { task_id: 4, onet_soc_code: '27-3043.00', statement: 'Write advertising copy for media.' },
  { task_id: 5, onet_soc_code: '11-1011.00', statement: 'Organize or approve promotional campaigns.' },
];
const old = [
  { task_id: 5, statement: 'Organise promotional campaigns and events.' },
  { task_id: 777, statement: 'Juggle flaming torches.' },
];

describe('TaskMatcher', () => {
  const m = new TaskMatcher(current, old);
  it('matches normalised text, splitting a statement shared by occupations', () => {
    expect(m.match('answer telephones, direct calls, and take messages.')).toEqual({ tier: 'text', task_ids: [2, 3], similarity: 1 });
  });
  it('falls back to the index’s own Task ID when O*NET reworded the task', () => {
    expect(m.match('organise promotional campaigns and events.')).toEqual({ tier: 'task_id', task_ids: [5], similarity: 1 });
  });
  it('takes near-identical wording at or above the threshold', () => {
    const r = m.match('modify existing software to correct errors, to adapt it to new hardware, or to upgrade interfaces and improve performance.');
    expect(r?.tier).toBe('near_text');
    expect(r?.task_ids).toEqual([1]);
    expect(r!.similarity).toBeGreaterThanOrEqual(NEAR_TEXT_MIN);
    expect(r!.similarity).toBeCloseTo(wordDice('modify existing software to correct errors, to adapt it to new hardware, or to upgrade interfaces and improve performance.', current[0].statement), 12);
  });
  it('keeps every equally near statement', () => {
    expect(m.match('answer telephones, direct calls, take messages')?.task_ids).toEqual([2, 3]);
  });
  it('leaves a task unmatched below the threshold, or when its old Task ID is gone', () => {
    expect(m.match('write copy for publication')).toBeNull();
    expect(m.match('juggle flaming torches.')).toBeNull();
    expect(m.match('   ')).toBeNull();
  });
  it('does not take a statement that merely shares its words with a longer one', () => {
    expect(wordDice('answer telephones', current[1].statement)).toBeLessThan(NEAR_TEXT_MIN);
    expect(m.match('answer telephones')).toBeNull();
  });
});
