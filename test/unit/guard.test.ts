import { expect, test } from 'vitest';
import { cappedWait, POST_WAIT_CAP_SECONDS } from '../../src/guard.js';

test('the post step waits at most POST_WAIT_CAP_SECONDS, well inside the runner’s ~5 minutes for cleanup', () => {
  expect(POST_WAIT_CAP_SECONDS).toBeLessThanOrEqual(240);
  expect(cappedWait({ waitTimeoutSeconds: 1800 })).toBe(POST_WAIT_CAP_SECONDS);
  expect(cappedWait({ waitTimeoutSeconds: 30 })).toBe(30);
});
