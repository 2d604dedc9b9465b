// Text from the API on one line of the log, clipped, and durations in words.
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../../src/report/html.js';
import { formatDuration, oneLine } from '../../../src/lib/text.js';

describe('text', () => {
  test('oneLine flattens line breaks (no workflow command can start a line) and clips', () => {
    expect(oneLine('a\n::error::x\r\n  b')).toBe('a ::error::x b');
    expect(oneLine('x'.repeat(20), 5)).toBe('xxxxx…');
  });
  test('escapeHtml clips long text', () => expect(escapeHtml('<'.repeat(3), 2)).toBe('&lt;&lt;…'));
  test.each([
    [0, '0 s'],
    [1499, '1 s'],
    [59_400, '59 s'],
    [60_000, '1 min 00 s'],
    [3_725_000, '62 min 05 s'],
  ])('formatDuration(%i) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
