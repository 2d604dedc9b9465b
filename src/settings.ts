// Inputs are read and checked here, once, into Settings; nothing else reads the step's inputs.
// Every problem is found before the first request, and all of them are reported together.
import { isOutcome, OUTCOMES, type Outcome } from './outcome.js';
import { NAME_INPUTS, RESOURCE_TYPES, resourceType, type ResourceTypeId, type Target } from './resources.js';

export type When = 'now' | 'job-cancelled';

export interface Settings {
  when: When;
  resourceType: ResourceTypeId;
  targets: Target[];
  wait: boolean;
  waitTimeoutSeconds: number;
  pollIntervalSeconds: number;
  failOn: Outcome[];
  region: string;
  endpointUrl?: string;
  maxAttempts: number;
  jobSummary: boolean;
}

/** The defaults action.yml declares (a test keeps the two in step), for runs without the runner. */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  when: 'now',
  wait: 'true',
  'wait-timeout-seconds': '1800',
  'poll-interval-seconds': '10',
  'fail-on': 'failed, timed-out',
  'max-attempts': '5',
  'job-summary': 'true',
};

export const WHEN_VALUES: readonly When[] = ['now', 'job-cancelled'];
// Past 2^31 ms Node fires timers at once; five days is also the longest a self-hosted job may run.
export const MAX_WAIT_TIMEOUT_SECONDS = 5 * 24 * 3600;
export const MAX_POLL_INTERVAL_SECONDS = 3600;
export const MAX_ATTEMPTS_LIMIT = 100;

