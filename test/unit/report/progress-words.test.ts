// Each progress event the work hands over has words, at the level a person needs: the live log for
// what changed, debug detail for each poll and each failed read.
import { expect, test } from 'vitest';
import type { ProgressEvent } from '../../../src/domain/progress.js';
import { progressWords } from '../../../src/report/progress-words.js';
import { throttledRead } from '../../support/failures.js';

const events: Array<[ProgressEvent, 'info' | 'debug', string]> = [
  [{ kind: 'cancel-requested', deployment: { id: 'd1', status: 'CANCELLING' } }, 'info', 'cancellation requested: Proton reports CANCELLING'],
  [{ kind: 'cancel-requested', deployment: {} }, 'info', "cancellation requested: Proton's answer carried no deployment status, so the step reads it"],
  [{ kind: 'already-cancelling', when: 'found' }, 'info', 'already CANCELLING: someone else started the cancellation'],
  [{ kind: 'already-cancelling', when: 'after-unanswered-attempt' }, 'info', 'an earlier attempt of this step got no answer'],
  [{ kind: 'already-cancelling', when: 'after-conflict' }, 'info', '(Proton answered ConflictException)'],
  [{ kind: 'conflict-asking-again', attempt: 2, of: 3 }, 'info', 'asking again (2 of 3)'],
  [{ kind: 'nothing-in-progress', status: 'SUCCEEDED' }, 'info', 'nothing to cancel: no deployment in progress (Proton reports SUCCEEDED)'],
  [{ kind: 'given-deployment-not-latest', id: 'd1', status: 'FAILED', latestId: 'd2' }, 'info', 'deployment d1 is FAILED, and the latest deployment is d2'],
  [{ kind: 'cancel-reached-newer', instead: 'd2', given: 'd1' }, 'info', 'reached deployment d2, which started after deployment d1 ended'],
  [{ kind: 'left-alone', leftAlone: { target: { type: 'environment', name: 'e' }, deploymentId: 'd1' } }, 'info', 'left running: Proton does not say when deployment d1 started'],
  [{ kind: 'dry-run', wouldCancel: true, deploymentId: 'd1' }, 'info', 'would cancel deployment d1 (IN_PROGRESS); dry run'],
  [{ kind: 'dry-run', wouldCancel: false, deploymentId: 'd1' }, 'info', 'already CANCELLING, so nothing to cancel; dry run'],
  [{ kind: 'newer-deployment-started', newer: 'd2', ours: 'd1' }, 'info', "a newer deployment d2 has started, so deployment d1 has ended: asking Proton's deployment history"],
  [{ kind: 'status-changed', deployment: { id: 'd1', status: 'CANCELLED' }, waitedMs: 20_000, fromHistory: true }, 'info', 'Proton reports CANCELLED for deployment d1 (deployment history) after 20 s'],
  [{ kind: 'polled', poll: 3, status: 'CANCELLING', waitedMs: 30_000 }, 'debug', 'poll 3: CANCELLING after 30 s'],
  [{ kind: 'read-failed', failure: throttledRead(2), poll: 4, inARow: 2 }, 'debug', 'poll 4: the status read failed (2 in a row): Proton throttled GetEnvironment on all 2 attempts'],
  [{ kind: 'read-failed', failure: throttledRead(1) }, 'debug', 'reading the state failed: Proton throttled GetEnvironment: raise max-attempts'],
  [{ kind: 'reads-failing', failures: 3, failure: throttledRead(3) }, 'info', 'status reads keep failing (3 in a row); still polling until wait-timeout-seconds: Proton throttled GetEnvironment on all 3 attempts'],
  [{ kind: 'reads-recovered', failures: 4 }, 'info', 'status reads work again after 4 failures'],
];

test.each(events)('%j is said at %s level: %s', (event, level, words) => {
  const said = progressWords(event);
  expect(said.level).toBe(level);
  expect(said.text).toContain(words);
});
