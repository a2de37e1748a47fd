import { describe, expect, test } from 'vitest';
import { titleLine } from '@/lib/server/scorer';

describe('titleLine: the first line of a job description, when it is a job title', () => {
  test.each([
    ['Senior Claims Adjuster – Auto\nInvestigate claims and negotiate settlements.', 'Senior Claims Adjuster – Auto'],
    ['\n\n  Job Title: Customer Service Rep\nAnswer calls.', 'Customer Service Rep'],
    ['Position: RN - ICU\n', 'RN - ICU'],
    ['We are looking for a motivated person to join our growing team.\nDuties: ...', null],
    ['Answer customer calls and emails about billing questions every day of the week.', null],
    ['Draft contracts.', null],
    ['', null],
  ])('%j → %j', (text, want) => expect(titleLine(text)).toBe(want));
});
