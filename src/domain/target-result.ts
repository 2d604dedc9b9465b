// What the step learned about one target. It sits below both the cancelling (which produces it) and
// the reporting (which reads it), so neither depends on the other.
import type { DeploymentStatus } from './deployment-status.js';
import type { Failure } from './failure.js';
import { mostSevere, type Outcome } from './outcome.js';
import type { ProtonResource, Target } from './resources.js';
import type { Wildcard } from './wildcard.js';

/** One deployment as Proton described it: the resource's latest, or one read from the deployment history. */
export interface DeploymentState {
  id?: string;
  status?: DeploymentStatus;
  statusMessage?: string;
}

/** What kind of failure ended a target as `error`: what the step could and could not do. */
export type ErrorKind =
  /** Nothing reached Proton: credentials could not be loaded, or the proxy or CA bundle is unusable. */
  | 'no-request'
  | 'not-found'
  /** Proton's deployment history has no deployment with the id given in deployment-id. */
  | 'unknown-deployment'
  | 'access-denied'
  /** AWS rejected the step's credentials (expired, invalid). */
  | 'credentials'
  /** The network, a proxy or a certificate kept every attempt from Proton. */
  | 'unreachable'
  /** The cancel request failed: the cancellation was not made. */
  | 'not-made'
  /** The cancel request got no answer, or a 5xx: the cancellation may or may not have been made. */
  | 'maybe-made'
  /** A status read failed for good (and nothing else above says more). */
  | 'read-failed';

/** What every result says, whatever the outcome. */
interface ResultBase {
  target: Target;
  /** The resource as Proton last returned it. After a newer deployment started, it describes that one. */
  resource?: ProtonResource;
  /** The deployment the step acted on, and where it was last seen. */
  deployment?: DeploymentState;
  waitedMs: number;
}

/** Facts about a deployment the step cancelled, found being cancelled, or followed. */
interface Followed {
  /** The deployment was already CANCELLING when the step asked: by whom is unknown. */
  alreadyCancelling?: boolean;
  /** A newer deployment started on the resource while the step followed the one it acted on. */
  newerDeploymentId?: string;
}

/** AWS answered that the step's credentials had expired (ExpiredTokenException), this long into the step (derived from a failure: proton/failure-kinds.ts). */
export interface CredentialsExpired {
  afterMs: number;
  /** The cancellation had been accepted before: it stands, though where it ended is unknown. */
  cancellationStands: boolean;
}

/** What the step learned about one target: a union by outcome, each with the facts that outcome can have. */
export type TargetResult = ResultBase &
  (
    | ({ outcome: 'cancelled' | 'succeeded' | 'failed' } & Followed)
    | ({
        outcome: 'timed-out' | 'interrupted' | 'submitted';
        /** Status reads were failing when the wait ended (or, for submitted, the one read failed): what the last one ran into. */
        readFailure?: Failure;
      } & Followed)
    | ({
        outcome: 'not-in-progress';
        /**
         * The cancel request reached this deployment instead of the one given in deployment-id: that
         * one ended and this one started between the step's read and its cancel.
         */
        cancelledInstead?: string;
      } & Followed)
    | { outcome: 'would-cancel' }
    /** An in-progress deployment the guard left alone: it started before the job armed the guard. */
    | { outcome: 'left-running'; leftAlone: LeftAlone }
    | { outcome: 'error'; failure: Failure; errorKind: ErrorKind }
  );

/** The results of one outcome (for a variant that holds several, its share of it). */
export type ResultOf<O extends Outcome> = TargetResult & { outcome: O };

/** A result without what every result has, for the code that builds one. */
export type ResultFacts = TargetResult extends infer R ? (R extends TargetResult ? Omit<R, 'target' | 'waitedMs'> : never) : never;

/** The deployment newer than the one the step acted on, when one started: cancelled instead, or seen to start. */
export function newerDeploymentOf(result: TargetResult): string | undefined {
  return cancelledInsteadOf(result) ?? newerStartedOf(result);
}

/** The deployment a cancel request reached instead of the one given in deployment-id, if that happened. */
export function cancelledInsteadOf(result: TargetResult): string | undefined {
  return result.outcome === 'not-in-progress' ? result.cancelledInstead : undefined;
}

/** A newer deployment the step saw start after the one it acted on (and did not touch). */
export function newerStartedOf(result: TargetResult): string | undefined {
  return 'newerDeploymentId' in result ? result.newerDeploymentId : undefined;
}

export interface LeftAlone {
  target: Target;
  deploymentId?: string;
  /** When it was attempted; undefined when Proton did not say (then the guard cannot tell it is the job's). */
  attemptedAt?: Date;
}

/** What `*` found. */
export interface Discovery {
  wildcard: Wildcard;
  /** In progress when listed (and, in the guard's post step, started since it armed). */
  matched: Target[];
  /** In progress, but older than the guard: left out of the results. */
  leftAlone: LeftAlone[];
}

/** Everything the step did, for the reporting. */
export interface StepResult {
  results: TargetResult[];
  /** Set when the targets were found by `*` rather than named. */
  discovery?: Discovery;
  /** A failure before any target could be worked on, such as finding the targets for `*`. */
  problem?: Failure;
  dryRun: boolean;
}

/** The deployment a resource describes: its latest attempted one. */
export function latestDeployment(resource: ProtonResource | undefined): DeploymentState {
  return {
    ...(resource?.lastAttemptedDeploymentId ? { id: resource.lastAttemptedDeploymentId } : {}),
    ...(resource?.deploymentStatus ? { status: resource.deploymentStatus } : {}),
    ...(resource?.deploymentStatusMessage ? { statusMessage: resource.deploymentStatusMessage } : {}),
  };
}

/**
 * The deployment a result reports when the step was given a deployment-id: that one, always. What the
 * step learned about another deployment (the resource's latest) is not said of it.
 */
export function givenDeployment(deployment: DeploymentState | undefined, id: string): DeploymentState {
  return deployment?.id === id ? deployment : { id };
}

/**
 * The step's outcome: error when it could not get to the targets at all; else the most severe of the
 * targets'; and not-in-progress when `*` matched nothing.
 */
export function stepOutcome(step: Pick<StepResult, 'results' | 'problem' | 'discovery'>): Outcome | undefined {
  if (step.problem) return 'error';
  return mostSevere(step.results.map((r) => r.outcome)) ?? (step.discovery ? 'not-in-progress' : undefined);
}
