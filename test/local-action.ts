// `npm run local-action [env-file]`: runs the TypeScript source (src/main.ts) under GitHub's
// @github/local-action, with inputs from a dotenv file (`.env`, else `.env.example`), for stepping
// through the action in a debugger. When the file points endpoint-url at 127.0.0.1 and nothing
// listens there, the Proton emulator is started on that port with the targets the inputs name, so
// no AWS account is needed. The action writes its outputs and summary to GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, as on a runner (it speaks the runner's protocol itself, which
// local-action's stand-in for @actions/core does not replace), so this script shows those afterwards,
// with a preview of the summary as GitHub renders it (as npm run demo writes one).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { githubPage } from './browser/render-as-github.js';
import { ProtonEmulator, type Kind } from './emulator/proton-emulator.js';
import { REPO_ROOT } from './support/action-metadata.js';
import { parseFileCommands } from './support/run-action.js';

const envFile = process.argv[2] ?? (existsSync(join(REPO_ROOT, '.env')) ? '.env' : '.env.example');
const env = parseEnv(readFileSync(resolve(envFile), 'utf8')) as Record<string, string | undefined>;
console.log(`Inputs from ${envFile}.`);

const emulator = await emulatorFor(env);
const files = mkdtempSync(join(tmpdir(), 'local-action-'));
const runnerFiles: Record<string, string> = {};
for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE']) {
  if (env[name]) continue;
  runnerFiles[name] = join(files, name.toLowerCase());
  writeFileSync(runnerFiles[name], '');
}

const exitCode = await new Promise<number>((done) => {
  const child = spawn(join(REPO_ROOT, 'node_modules/.bin/local-action'), ['run', '.', 'src/main.ts', resolve(envFile)], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', ...runnerFiles },
  });
  child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
});
await emulator?.stop();

const outputFile = env.GITHUB_OUTPUT ?? runnerFiles.GITHUB_OUTPUT!;
const summaryFile = env.GITHUB_STEP_SUMMARY ?? runnerFiles.GITHUB_STEP_SUMMARY!;
console.log(`\nOutputs (${outputFile}):`);
for (const [name, value] of Object.entries(parseFileCommands(readFileSync(outputFile, 'utf8')))) {
  console.log(`  ${name}: ${value.length > 200 ? `${value.slice(0, 200)}…` : value}`);
}
const preview = join(files, 'summary-preview.html');
writeFileSync(preview, githubPage(readFileSync(summaryFile, 'utf8'), 'Cancel Proton deployment: job summary preview'));
console.log(`Job summary, as written (HTML for the runner to render): ${summaryFile}`);
console.log(`Job summary, rendered as GitHub renders it: file://${preview}`);
process.exit(exitCode);

/** The emulator on the port endpoint-url names, when that is 127.0.0.1 and nothing listens there yet. */
async function emulatorFor(inputs: Record<string, string | undefined>): Promise<ProtonEmulator | undefined> {
  const endpoint = /^http:\/\/(?:127\.0\.0\.1|localhost):(\d+)\/?$/.exec(inputs['INPUT_ENDPOINT-URL'] ?? '');
  if (!endpoint) return undefined;
  const emulator = new ProtonEmulator();
  try {
    await emulator.start(Number(endpoint[1]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`Something already listens on port ${endpoint[1]}: using it as the Proton endpoint.`);
    return undefined;
  }
  const kind = (inputs['INPUT_RESOURCE-TYPE'] ?? '').toLowerCase() as Kind;
  const names = (input: string): string[] => (inputs[input] ?? '').split(/[,\n]/).map((n) => n.trim()).filter((n) => n && n !== '*');
  const serviceName = inputs['INPUT_SERVICE-NAME']?.trim();
  const added = {
    environment: () => names('INPUT_ENVIRONMENT-NAME').map((name) => emulator.add('environment', name, { readsUntilEnd: 2 })),
    'service-instance': () => names('INPUT_SERVICE-INSTANCE-NAME').map((name) => emulator.add('service-instance', name, { readsUntilEnd: 2 }, serviceName)),
    'service-pipeline': () => (serviceName ? [emulator.add('service-pipeline', serviceName, { readsUntilEnd: 2 })] : []),
    component: () => names('INPUT_COMPONENT-NAME').map((name) => emulator.add('component', name, { readsUntilEnd: 2 })),
  }[kind]?.();
  console.log(`Proton emulator on ${emulator.url}, with ${added?.length ?? 0} ${kind || 'resource'}(s) whose deployment is IN_PROGRESS.`);
  return emulator;
}
