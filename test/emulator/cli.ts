// The emulator's command line, read into what to serve: which resources, where each deployment is,
// what a cancel leads to, how long ago it started, and which faults the API answers with. Every
// mistake is one sentence naming the argument and what would be right; serve.ts prints it with the
// usage hint and exits 2, never with a stack trace.
import { parseArgs } from 'node:util';
import type { DeploymentScript, EndStatus, FaultRule, Kind } from './proton-emulator.js';

export const USAGE = `Serves an emulated AWS Proton API on 127.0.0.1 until stopped (Ctrl-C), for trying the action
without AWS. It prints "listening" and what it serves once it accepts requests.

Usage: npm run emulator -- [--port N] RESOURCE... [FAULT...]

Resources (each repeatable):
  --environment NAME[:SETTINGS]
  --service-instance SERVICE/NAME[:SETTINGS]
  --service-pipeline SERVICE[:SETTINGS]
  --component NAME[:SETTINGS]

SETTINGS, comma-separated:
  status=IN_PROGRESS|CANCELLING|SUCCEEDED|FAILED|CANCELLED
                      where the deployment is now (default IN_PROGRESS; CANCELLING: someone else
                      is already cancelling it)
  then=CANCELLED|FAILED|SUCCEEDED|never
                      where a cancel leads: CANCELLED, FAILED (the cancellation failed), SUCCEEDED
                      (the deployment finished first), or never (stays CANCELLING) (default CANCELLED)
  reads=N             status reads after the cancel before it ends (default 2)
  started=DURATION    how long ago the deployment started: 30s, 10m, 2h (default: now); the guard
                      (when: job-cancelled) leaves alone one that started before it armed

Faults the API answers with (each repeatable):
  --deny OPERATION    AccessDeniedException for that operation (CancelEnvironmentDeployment, GetEnvironment, ...)
  --not-found OPERATION
                      ResourceNotFoundException for that operation
  --throttle RATE[/BURST]
                      an account's request quota: RATE requests per second (BURST at once, default 20);
                      beyond it, ThrottlingException
  --expired-token     ExpiredTokenException for every request (an expired session)

Other:
  --port N            the port to listen on (default 4599)
  --help              this text

Example:
  npm run emulator -- --environment smoke-env --service-instance api/prod:then=FAILED,reads=3 --deny GetComponent`;

export interface EmulatorPlan {
  port: number;
  resources: Array<{ kind: Kind; name: string; serviceName?: string; script: DeploymentScript }>;
  faults: FaultRule[];
  throttle?: { ratePerSecond: number; burst: number };
}

export type EmulatorArgs = { help: true } | { plan: EmulatorPlan } | { problem: string };

const KINDS: readonly Kind[] = ['environment', 'service-instance', 'service-pipeline', 'component'];
const NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const STATUSES = ['IN_PROGRESS', 'CANCELLING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];
const ENDS: ReadonlyArray<EndStatus | 'never'> = ['CANCELLED', 'FAILED', 'SUCCEEDED', 'never'];
const OPERATION = /^[A-Z][A-Za-z]+$/;
const DURATION = /^(\d+)(s|m|h)$/;

export function parseEmulatorArgs(argv: string[]): EmulatorArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        port: { type: 'string', default: '4599' },
        environment: { type: 'string', multiple: true, default: [] },
        'service-instance': { type: 'string', multiple: true, default: [] },
        'service-pipeline': { type: 'string', multiple: true, default: [] },
        component: { type: 'string', multiple: true, default: [] },
        deny: { type: 'string', multiple: true, default: [] },
        'not-found': { type: 'string', multiple: true, default: [] },
        throttle: { type: 'string' },
        'expired-token': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    // node:util's messages name the option; they need no stack.
    const said = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    return { problem: `${said.replace(/\.$/, '')}.` };
  }
  if (values.help) return { help: true };

  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { problem: `--port is "${values.port}": give a port number from 0 to 65535.` };

  const resources: EmulatorPlan['resources'] = [];
  for (const kind of KINDS) {
    for (const spec of values[kind]) {
      const read = readResource(kind, spec);
      if ('problem' in read) return read;
      resources.push(read);
    }
  }
  if (resources.length === 0) return { problem: 'no resource to serve: give at least one, such as --environment smoke-env.' };

  const faults: FaultRule[] = [];
  for (const [option, kind] of [['deny', 'access-denied'], ['not-found', 'not-found']] as const) {
    for (const operation of values[option]) {
      if (!OPERATION.test(operation)) return { problem: `--${option} is "${operation}": give an API operation name, such as GetEnvironment.` };
      faults.push({ kind, operation, times: Infinity });
    }
  }
  if (values['expired-token']) faults.push({ kind: 'expired-token', times: Infinity });

  let throttle: EmulatorPlan['throttle'];
  if (values.throttle !== undefined) {
    const match = /^(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(values.throttle);
    const ratePerSecond = Number(match?.[1]);
    if (!match || !(ratePerSecond > 0)) return { problem: `--throttle is "${values.throttle}": give requests per second, optionally a burst: 5 or 5/20.` };
    throttle = { ratePerSecond, burst: match[2] ? Number(match[2]) : 20 };
  }
  return { plan: { port, resources, faults, ...(throttle ? { throttle } : {}) } };
}

