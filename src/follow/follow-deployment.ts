// Follow one deployment until Proton says where it ended, the deadline passes, or a signal stops the
// step. It is always the deployment the step acted on: when a newer deployment starts on the resource
// (Proton runs one at a time, so ours has ended), the loop asks the deployment history how ours ended.
// A status read that fails for a reason that may pass does not end the wait; only a definitive answer
// (not found, access denied, credentials rejected, invalid) does.
import type { Clock } from '../lib/clock.js';
import { isStillDeploying } from '../domain/outcome.js';
import type { Progress } from '../domain/progress.js';
import { assertRequestFailed, type ProtonApi } from '../proton/api.js';
import { stopSignal, whatStopped, type Stop, type StoppedBy } from '../lib/stop.js';
import { readDeployment } from '../proton/deployment-history.js';
import type { Failure } from '../domain/failure.js';
import { errorKindOf, isDefinitive } from '../proton/failure-kinds.js';
import type { ProtonResource, Target } from '../domain/resources.js';
import type { StatusPolls } from './status-polls.js';
import { latestDeployment, type DeploymentState, type ErrorKind } from '../domain/target-result.js';

/** After this many failed status reads in a row, say so once (each failure alone is debug detail). */
export const FAILED_READS_BEFORE_WARNING = 3;
/** The first poll of each target is spread over this share of an interval, so a fleet does not poll in lockstep. */
export const FIRST_POLL_SPREAD = 0.2;

export interface FollowContext {
  api: ProtonApi;
  /** Where each poll's status comes from: a Get, or the target's share of a listing. */
  polls: StatusPolls;
  clock: Clock;
  stop: Stop;
  region: string;
  /** A dry run: nothing is cancelled, and advice names only the reads it makes. */
  dryRun: boolean;
  pollIntervalMs: number;
  progress: Progress;
  random: () => number;
}

export interface FollowFrom {
  resource: ProtonResource | undefined;
  deployment: DeploymentState;
  /** Read at once instead of after the first interval, because the state is not known yet. */
  readFirst?: boolean;
}

export type FollowEnd =
  | { kind: 'ended' }
  | { kind: 'stopped'; by: StoppedBy }
  | { kind: 'error'; failure: Failure; errorKind: ErrorKind };

export interface Followed {
  end: FollowEnd;
  resource: ProtonResource | undefined;
  deployment: DeploymentState;
  newerDeploymentId?: string;
  /** What the failing status reads ran into, when they were failing as the wait ended. */
  readFailure?: Failure;
}

export async function followDeployment(target: Target, from: FollowFrom, ctx: FollowContext): Promise<Followed> {
  const { api, clock, stop, progress } = ctx;
  const signal = stopSignal(stop);
  const startedAt = clock.now();
  let { resource, deployment } = from;
  let newerDeploymentId: string | undefined;
  let failedReads = 0;
  let readFailure: Failure | undefined;

  const finish = (end: FollowEnd): Followed => {
    ctx.polls.leave(target);
    return {
      end,
      resource,
      deployment,
      ...(newerDeploymentId ? { newerDeploymentId } : {}),
      ...(readFailure ? { readFailure } : {}),
    };
  };

  // What the last poll said came from a list: its end may lack the status message a Get carries.
  let lastFromList = false;
  let lastReadAt = clock.now();
  const readLatest = async (first: boolean): Promise<'stopped' | undefined> => {
    const polled = first && from.readFirst ? await ctx.polls.now(target) : await ctx.polls.next(target, lastReadAt, first ? FIRST_POLL_SPREAD * ctx.random() : 0);
    if (polled.kind === 'stopped') return 'stopped';
    // A failed read counts as a poll too: the next comes an interval later, not at once.
    lastReadAt = clock.now();
    if (polled.kind === 'failed') throw polled.failure;
    lastFromList = polled.fromList;
    resource = polled.resource;
    const latest = latestDeployment(resource);
    const ours = deployment.id;
    if (ours && latest.id && latest.id !== ours) {
      newerDeploymentId = latest.id;
      progress.tell(target, { kind: 'newer-deployment-started', newer: latest.id, ours });
      deployment = await readDeployment(api, target, ours, stop);
      return;
    }
    // A legacy resource has no ids; one whose first answer lacked it gets it from the latest.
    const id = ours ?? latest.id;
    deployment = { ...latest, ...(id ? { id } : {}) };
    return undefined;
  };
  // Only reached once a newer deployment was seen, which needs our id: its own Get, every interval.
  const readFromHistory = async (): Promise<'stopped' | undefined> => {
    await clock.sleep(ctx.pollIntervalMs, signal);
    if (whatStopped(stop)) return 'stopped';
    lastFromList = false;
    deployment = await readDeployment(api, target, deployment.id!, stop);
    return undefined;
  };

  for (let poll = 1; (poll === 1 && from.readFirst) || isStillDeploying(deployment.status); poll++) {
    const stopped = whatStopped(stop);
    if (stopped) return finish({ kind: 'stopped', by: stopped });

    const before = deployment.status;
    try {
      if ((await (newerDeploymentId ? readFromHistory() : readLatest(poll === 1))) === 'stopped') return finish({ kind: 'stopped', by: whatStopped(stop) ?? 'interrupt' });
    } catch (error) {
      assertRequestFailed(error);
      const what: Failure = { kind: 'request', request: error, target, region: ctx.region, during: 'follow' };
      const cutShort = whatStopped(stop);
      if (cutShort) {
        // Keep what earlier reads ran into, unless this one got answers that say more.
        if (error.attempts.some((a) => a.kind !== 'cut-short')) readFailure = what;
        return finish({ kind: 'stopped', by: cutShort });
      }
      if (isDefinitive(error)) {
        const failure: Failure = newerDeploymentId
          ? { ...what, newerDeploymentId, ...(deployment.id ? { deploymentId: deployment.id } : {}) }
          : what;
        return finish({ kind: 'error', failure, errorKind: errorKindOf(error, 'read') });
      }
      failedReads += 1;
      readFailure = what;
      progress.tell(target, { kind: 'read-failed', failure: what, poll, inARow: failedReads });
      if (failedReads === FAILED_READS_BEFORE_WARNING) progress.tell(target, { kind: 'reads-failing', failures: failedReads, failure: what });
      continue;
    }
    if (failedReads >= FAILED_READS_BEFORE_WARNING) progress.tell(target, { kind: 'reads-recovered', failures: failedReads });
    failedReads = 0;
    readFailure = undefined;
    const waited = clock.now() - startedAt;
    progress.tell(target, { kind: 'polled', poll, status: deployment.status, waitedMs: waited });
    if (deployment.status !== before) progress.tell(target, { kind: 'status-changed', deployment, waitedMs: waited, fromHistory: newerDeploymentId !== undefined });
  }
  if (lastFromList) await fillStatusMessage();
  return finish({ kind: 'ended' });

  /**
   * A list told the end; what the summary shows of an end that is not CANCELLED (why it failed) is
   * read once, now, from the Get, if the list did not carry it.
   */
  async function fillStatusMessage(): Promise<void> {
    if (deployment.status === 'CANCELLED' || deployment.statusMessage) return;
    const polled = await ctx.polls.now(target);
    if (polled.kind !== 'read' || !polled.resource) return;
    const latest = latestDeployment(polled.resource);
    if (latest.id !== deployment.id || latest.status !== deployment.status) return;
    resource = polled.resource;
    if (latest.statusMessage) deployment = { ...deployment, statusMessage: latest.statusMessage };
  }
}
