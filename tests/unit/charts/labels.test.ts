import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { CHAR_EM, columnLabels, textWidth, wrapLabel } from '@/lib/charts/labels';
import { embedSnippet, EMBED_MESSAGE } from '@/lib/charts/embed';

describe('wrapLabel', () => {
  test.each([
    ['Office and Administrative Support', 120, ['Office and', 'Administrative', 'Support']],
    ['Short', 200, ['Short']],
    ['Computer and Mathematical', 400, ['Computer and Mathematical']],
  ])('%j in %i px', (text, width, want) => {
    expect(wrapLabel(text, width, 11)).toEqual(want);
  });

  it('never drops or cuts a character: the lines hold every word, each line within the width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z,()-]{1,30}$/), { minLength: 1, maxLength: 8 }), fc.integer({ min: 60, max: 400 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapLabel(text, width, 11);
        expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
        const per = Math.max(4, Math.floor(width / (11 * CHAR_EM)));
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.max(per, 10));
      }),
    );
  });
});

describe('columnLabels', () => {
  it('keeps labels flat when they fit their column, turns them when they do not', () => {
    expect(columnLabels(['Zone 1', 'Zone 2'], 100, 11).rotate).toBe(false);
    const turned = columnLabels(['10–20%', '20–30%'], 24, 11);
    expect(turned.rotate).toBe(true);
    expect(turned.height).toBeGreaterThan(textWidth('10–20%', 11) * 0.6);
  });
});

describe('embedSnippet', () => {
  const s = embedSnippet('https://atlas.example', 'exposure-by-group', 'Exposure "by" group');
  it('points at this origin with an absolute URL and escapes the title', () => {
    expect(s).toContain('src="https://atlas.example/embed/exposure-by-group"');
    expect(s).toContain('title="Exposure &quot;by&quot; group"');
  });
  it('sizes the frame from messages of this origin only', () => {
    expect(s).toContain('e.origin!=="https://atlas.example"');
    expect(s).toContain(`"${EMBED_MESSAGE}"`);
    expect(s).toMatch(/height:\d+px/);
  });
});