function readResource(kind: Kind, spec: string): EmulatorPlan['resources'][number] | { problem: string } {
  const [path = '', settings] = splitOnce(spec, ':');
  const parts = path.split('/');
  const wantsService = kind === 'service-instance';
  const example = wantsService ? 'SERVICE/NAME, such as api/prod' : 'a name, such as smoke-env';
  if (parts.length !== (wantsService ? 2 : 1) || !parts.every((p) => NAME.test(p))) {
    return { problem: `--${kind} is "${spec}": give ${example} (letters, digits, - and _), then optionally :SETTINGS.` };
  }
  const script: DeploymentScript = { readsUntilEnd: 2 };
  for (const setting of settings ? settings.split(',') : []) {
    const [key = '', value = ''] = splitOnce(setting, '=');
    const bad = (expected: string): { problem: string } => ({ problem: `--${kind} ${path}: "${setting}" is not a setting it takes: ${expected}` });
    switch (key) {
      case 'status':
        if (!STATUSES.includes(value)) return bad(`status is one of ${STATUSES.join(', ')}.`);
        script.status = value;
        break;
      case 'then':
        if (!(ENDS as readonly string[]).includes(value)) return bad(`then is one of ${ENDS.join(', ')}.`);
        script.cancelEndsAs = value as EndStatus | 'never';
        break;
      case 'reads':
        if (!/^\d+$/.test(value)) return bad('reads is a whole number, such as 2.');
        script.readsUntilEnd = Number(value);
        break;
      case 'started': {
        const match = DURATION.exec(value);
        if (!match) return bad('started is a duration, such as 30s, 10m or 2h.');
        script.startedSecondsAgo = Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
        break;
      }
      default:
        return bad('status=, then=, reads= or started= (see --help).');
    }
  }
  const [first = '', second] = parts;
  return wantsService ? { kind, name: second!, serviceName: first, script } : { kind, name: first, script };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** "service-instance api/prod: IN_PROGRESS, started 10 min ago; a cancel ends FAILED after 3 reads". */
export function describeServed({ kind, name, serviceName, script }: EmulatorPlan['resources'][number]): string {
  const status = script.status ?? 'IN_PROGRESS';
  const started = script.startedSecondsAgo ? `, started ${formatAgo(script.startedSecondsAgo)} ago` : ', started now';
  const then = script.cancelEndsAs ?? 'CANCELLED';
  const after = then === 'never' ? 'a cancel stays CANCELLING' : `a cancel ends ${then} after ${script.readsUntilEnd ?? 2} reads`;
  const moving = status === 'IN_PROGRESS' || status === 'CANCELLING';
  return `${kind} ${serviceName ? `${serviceName}/` : ''}${name}: ${status}${moving ? `${started}; ${after}` : ''}`;
}

function formatAgo(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
