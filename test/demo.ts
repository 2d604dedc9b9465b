// `npm run demo`: watch the bundled action cancel a Proton deployment, with no AWS account.
// It starts the Proton emulator on 127.0.0.1, runs dist/index.js exactly as the GitHub runner would
// (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), shows the step's log as GitHub shows it,
// its outputs, and writes an HTML preview of the job summary as GitHub renders it.
//   npm run demo                      one environment, cancelled
//   npm run demo -- --fleet           12 service instances with mixed outcomes
//   npm run demo -- --expand --debug  open the log's groups; show debug lines
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { githubPage } from './browser/render-as-github.js';
import { runScenario, SCENARIOS } from './browser/summary-scenarios.js';
import { startEmulator } from './emulator/proton-emulator.js';
import { logAsGitHubShowsIt } from './support/github-log.js';
import { runAction, type ActionRun } from './support/run-action.js';

const { values: args } = parseArgs({
  options: { fleet: { type: 'boolean', default: false }, expand: { type: 'boolean', default: false }, debug: { type: 'boolean', default: false } },
});

const emulator = await startEmulator();
let run: ActionRun;
let succeeded: boolean;
try {
  if (args.fleet) {
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

const section = (title: string): void => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
section(`Step log, as GitHub shows it${args.expand ? '' : ' (groups folded: --expand opens them'}${args.debug ? '' : `${args.expand ? ' (' : '; '}--debug shows debug lines`})`);
console.log(logAsGitHubShowsIt(run.stdout, { expand: args.expand, debug: args.debug }));
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
