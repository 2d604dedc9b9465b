// The words of each progress event (domain/progress.ts), and whether it is a log line or debug detail.
import type { ProgressEvent } from '../domain/progress.js';
import type { DeploymentState } from '../domain/target-result.js';
import { describeLeftAlone } from './explain.js';
import { failureWords } from './failure-words.js';
import { formatDuration } from '../lib/text.js';

export interface ProgressWords {
  level: 'info' | 'debug';
  text: string;
}

export function progressWords(event: ProgressEvent): ProgressWords {
  const info = (text: string): ProgressWords => ({ level: 'info', text });
  switch (event.kind) {
    case 'cancel-requested':
      return info(
        event.deployment.status
          ? `cancellation requested: ${statusLine(event.deployment)}`
          : "cancellation requested: Proton's answer carried no deployment status, so the step reads it",
      );
    case 'already-cancelling':
      switch (event.when) {
        case 'found':
          return info('already CANCELLING: someone else started the cancellation, who is unknown; following it to its end');
        case 'after-unanswered-attempt':
          return info('already CANCELLING: an earlier attempt of this step got no answer and may have started it, or someone else did; following it to its end');
        case 'after-conflict':
          return info(
            'already CANCELLING when this step asked (Proton answered ConflictException): someone else started the cancellation, who is unknown; following it to its end',
          );
      }
      break;
    case 'conflict-asking-again':
      return info(
        `Proton answered ConflictException but reports IN_PROGRESS (a new deployment may have started between the two calls): asking again (${event.attempt} of ${event.of})`,
      );
    case 'nothing-in-progress':
      return info(`nothing to cancel: no deployment in progress (Proton reports ${event.status ?? 'no deployment status'})`);
    case 'given-deployment-not-latest':
      return info(
        `nothing to cancel: deployment ${event.id} is ${event.status ?? 'without a status'}${event.latestId ? `, and the latest deployment is ${event.latestId}` : ''}`,
      );
    case 'cancel-reached-newer':
      return info(`the cancel request reached deployment ${event.instead}, which started after deployment ${event.given} ended`);
    case 'left-alone':
      return info(describeLeftAlone(event.leftAlone));
    case 'dry-run':
      return info(
        event.wouldCancel
          ? `would cancel deployment ${event.deploymentId ?? '(no id)'} (IN_PROGRESS); dry run, no cancel request made`
          : `already CANCELLING, so nothing to cancel; dry run, no cancel request made`,
      );
    case 'newer-deployment-started':
      return info(`a newer deployment ${event.newer} has started, so deployment ${event.ours} has ended: asking Proton's deployment history how it ended`);
    case 'status-changed':
      return info(statusLine(event.deployment, event.waitedMs, event.fromHistory));
    case 'polled':
      return { level: 'debug', text: `poll ${event.poll}: ${event.status ?? 'no status'} after ${formatDuration(event.waitedMs)}` };
    case 'read-failed':
      return {
        level: 'debug',
        text:
          event.poll !== undefined
            ? `poll ${event.poll}: the status read failed (${event.inARow ?? 1} in a row): ${failureWords(event.failure)}`
            : `reading the state failed: ${failureWords(event.failure)}`,
      };
    case 'reads-failing':
      return info(`status reads keep failing (${event.failures} in a row); still polling until wait-timeout-seconds: ${failureWords(event.failure)}`);
    case 'reads-recovered':
      return info(`status reads work again after ${event.failures} failures`);
  }
}

/** "Proton reports CANCELLED after 20 s". The status message is said once, with the outcome, at the end. */
export function statusLine(deployment: DeploymentState, waitedMs?: number, fromHistory = false): string {
  const status = deployment.status ?? 'no deployment status';
  const after = waitedMs === undefined ? '' : ` after ${formatDuration(waitedMs)}`;
  const source = fromHistory ? ` for deployment ${deployment.id ?? '?'} (deployment history)` : '';
  return `Proton reports ${status}${source}${after}`;
}
