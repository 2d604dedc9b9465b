// `npm run demo`: watch the bundled action cancel a Proton deployment, with no AWS account.
// It starts the Proton emulator on 127.0.0.1, runs dist/index.js exactly as the GitHub runner would
// (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), shows the step's log as GitHub shows it,
// its outputs, and writes an HTML preview of the job summary as GitHub renders it.
// `npm run demo -- --help` lists the scenarios (USAGE below).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { githubPage } from './browser/render-as-github.js';
import { runScenario, SCENARIOS } from './browser/summary-scenarios.js';
import { startEmulator } from './emulator/proton-emulator.js';
import { logAsGitHubShowsIt } from './support/github-log.js';
import { runAction, type ActionRun } from './support/run-action.js';

const USAGE = `Runs the bundled action (node dist/index.js) as the GitHub runner would, against the Proton
emulator on 127.0.0.1: no AWS account or credentials. Shows the step's log as GitHub shows it, its
outputs, and an HTML preview of the job summary.

Usage: npm run demo -- [SCENARIO] [--expand] [--debug]

Scenarios:
  (none)              one environment, cancelled
  --fleet             12 service instances with mixed outcomes: cancelled, failed, timed out, not found
  --guard             when: job-cancelled: the main step arms the guard and makes no request; a
                      deployment starts; the job is cancelled; the post step (post-if: cancelled())
                      gets the main step's state (GITHUB_STATE -> STATE_*) and cancels it
  --guard --left-alone
                      the same, with a deployment that started an hour before the guard armed: the
                      post step leaves it running

Options:
  --expand            open the log's groups
  --debug             show debug lines too (as re-running a job with debug logging does)
  --help              this text`;

function readArgs(): { fleet: boolean; guard: boolean; 'left-alone': boolean; expand: boolean; debug: boolean } {
  try {
    const { values } = parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        fleet: { type: 'boolean', default: false },
        guard: { type: 'boolean', default: false },
        'left-alone': { type: 'boolean', default: false },
        expand: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.fleet && values.guard) throw new Error('--fleet and --guard are two scenarios: give one');
    if (values['left-alone'] && !values.guard) throw new Error('--left-alone is a variant of --guard: give both');
    return values;
  } catch (error) {
    const said = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/\.$/, '');
    console.error(`demo: ${said}. Run with --help for the usage.`);
    process.exit(2);
  }
}

const args = readArgs();

const emulator = await startEmulator();
let run: ActionRun;
let succeeded: boolean;
const section = (title: string): void => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
const showLog = (title: string, step: ActionRun): void => {
  section(`${title}, as GitHub shows it${args.expand ? '' : ' (groups folded: --expand opens them'}${args.debug ? '' : `${args.expand ? ' (' : '; '}--debug shows debug lines`})`);
  console.log(logAsGitHubShowsIt(step.stdout, { expand: args.expand, debug: args.debug }));
};
try {
  if (args.guard) {
    const inputs = { 'resource-type': 'environment', 'environment-name': 'demo-env', when: 'job-cancelled', 'poll-interval-seconds': '1', 'endpoint-url': emulator.url };
    console.log(`Proton emulator on ${emulator.url}. The step, in a job that deploys environment demo-env:`);
    for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);
    const main = await runAction({ inputs });
    showLog('1. The main step arms the guard (no request)', main);
    console.log(`requests the emulator answered so far: ${emulator.requests.length}`);
    console.log(`state the main step saved for its post step (GITHUB_STATE): ${Object.keys(main.state).join(', ')}`);
    if (args['left-alone']) {
      emulator.add('environment', 'demo-env', { startedSecondsAgo: 3600, readsUntilEnd: 3 });
      console.log('\n2. A deployment of demo-env is IN_PROGRESS, but it started an hour ago: before the guard armed, so not this job\'s.');
    } else {
      emulator.add('environment', 'demo-env', { readsUntilEnd: 3, endMessage: 'Deployment cancelled by the demo' });
      console.log('\n2. The job deploys demo-env: its deployment is IN_PROGRESS.');
    }
    console.log('3. Someone presses Cancel on the run. The runner runs the post step (post-if: cancelled()), with the');
    console.log('   main step\'s state as STATE_* variables.');
    run = await runAction({ inputs, state: main.state });
    showLog('4. The post step', run);
    const expected = args['left-alone'] ? 'left-running' : 'cancelled';
    succeeded = main.exitCode === 0 && Object.keys(main.outputs).length === 0 && run.exitCode === 0 && run.outputs.outcome === expected;
  } else if (args.fleet) {
    const scenario = SCENARIOS.find((s) => s.name === 'summary-12')!;
    console.log(`Proton emulator on ${emulator.url}: 12 service instances of service ${scenario.service} are deploying.`);
    console.log('Running the action (node dist/index.js) on all 12; some end cancelled, some fail, one does not exist.\n');
    run = (await runScenario(emulator, scenario)).run;
    succeeded = run.exitCode === 1 && run.outputs.outcome === 'error';
  } else {
    emulator.add('environment', 'demo-env', { readsUntilEnd: 3, endMessage: 'Deployment cancelled by the demo' });
    console.log(`Proton emulator on ${emulator.url}: environment demo-env is IN_PROGRESS.\n`);
    console.log('Running the action (node dist/index.js) with:');
    const inputs = { 'resource-type': 'environment', 'environment-name': 'demo-env', 'poll-interval-seconds': '1', 'endpoint-url': emulator.url };
    for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);
    run = await runAction({ inputs });
    succeeded = run.exitCode === 0 && run.outputs.outcome === 'cancelled';
  }
} finally {
  await emulator.stop();
}

if (!args.guard) showLog('Step log', run);
section('Outputs (GITHUB_OUTPUT)');
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value.length > 300 ? `${value.slice(0, 300)}…` : value}`);
section('Job summary (GITHUB_STEP_SUMMARY)');
const dir = join(tmpdir(), 'cancel-proton-demo');
mkdirSync(dir, { recursive: true });
const preview = join(dir, 'summary.html');
writeFileSync(preview, githubPage(run.summary, 'Cancel Proton deployment: job summary preview'));
writeFileSync(join(dir, 'summary.md'), run.summary);
console.log(`Rendered as GitHub renders it: file://${preview}`);
console.log(`As written by the action:      ${join(dir, 'summary.md')}`);
section('Result');
console.log(`exit code ${run.exitCode}; requests the emulator answered: ${emulator.requests.length}`);
process.exitCode = succeeded ? 0 : 1;
