// The local tools a user drives by hand: the emulator's command line (npm run emulator) and the demo
// (npm run demo). --help answers, a mistake is one clear line and exit code 2 (never a stack trace),
// and what the emulator says it serves is what it serves.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';
import { runAction } from '../support/run-action.js';

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

const running: Array<ReturnType<typeof spawn>> = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});

/** Runs a TypeScript tool as its npm script does (tsx), to its end. */
function tool(script: string, args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const EMULATOR = 'test/emulator/serve.ts';
const DEMO = 'test/demo.ts';

describe('npm run emulator', () => {
  test('--help says how to give resources, what a cancel leads to, and the faults', async () => {
    const ran = await tool(EMULATOR, ['--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Usage: npm run emulator -- [--port N] RESOURCE... [FAULT...]');
    for (const words of ['--service-instance SERVICE/NAME[:SETTINGS]', 'then=CANCELLED|FAILED|SUCCEEDED|never', 'started=DURATION', '--deny OPERATION', '--throttle RATE[/BURST]', '--expired-token']) {
      expect(ran.stdout).toContain(words);
    }
  });

  test.each([
    [['--bogus'], "emulator: Unknown option '--bogus'. Run with --help for the usage."],
    [['--service-instance', 'api'], 'emulator: --service-instance is "api": give SERVICE/NAME, such as api/prod'],
    [['--environment', 'e:then=LATER'], 'emulator: --environment e: "then=LATER" is not a setting it takes: then is one of CANCELLED, FAILED, SUCCEEDED, never.'],
    [['--environment', 'e:started=yesterday'], 'started is a duration, such as 30s, 10m or 2h.'],
    [['--environment', 'e', '--throttle', 'fast'], '--throttle is "fast": give requests per second, optionally a burst: 5 or 5/20.'],
    [['--port', 'x', '--environment', 'e'], '--port is "x": give a port number from 0 to 65535.'],
    [[], 'no resource to serve: give at least one, such as --environment smoke-env.'],
  ])('%j: one line, exit code 2, no stack trace', async (args, says) => {
    const ran = await tool(EMULATOR, args);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toContain(says);
    expect(ran.stderr).not.toMatch(/^\s+at /m);
  });

  test('serves what it says: a cancel of this instance ends FAILED, and this operation is denied', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, EMULATOR), '--port', '0', '--service-instance', 'api/prod:then=FAILED,reads=1', '--component', 'web', '--deny', 'CancelComponentDeployment'], { cwd: REPO_ROOT });
    running.push(child);
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (found && out.includes('fault:')) resolve(found[1]!);
      });
      child.on('close', () => reject(new Error(`the emulator stopped: ${out}`)));
    });
    expect(out).toContain('service-instance api/prod: IN_PROGRESS, started now; a cancel ends FAILED after 1 reads');
    expect(out).toContain('fault: access-denied on CancelComponentDeployment');

    const instance = await runAction({ inputs: { 'resource-type': 'service-instance', 'service-name': 'api', 'service-instance-name': 'prod', 'endpoint-url': url, 'poll-interval-seconds': '1' } });
    expect(instance.outputs.outcome).toBe('failed');
    const component = await runAction({ inputs: { 'resource-type': 'component', 'component-name': 'web', 'endpoint-url': url } });
    expect(component.outputs.outcome).toBe('error');
    expect(component.stdout).toContain('Access denied to CancelComponentDeployment');
  });
});

describe('npm run demo', () => {
  test('--help lists the scenarios, the guard among them', async () => {
    const ran = await tool(DEMO, ['--help']);
    expect(ran.code).toBe(0);
    for (const words of ['--fleet', '--guard', '--left-alone', '--expand', '--debug']) expect(ran.stdout).toContain(words);
  });

  test.each([
    [['--bogus'], "demo: Unknown option '--bogus'."],
    [['--left-alone'], 'demo: --left-alone is a variant of --guard: give both.'],
    [['--fleet', '--guard'], 'demo: --fleet and --guard are two scenarios: give one.'],
  ])('%j: one line, exit code 2, no stack trace', async (args, says) => {
    const ran = await tool(DEMO, args);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim()).toBe(`${says} Run with --help for the usage.`);
  });
});
