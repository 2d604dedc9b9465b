// What the cancelling and following tell people while they work. The orchestration hands in the
// reporting's implementation, so the work never prints by itself.
import type { Target } from './resources.js';

export interface Progress {
  /** A fact worth a line in the log as it happens: a status change, a newer deployment, a conflict. */
  info(target: Target, text: string): void;
  /** Detail for debug logging only: each poll, each failed attempt. */
  debug(target: Target, text: string): void;
  /** Status reads of this target keep failing (said once per streak). */
  readsFailing(target: Target, failures: number, what: string): void;
  /** Status reads work again after a streak of failures. */
  readsRecovered(target: Target, failures: number): void;
}

