// What the cancelling and following tell people while they work, as facts: the work hands each
// event to a Progress, and the reporting (report/progress-words.ts) words it and decides whether it
// is a log line or debug detail. The orchestration hands in the reporting's implementation, so the
// work never prints, and never composes a sentence, by itself.
import type { Failure } from './failure.js';
import type { DeploymentState, LeftAlone } from './target-result.js';
import type { Target } from './resources.js';

export type ProgressEvent =
  /** Proton accepted the cancel; `deployment` is its answer's (no status: the step reads it). */
  | { kind: 'cancel-requested'; deployment: DeploymentState }
  /**
   * The deployment was already CANCELLING: found so before asking (`found`), after an earlier
   * attempt of this step went unanswered (`after-unanswered-attempt`), or when the cancel met a
   * ConflictException (`after-conflict`).
   */
  | { kind: 'already-cancelling'; when: 'found' | 'after-unanswered-attempt' | 'after-conflict' }
  /** ConflictException while the resource reads IN_PROGRESS: asking again, this time of so many. */
  | { kind: 'conflict-asking-again'; attempt: number; of: number }
  /** No deployment in progress: Proton reports this status. */
  | { kind: 'nothing-in-progress'; status: string | undefined }
  /** The deployment given in deployment-id is not the latest: its own status, from the history. */
  | { kind: 'given-deployment-not-latest'; id: string; status: string | undefined; latestId: string | undefined }
  /** The cancel reached a deployment that started after the given one ended. */
  | { kind: 'cancel-reached-newer'; instead: string; given: string }
  /** The guard left a deployment in progress alone. */
  | { kind: 'left-alone'; leftAlone: LeftAlone }
  /** Dry run: the deployment in progress would be cancelled, or is already being cancelled. */
  | { kind: 'dry-run'; wouldCancel: boolean; deploymentId: string | undefined }
  /** A newer deployment started: the one followed has ended, and the history is asked how. */
  | { kind: 'newer-deployment-started'; newer: string; ours: string }
  /** The status changed while following. */
  | { kind: 'status-changed'; deployment: DeploymentState; waitedMs: number; fromHistory: boolean }
  /** A poll's answer (debug detail). */
  | { kind: 'polled'; poll: number; status: string | undefined; waitedMs: number }
  /** A status read failed: while following (`poll`, `inARow`), or reading the state before a decision. */
  | { kind: 'read-failed'; failure: Failure; poll?: number; inARow?: number }
  /** Status reads keep failing (told once per streak). */
  | { kind: 'reads-failing'; failures: number; failure: Failure }
  /** Status reads work again after a streak of failures. */
  | { kind: 'reads-recovered'; failures: number };

export interface Progress {
  tell(target: Target, event: ProgressEvent): void;
}
