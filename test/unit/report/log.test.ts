// The one path to the log: no line can become a workflow command, and the live log words events.
import { throttledRead } from '../../support/failures.js';
import { describe, expect, test, vi } from 'vitest';
import { LiveLog, safeLogLine } from '../../../src/report/log.js';

describe('safeLogLine: text from the API cannot become a workflow command', () => {
  test.each([
    ['a\n::add-mask::secret', 'a ::add-mask::secret'],
    ['::warning::at the start', ': :warning::at the start'],
    ['mid-line ##[add-mask]secret and ##[stop-commands]tok', 'mid-line ## [add-mask]secret and ## [stop-commands]tok'],
    ['line\u2028::error::sep\u2029x\u0085y', 'line ::error::sep x y'],
    ['esc \u001b[31mred\u001b[0m', 'esc  [31mred [0m'],
  ])('%j', (text, safe) => {
    expect(safeLogLine(text)).toBe(safe);
  });
});

describe('LiveLog', () => {
  test('failing reads: a line per target, one warning for the whole step', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const log = new LiveLog();
      log.tell({ type: 'environment', name: 'a' }, { kind: 'reads-failing', failures: 3, failure: throttledRead(3) });
      log.tell({ type: 'environment', name: 'b' }, { kind: 'reads-failing', failures: 3, failure: throttledRead(3) });
      log.tell({ type: 'environment', name: 'a' }, { kind: 'reads-recovered', failures: 4 });
      const out = written.join('');
      expect(out.match(/^::warning title=Status reads failing::/gm)).toHaveLength(1);
      expect(out).toContain('environment b: status reads keep failing (3 in a row); still polling until wait-timeout-seconds');
      expect(out).toContain('environment a: status reads work again after 4 failures');
    } finally {
      spy.mockRestore();
    }
  });
});
