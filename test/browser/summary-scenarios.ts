// Real summaries to look at: the bundle run as the runner runs it, against the emulator, for 1, 12 and
// 40 targets with mixed outcomes and real-length (UUID) deployment ids.
import type { DeploymentScript, ProtonEmulator } from '../emulator/proton-emulator.js';
import { runAction, TEST_ACCESS_KEY_ID, type ActionRun } from '../support/run-action.js';

type Ending = 'cancelled' | 'failed' | 'failed-long' | 'timed-out' | 'not-in-progress' | 'succeeded' | 'error';

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
  failed: { cancelEndsAs: 'FAILED', endMessage: 'Stack rollback failed: ServiceSecurityGroup could not be deleted' },
  'failed-long': { cancelEndsAs: 'FAILED', endMessage: CLOUDFORMATION_MESSAGE },
  'timed-out': { cancelEndsAs: 'never' },
  'not-in-progress': { status: 'SUCCEEDED' },
  succeeded: { cancelEndsAs: 'SUCCEEDED' },
};

export const SCENARIOS: Scenario[] = [
  { name: 'summary-1', service: 'api', endings: ['failed-long'] },
  {
    name: 'summary-12',
    service: 'api',
    // As a user reported it: 5 of 12 cancelled, the ones that fail the step far down the table.
    endings: ['cancelled', 'cancelled', 'cancelled', 'not-in-progress', 'cancelled', 'succeeded', 'failed-long', 'failed', 'timed-out', 'timed-out', 'cancelled', 'error'],
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
  },
  {
    name: 'summary-dry-run',
    service: 'web',
    endings: ['cancelled', 'cancelled', 'not-in-progress', 'cancelled', 'error'],
    inputs: { 'dry-run': 'true' },
    // A valid Proton name with no natural break point: it must not widen the card.
    names: { 4: 'instance_generated_by_the_platform_template_for_the_eu_west_1_region_blue_green_slot_number_0042' },
  },
  // Cancellations made, then the session expired: which stand, and what to do, said once at the top.
  { name: 'summary-session-expired', service: 'api', endings: ['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled'], sessionExpires: true },
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
  if (scenario.sessionExpires) emulator.before('GetServiceInstance', () => emulator.expiredKeys.add(TEST_ACCESS_KEY_ID));
  const run = await runAction({
    inputs: {
      'resource-type': 'service-instance',
      'service-name': scenario.service,
      'service-instance-name': names.join('\n'),
      'endpoint-url': emulator.url,
      'poll-interval-seconds': '0.3',
      'wait-timeout-seconds': '4',
      ...scenario.inputs,
    },
    timeoutMs: 30_000,
  });
  const results = JSON.parse(run.outputs.results ?? '[]') as Array<{ name: string; outcome: string }>;
  const failing = results.filter((r) => ['error', 'failed', 'timed-out'].includes(r.outcome)).map((r) => r.name);
  return { run, failing };
}
