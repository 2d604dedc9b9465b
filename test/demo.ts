// `npm run demo`: watch the bundled action cancel a Proton deployment, with no AWS account.
// It starts the Proton emulator on 127.0.0.1 with an environment whose deployment is IN_PROGRESS,
// runs dist/index.js exactly as the GitHub runner would, and prints the log, outputs and summary.
import { startEmulator } from './emulator/proton-emulator.js';
import { runAction } from './support/run-action.js';

const emulator = await startEmulator();
emulator.add('environment', 'demo-env', { readsUntilEnd: 3, endMessage: 'Deployment cancelled by the demo' });

console.log(`Proton emulator on ${emulator.url}: environment demo-env is IN_PROGRESS.\n`);
console.log('Running the action (node dist/index.js) with:');
const inputs = {
  'resource-type': 'environment',
  'environment-name': 'demo-env',
  'poll-interval-seconds': '1',
  'endpoint-url': emulator.url,
};
for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);

const run = await runAction({ inputs });
await emulator.stop();

const section = (title: string): void => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);
section('Step log');
process.stdout.write(run.stdout);
section('Outputs (GITHUB_OUTPUT)');
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value}`);
section('Job summary (GITHUB_STEP_SUMMARY, HTML)');
console.log(run.summary);
section('Result');
console.log(`exit code ${run.exitCode}; requests the emulator answered: ${emulator.operations().join(', ')}`);
process.exitCode = run.exitCode === 0 && run.outputs.outcome === 'cancelled' ? 0 : 1;
