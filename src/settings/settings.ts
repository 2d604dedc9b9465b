// Inputs are read and checked here, once, into Settings; nothing else reads the step's inputs.
// Every problem is found before the first request, and all of them are reported together.
import { isOutcome, OUTCOMES, type Outcome } from '../domain/outcome.js';
import { ARN_FORMS, readArn } from '../domain/resource-arn.js';
import {
  describeTarget,
  isProtonName,
  MAX_NAME_LENGTH,
  NAME_INPUTS,
  RESOURCE_TYPES,
  resourceType,
  targetOf,
  type ResourceTypeId,
  type Target,
} from '../domain/resources.js';
import { MAX_TARGETS, WILDCARD, type Wildcard } from '../domain/wildcard.js';

export type When = 'now' | 'job-cancelled';

export interface Settings {
  when: When;
  /** The targets named (by name inputs or resource-arn); empty when `wildcard` finds them. */
  targets: Target[];
  wildcard?: Wildcard;
  /** Cancel only this deployment (of the one target). */
  deploymentId?: string;
  /** Read and report what would be cancelled; make no cancel request. */
  dryRun: boolean;
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
  'dry-run': 'false',
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

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** Where Proton ran (botocore's endpoints.json: the aws partition only; no FIPS or dual-stack endpoints). */
export const PROTON_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
];
/** Proton's deployment ids (GetDeployment's pattern). */
const DEPLOYMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

export interface ParsedInputs {
  settings: Settings;
  /** Worth telling the user, not worth failing for: a name listed twice, say. */
  notices: string[];
}

type Problem = (input: string, message: string) => undefined;
type Notice = (message: string) => void;
type Read = (name: string) => string;

interface Found {
  targets: Target[];
  wildcard?: Wildcard;
}

export function parseSettings(readInput: InputReader, env: NodeJS.ProcessEnv = process.env): ParsedInputs {
  const problems: string[] = [];
  const notices: string[] = [];
  const problem: Problem = (input, message) => {
    problems.push(`Input "${input}" ${message}`);
    return undefined;
  };
  const notice: Notice = (message) => notices.push(message);
  const read: Read = (name) => readInput(name) ?? INPUT_DEFAULTS[name] ?? '';

  const when = parseWhen(read('when'), problem);
  // Needed to check ARNs; its problem is said last, where the region is usually set.
  const regionProblems: string[] = [];
  const region = parseRegion(read('aws-region'), env, (message) => regionProblems.push(message));
  const found = read('resource-arn') !== '' ? parseArns(read, region, problem, notice) : parseNamed(read, problem, notice);
  const deploymentId = parseDeploymentId(read('deployment-id'), found, problem);
  const dryRun = parseBoolean('dry-run', read('dry-run'), problem);
  const wait = parseBoolean('wait', read('wait'), problem);
  const waitTimeoutSeconds = parseSeconds('wait-timeout-seconds', read('wait-timeout-seconds'), MAX_WAIT_TIMEOUT_SECONDS, problem);
  const pollIntervalSeconds = parseSeconds('poll-interval-seconds', read('poll-interval-seconds'), MAX_POLL_INTERVAL_SECONDS, problem);
  const failOn = parseFailOn(read('fail-on'), problem);
  const maxAttempts = parseAttempts(read('max-attempts'), problem);
  const jobSummary = parseBoolean('job-summary', read('job-summary'), problem);
  const endpointUrl = parseEndpoint(read('endpoint-url'), problem);
  problems.push(...regionProblems);
  if (region && !PROTON_REGIONS.includes(region) && !endpointUrl && !(env.AWS_ENDPOINT_URL_PROTON?.trim() || env.AWS_ENDPOINT_URL?.trim())) {
    problems.push(
      `${regionSource(read('aws-region'), env)} is ${quote(region)}, where Proton never ran: it ran only in ${PROTON_REGIONS.join(', ')}. Set aws-region to the region of the resources, or endpoint-url if Proton is reached through another endpoint.`,
    );
  }

  if (problems.length > 0) throw new InputError(problems);
  // Every parser above either returned a value or recorded a problem, so none of these is undefined.
  const settings: Settings = {
    when: when!,
    targets: found.targets,
    ...(found.wildcard ? { wildcard: found.wildcard } : {}),
    ...(deploymentId ? { deploymentId } : {}),
    dryRun: dryRun!,
    wait: wait!,
    waitTimeoutSeconds: waitTimeoutSeconds!,
    pollIntervalSeconds: pollIntervalSeconds!,
    failOn: failOn!,
    region: region!,
    ...(endpointUrl ? { endpointUrl } : {}),
    maxAttempts: maxAttempts!,
    jobSummary: jobSummary!,
  };
  return { settings, notices };
}

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

/** Items separated by commas or line breaks (LF, CRLF or CR), each trimmed, blanks dropped. */
function splitList(value: string): string[] {
  return value
    .split(/,|\r\n|\r|\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const NAME_RULE = `expected 1 to ${MAX_NAME_LENGTH} letters, digits, "-" or "_", starting with a letter or digit`;

/** The names of one input, each once; a repeat is noticed rather than refused. */
function parseNames(input: string, value: string, problem: Problem, notice: Notice): string[] {
  const listed = splitList(value);
  const invalid = listed.filter((name) => !isProtonName(name));
  if (invalid.length > 0) {
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more)` : '';
    problem(input, `has ${quote(invalid[0] ?? '')}${more}, which is not a Proton name: ${NAME_RULE}.`);
  }
  // A generated list in an emergency cleanup may repeat a name: cancelling it once is what was meant.
  const names = [...new Set(listed)];
  const repeated = [...new Set(listed.filter((name, index) => listed.indexOf(name) !== index))];
  if (repeated.length > 0 && invalid.length === 0) {
    notice(`Input "${input}" lists ${repeated.map((name) => quote(name)).join(', ')} more than once: each is cancelled once.`);
  }
  return names;
}

function checkCount(input: string, count: number, problem: Problem): void {
  if (count > MAX_TARGETS) problem(input, `lists ${count} targets: at most ${MAX_TARGETS} fit one step; split them over several steps.`);
}

function parseResourceType(value: string, problem: Problem): ResourceTypeId | undefined {
  const ids = RESOURCE_TYPES.map((type) => type.id);
  if (value === '') return problem('resource-type', `is required: set it to ${orList(ids)}, or give resource-arn instead.`);
  const found = ids.find((id) => id === value.toLowerCase());
  return found ?? problem('resource-type', `is ${quote(value)}: expected ${orList(ids)}.`);
}

/** Targets named by resource-type and the name inputs, or found by `*`. */
function parseNamed(read: Read, problem: Problem, notice: Notice): Found {
  const typeId = parseResourceType(read('resource-type'), problem);
  if (!typeId) return { targets: [] };
  const type = resourceType(typeId);
  for (const input of NAME_INPUTS) {
    if (input === type.namesInput || input === type.serviceInput || read(input) === '') continue;
    const users = RESOURCE_TYPES.filter((t) => t.namesInput === input || t.serviceInput === input).map((t) => t.id);
    problem(input, `does not apply to resource-type ${type.id}: remove it, or set resource-type to ${orList(users)}.`);
  }

  const listed = splitList(read(type.namesInput));
  const wildcard = listed.includes(WILDCARD);
  if (wildcard && listed.length > 1) {
    problem(type.namesInput, `lists "${WILDCARD}" together with names: give either "${WILDCARD}" alone (every in-progress one) or names.`);
  } else if (wildcard && !type.listOperation) {
    problem(
      type.namesInput,
      `is "${WILDCARD}", but resource-type ${type.id} does not take "${WILDCARD}": no list call finds in-progress pipelines; name the services.`,
    );
  }
  const names = wildcard ? [] : parseNames(type.namesInput, read(type.namesInput), problem, notice);
  if (!wildcard && names.length === 0) {
    problem(
      type.namesInput,
      `is required when resource-type is ${type.id}: give one or more names, separated by commas or newlines${type.listOperation ? `, or "${WILDCARD}"` : ''}.`,
    );
  }
  checkCount(type.namesInput, names.length, problem);

  let serviceName: string | undefined;
  if (type.serviceInput && read(type.serviceInput) === WILDCARD) {
    // Every service: only to find every instance in progress, the button for "stop everything deploying now".
    if (!wildcard) {
      problem(
        type.serviceInput,
        `is "${WILDCARD}", which is only for every in-progress instance of every service: set ${type.namesInput} to "${WILDCARD}" too, or name the one service the instances belong to.`,
      );
    }
    return wildcard ? { targets: [], wildcard: { type: type.id } } : { targets: [] };
  }
  if (type.serviceInput) {
    const services = parseNames(type.serviceInput, read(type.serviceInput), problem, notice);
    if (services.length !== 1) {
      problem(
        type.serviceInput,
        services.length === 0
          ? `is required when resource-type is ${type.id}: give the name of the service the instances belong to.`
          : `lists ${services.length} services: with resource-type ${type.id} it takes exactly one, the service the instances belong to.`,
      );
    }
    serviceName = services[0] ?? '';
  }
  if (wildcard) return { targets: [], wildcard: { type: type.id, ...(serviceName !== undefined ? { serviceName } : {}) } };
  return { targets: names.map((name) => targetOf(type.id, name, serviceName)) };
}

/** Targets named by ARNs, whatever their types; each in the step's region, each named validly. */
function parseArns(read: Read, region: string | undefined, problem: Problem, notice: Notice): Found {
  const given = ['resource-type', ...NAME_INPUTS].filter((input) => read(input) !== '');
  if (given.length > 0) {
    problem('resource-arn', `and ${orList(given.map((input) => `"${input}"`))} are both given: name the targets one way, by resource-arn or by resource-type and names.`);
  }
  const targets = new Map<string, Target>();
  const repeated = new Set<string>();
  for (const arn of splitList(read('resource-arn'))) {
    const reading = readArn(arn);
    if ('problem' in reading) {
      problem('resource-arn', `has ${quote(arn)}, which ${reading.problem}: expected ${reading.instead ?? ARN_FORMS}.`);
      continue;
    }
    const { target } = reading;
    const badName = [target.serviceName, target.name].find((name) => name !== undefined && !isProtonName(name));
    if (badName !== undefined) {
      problem('resource-arn', `has ${quote(arn)}, whose name ${quote(badName)} is not a Proton name: ${NAME_RULE}.`);
      continue;
    }
    if (region && reading.region !== region) {
      problem('resource-arn', `has ${quote(arn)} in ${reading.region}, but this step works in ${region} (aws-region, else AWS_REGION): use one step per region.`);
      continue;
    }
    const key = describeTarget(target);
    if (targets.has(key)) repeated.add(key);
    targets.set(key, target);
  }
  if (repeated.size > 0) notice(`Input "resource-arn" names ${[...repeated].join(', ')} more than once: each is cancelled once.`);
  checkCount('resource-arn', targets.size, problem);
  return { targets: [...targets.values()] };
}

function parseDeploymentId(value: string, found: Found, problem: Problem): string | undefined {
  if (value === '') return undefined;
  if (!DEPLOYMENT_ID.test(value)) {
    return problem('deployment-id', `is ${quote(value)}: expected a Proton deployment id such as 3403b480-2b9c-4f5e-9b3f-0c1d2e3f4a5b (lower case).`);
  }
  if (found.wildcard) return problem('deployment-id', `applies to exactly one target, not to "${WILDCARD}": name the one resource it belongs to.`);
  if (found.targets.length > 1) return problem('deployment-id', `applies to exactly one target, but ${found.targets.length} are named: name the one resource it belongs to.`);
  return value;
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

/** Which input or variable the region came from, as a problem names it. */
function regionSource(value: string, env: NodeJS.ProcessEnv): string {
  return value ? 'Input "aws-region"' : env.AWS_REGION ? 'AWS_REGION' : 'AWS_DEFAULT_REGION';
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
