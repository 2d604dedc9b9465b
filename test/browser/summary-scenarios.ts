// Real summaries to look at: the bundle run as the runner runs it, against the emulator, for 1, 12 and
// 40 targets with mixed outcomes and real-length (UUID) deployment ids.
import type { DeploymentScript, ProtonEmulator } from '../emulator/proton-emulator.js';
import { runAction, TEST_ACCESS_KEY_ID, type ActionRun } from '../support/run-action.js';

type Ending = 'cancelled' | 'cancelled-later' | 'failed' | 'failed-long' | 'timed-out' | 'not-in-progress' | 'succeeded' | 'error' | 'slow' | 'older';

export interface Scenario {
  name: string;
  service: string;
  endings: Ending[];
  /** Extra inputs, such as dry-run. */
  inputs?: Record<string, string>;
  /** Names to use instead of the usual ones, by position. */
  names?: Record<number, string>;
  /** The role session expires once the first status read is answered: the rest are ExpiredTokenException. */
  sessionExpires?: boolean;
  /** SIGINT once every cancel request was answered, while the step waits. */
  interrupted?: boolean;
  /** Armed with when: job-cancelled, then the post step runs, as when the job is cancelled. */
  guard?: boolean;
  /** What the heading must say, as rendered. */
  heading: RegExp;
}

/** What CloudFormation says when a rollback fails: long, with line breaks and an ARN. */
export const CLOUDFORMATION_MESSAGE = [
  'Resource handler returned message: "Stack arn:aws:cloudformation:us-east-1:111122223333:stack/AWSProton-api-prod-6f1c2a9e/0f4e1b20-9a3c-11ef-8d1e-0affd1c2b3a4',
  'is in UPDATE_ROLLBACK_FAILED state and can not be updated." (RequestToken: 4c1f9a3e-2d7b-4e51-9f0a-6b8c2d1e3f40, HandlerErrorCode: NotStabilized)',
  'Resource ServiceTaskDefinition failed to stabilize: the ECS service api-prod did not reach a steady state within 1800 seconds;',
  '3 tasks stopped: CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref',
  '111122223333.dkr.ecr.us-east-1.amazonaws.com/api:8f3e2c1: not found. Rollback requested by user.',
].join('\n');

const SCRIPTS: Record<Exclude<Ending, 'error'>, DeploymentScript> = {
  cancelled: { readsUntilEnd: 1 },
  // Still cancelling at the first status read, whether a Get or a listing answers it.
  'cancelled-later': { readsUntilEnd: 2 },
  failed: { cancelEndsAs: 'FAILED', endMessage: 'Stack rollback failed: ServiceSecurityGroup could not be deleted' },
  'failed-long': { cancelEndsAs: 'FAILED', endMessage: CLOUDFORMATION_MESSAGE },
  'timed-out': { cancelEndsAs: 'never' },
  'not-in-progress': { status: 'SUCCEEDED' },
  succeeded: { cancelEndsAs: 'SUCCEEDED' },
  // Ends long after any wait here: what an interrupted step leaves behind.
  slow: { cancelEndsAs: 'never' },
  // Started a quarter of an hour ago: the guard leaves it running.
  older: { startedSecondsAgo: 900 },
};

