// A ConflictException after an attempt whose reply was lost on the wire: the first cancel took
// effect, so the retry meets Conflict and the resource reads CANCELLING. Over HTTP, because only the
// wire loses a reply; the other Conflict cases run over the client seam
// (test/unit/cancel/request-cancellation.test.ts).
import { expect, test } from 'vitest';
import { useCancelHarness } from '../support/cancel-harness.js';
import { freshTarget } from '../support/targets.js';

const h = useCancelHarness();
const emulator = h.emulator;

test('after an attempt whose reply was lost, the log says this step may have started it', async () => {
  const target = freshTarget('environment');
  // The first attempt takes effect but its answer never arrives; the retry then meets Conflict.
  emulator.inject({ kind: 'lost-reply', operation: 'CancelEnvironmentDeployment' });
  const result = await h.one(target, { readsUntilEnd: 2 });
  expect(result.outcome).toBe('cancelled');
  expect(emulator.operations().filter((op) => op === 'CancelEnvironmentDeployment')).toHaveLength(2);
  expect(h.progress.texts()).toContainEqual(expect.stringMatching(/^already CANCELLING: an earlier attempt of this step got no answer and may have started it/));
});