/** The name pattern and length every Proton name must have (API reference). */
const PROTON_NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const MAX_NAME_LENGTH = 100;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? '')
        : `${problems.length} inputs need fixing:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'InputError';
  }
}

/** Returns an input's value as the runner passed it (trimmed), or undefined when it passed none. */
export type InputReader = (name: string) => string | undefined;

/** Reads inputs the way the runner passes them: INPUT_<NAME>, upper-cased, hyphens kept. */
export function inputsFromEnvironment(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
}

export function parseSettings(readInput: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: string[] = [];
  const problem = (input: string, message: string): undefined => {
    problems.push(`Input "${input}" ${message}`);
    return undefined;
  };
  const read = (name: string): string => readInput(name) ?? INPUT_DEFAULTS[name] ?? '';

  const when = parseWhen(read('when'), problem);
  const resourceType = parseResourceType(read('resource-type'), problem);
  const targets = resourceType ? parseTargets(resourceType, read, problem) : [];
  const wait = parseBoolean('wait', read('wait'), problem);
  const waitTimeoutSeconds = parseSeconds('wait-timeout-seconds', read('wait-timeout-seconds'), MAX_WAIT_TIMEOUT_SECONDS, problem);
  const pollIntervalSeconds = parseSeconds('poll-interval-seconds', read('poll-interval-seconds'), MAX_POLL_INTERVAL_SECONDS, problem);
  const failOn = parseFailOn(read('fail-on'), problem);
  const maxAttempts = parseAttempts(read('max-attempts'), problem);
  const jobSummary = parseBoolean('job-summary', read('job-summary'), problem);
  const endpointUrl = parseEndpoint(read('endpoint-url'), problem);
  const region = parseRegion(read('aws-region'), env, (message) => problems.push(message));

  if (problems.length > 0) throw new InputError(problems);
  // Every parser above either returned a value or recorded a problem, so none of these is undefined.
  return {
    when: when!,
    resourceType: resourceType!,
    targets,
    wait: wait!,
    waitTimeoutSeconds: waitTimeoutSeconds!,
    pollIntervalSeconds: pollIntervalSeconds!,
    failOn: failOn!,
    region: region!,
    ...(endpointUrl ? { endpointUrl } : {}),
    maxAttempts: maxAttempts!,
    jobSummary: jobSummary!,
  };
}

type Problem = (input: string, message: string) => undefined;

function quote(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}

function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function parseWhen(value: string, problem: Problem): When | undefined {
  const word = value.toLowerCase();
  if ((WHEN_VALUES as readonly string[]).includes(word)) return word as When;
  return problem('when', `is ${quote(value)}: expected ${orList(WHEN_VALUES)}.`);
}

function parseResourceType(value: string, problem: Problem): ResourceTypeId | undefined {
  const ids = RESOURCE_TYPES.map((type) => type.id);
  if (value === '') return problem('resource-type', `is required: set it to ${orList(ids)}.`);
  const found = ids.find((id) => id === value.toLowerCase());
  return found ?? problem('resource-type', `is ${quote(value)}: expected ${orList(ids)}.`);
}

function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseNames(input: string, value: string, problem: Problem): string[] {
  const names = splitList(value);
  for (const name of names) {
    if (name.length > MAX_NAME_LENGTH || !PROTON_NAME.test(name)) {
      problem(
        input,
        `has ${quote(name)}, which is not a Proton name: expected 1 to ${MAX_NAME_LENGTH} letters, digits, "-" or "_", starting with a letter or digit.`,
      );
    }
  }
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) problem(input, `lists ${quote(repeated[0] ?? '')} more than once: list each name once.`);
  return names;
}

function parseTargets(typeId: ResourceTypeId, read: (name: string) => string, problem: Problem): Target[] {
  const type = resourceType(typeId);
  for (const input of NAME_INPUTS) {
    if (input === type.namesInput || input === type.serviceInput || read(input) === '') continue;
    const users = RESOURCE_TYPES.filter((t) => t.namesInput === input || t.serviceInput === input).map((t) => t.id);
    problem(input, `does not apply to resource-type ${type.id}: remove it, or set resource-type to ${orList(users)}.`);
  }

  const names = parseNames(type.namesInput, read(type.namesInput), problem);
  if (names.length === 0) {
    problem(
      type.namesInput,
      `is required when resource-type is ${type.id}: give one or more names, separated by commas or newlines.`,
    );
  }
  if (!type.serviceInput) return names.map((name) => ({ type: type.id, name }));

  const services = parseNames(type.serviceInput, read(type.serviceInput), problem);
  if (services.length !== 1) {
    problem(
      type.serviceInput,
      services.length === 0
        ? `is required when resource-type is ${type.id}: give the name of the service the instances belong to.`
        : `lists ${services.length} services: with resource-type ${type.id} it takes exactly one, the service the instances belong to.`,
    );
  }
  const serviceName = services[0] ?? '';
  return names.map((name) => ({ type: type.id, name, serviceName }));
}

function parseBoolean(input: string, value: string, problem: Problem): boolean | undefined {
  // The same six spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  return problem(input, `is ${quote(value)}: expected true or false.`);
}

function parseSeconds(input: string, value: string, max: number, problem: Problem): number | undefined {
  const seconds = /^(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(seconds) && seconds > 0 && seconds <= max) return seconds;
  return problem(
    input,
    `is ${quote(value)}: expected a number of seconds greater than 0 and at most ${max}, such as ${INPUT_DEFAULTS[input]} (decimals allowed).`,
  );
}

function parseAttempts(value: string, problem: Problem): number | undefined {
  const attempts = /^\d+$/.test(value) ? Number(value) : NaN;
  if (attempts >= 1 && attempts <= MAX_ATTEMPTS_LIMIT) return attempts;
  return problem(
    'max-attempts',
    `is ${quote(value)}: expected a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}, such as ${INPUT_DEFAULTS['max-attempts']}.`,
  );
}

function parseFailOn(value: string, problem: Problem): Outcome[] | undefined {
  const words = splitList(value).map((word) => word.toLowerCase());
  const unknown = words.filter((word) => !isOutcome(word));
  if (unknown.length === 0) return [...new Set(words)].filter(isOutcome);
  return problem(
    'fail-on',
    `has ${quote(unknown[0] ?? '')}: expected outcomes from ${OUTCOMES.join(', ')}, separated by commas or newlines (empty for none).`,
  );
}

function parseEndpoint(value: string, problem: Problem): string | undefined {
  if (value === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return value;
  return problem(
    'endpoint-url',
    `is ${quote(value)}: expected an http:// or https:// URL without credentials, such as https://proton.us-east-1.amazonaws.com.`,
  );
}

function parseRegion(value: string, env: NodeJS.ProcessEnv, report: (message: string) => void): string | undefined {
  const [source, region] = value
    ? ['Input "aws-region"', value]
    : env.AWS_REGION
      ? ['AWS_REGION', env.AWS_REGION.trim()]
      : env.AWS_DEFAULT_REGION
        ? ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION.trim()]
        : ['', ''];
  if (!source) {
    report(
      'Input "aws-region" is not set and neither is AWS_REGION or AWS_DEFAULT_REGION: set aws-region (such as us-east-1), or run aws-actions/configure-aws-credentials with aws-region before this step.',
    );
    return undefined;
  }
  if (REGION.test(region)) return region;
  report(`${source} is ${quote(region)}: expected an AWS region code such as us-east-1.`);
  return undefined;
}