export const SCENARIOS: Scenario[] = [
  { name: 'summary-1', service: 'api', endings: ['failed-long'], heading: /^❌ Cancel Proton deployment of service instance api\/prod-eu-west-1: cancellation failed$/ },
  {
    name: 'summary-12',
    service: 'api',
    // As a user reported it: 5 of 12 cancelled, the ones that fail the step far down the table.
    endings: ['cancelled', 'cancelled', 'cancelled', 'not-in-progress', 'cancelled', 'succeeded', 'failed-long', 'failed', 'timed-out', 'timed-out', 'cancelled', 'error'],
    heading: /^❌ Cancel Proton deployments: 5 of 12 targets fail the step$/,
  },
  {
    name: 'summary-40',
    service: 'checkout',
    endings: Array.from({ length: 40 }, (_, i): Ending => {
      if (i % 13 === 6) return 'failed-long';
      if (i % 11 === 4) return 'failed';
      if (i % 17 === 9) return 'timed-out';
      if (i % 9 === 2) return 'not-in-progress';
      if (i === 21) return 'succeeded';
      if (i === 33) return 'error';
      return 'cancelled';
    }),
    heading: /^❌ Cancel Proton deployments: \d+ of 40 targets fail the step$/,
  },
  {
    name: 'summary-dry-run',
    service: 'web',
    endings: ['cancelled', 'cancelled', 'not-in-progress', 'cancelled', 'error'],
    inputs: { 'dry-run': 'true' },
    // A valid Proton name with no natural break point: it must not widen the card.
    names: { 4: 'instance_generated_by_the_platform_template_for_the_eu_west_1_region_blue_green_slot_number_0042' },
    heading: /^❌ Cancel Proton deployments \(dry run\): 1 of 5 targets fails the step$/,
  },
  // Cancellations made, then the session expired: which stand, and what to do, said once at the top.
  {
    name: 'summary-session-expired',
    service: 'api',
    endings: ['cancelled', 'cancelled-later', 'cancelled-later', 'cancelled-later', 'cancelled-later', 'cancelled-later'],
    sessionExpires: true,
    heading: /^❌ Cancel Proton deployments: 5 of 6 targets fail the step$/,
  },
  // The run was cancelled while the step waited: it says interrupted, never a success.
  { name: 'summary-interrupted', service: 'api', endings: ['slow', 'slow', 'slow'], interrupted: true, heading: /^⏹️ Cancel Proton deployments: interrupted by SIGINT; 3 of 3 targets fail the step$/ },
  // The guard's post step left a deployment older than the guard running.
  { name: 'summary-guard-left-running', service: 'api', endings: ['older'], guard: true, heading: /^⏭️ Cancel Proton deployment of service instance api\/prod-eu-west-1: left running by the guard$/ },
  // Bad input: nothing done, and the summary says which inputs to fix.
  { name: 'summary-invalid-input', service: 'api', endings: [], inputs: { wait: 'maybe', 'poll-interval-seconds': 'soon' }, heading: /^❌ Cancel Proton deployment: invalid input$/ },
];

const INSTANCE_NAMES = ['prod-eu-west-1', 'prod-us-east-1', 'prod-ap-southeast-2', 'staging-eu', 'canary', 'prod-eu-central-1', 'prod-us-west-2', 'perf', 'prod-sa-east-1', 'prod-ap-northeast-1', 'blue', 'green'];

function instanceName(i: number): string {
  const base = INSTANCE_NAMES[i % INSTANCE_NAMES.length]!;
  return i < INSTANCE_NAMES.length ? base : `${base}-${Math.floor(i / INSTANCE_NAMES.length) + 1}`;
}

/** Runs the bundled action over the scenario's targets; returns the run and which target names fail the step. */
export async function runScenario(emulator: ProtonEmulator, scenario: Scenario): Promise<{ run: ActionRun; failing: string[] }> {
  emulator.clearResources();
  emulator.reset();
  const names = scenario.endings.map((_, i) => scenario.names?.[i] ?? instanceName(i));
  scenario.endings.forEach((ending, i) => {
    if (ending !== 'error') emulator.add('service-instance', names[i]!, SCRIPTS[ending], scenario.service);
  });
  // The first status read, whichever way the fleet is polled (a Get each, or a listing).
  if (scenario.sessionExpires) for (const read of ['GetServiceInstance', 'ListServiceInstances']) emulator.before(read, () => emulator.expiredKeys.add(TEST_ACCESS_KEY_ID));
  const inputs = {
    'resource-type': 'service-instance',
    'service-name': scenario.service,
    'service-instance-name': names.join('\n'),
    'endpoint-url': emulator.url,
    'poll-interval-seconds': '0.3',
    'wait-timeout-seconds': '4',
    ...(scenario.guard ? { when: 'job-cancelled' } : {}),
    ...scenario.inputs,
  };
  const state = scenario.guard ? (await runAction({ inputs })).state : undefined;
  const run = await runAction({
    inputs,
    ...(state ? { state } : {}),
    ...(scenario.interrupted ? { interrupt: { signal: 'SIGINT' as const, after: emulator.received('CancelServiceInstanceDeployment', names.length).then(() => new Promise((r) => setTimeout(r, 300))) } } : {}),
    timeoutMs: 30_000,
  });
  const results = JSON.parse(run.outputs.results ?? '[]') as Array<{ name: string; outcome: string }>;
  const failing = results.filter((r) => ['error', 'failed', 'timed-out', 'interrupted'].includes(r.outcome)).map((r) => r.name);
  return { run, failing };
}
