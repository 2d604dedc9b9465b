import { describe, expect, test } from 'vitest';
import { MAX_TARGETS } from '../../../src/domain/wildcard.js';
import { inputsFromEnvironment, PROTON_REGIONS, type Settings } from '../../../src/settings/settings.js';
import { inputProblems, parseInputs } from '../../support/parse-inputs.js';

const REGION_ENV = { AWS_REGION: 'eu-west-1' };
const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = REGION_ENV): Settings => parseInputs(inputs, env).settings;
const notices = (inputs: Record<string, string>): string[] => parseInputs(inputs, REGION_ENV).notices;
const problems = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = REGION_ENV): string[] => inputProblems(inputs, env);

describe('targets', () => {
  test('one environment, with the defaults of action.yml', () => {
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'prod' })).toEqual({
      when: 'now',
      targets: [{ type: 'environment', name: 'prod' }],
      dryRun: false,
      wait: true,
      waitTimeoutSeconds: 1800,
      pollIntervalSeconds: 10,
      failOn: ['failed', 'timed-out'],
      region: 'eu-west-1',
      maxAttempts: 5,
      jobSummary: true,
    });
  });

  test('a name listed twice is one target, with a notice rather than an error', () => {
    const inputs = { 'resource-type': 'environment', 'environment-name': 'prod, stage\nprod,stage, prod' };
    expect(parse(inputs).targets).toEqual([
      { type: 'environment', name: 'prod' },
      { type: 'environment', name: 'stage' },
    ]);
    expect(notices(inputs)).toEqual(['Input "environment-name" lists "prod", "stage" more than once: each is cancelled once.']);
    expect(notices({ 'resource-type': 'environment', 'environment-name': 'prod, stage' })).toEqual([]);
  });

  test('the one service of service instances may be repeated too', () => {
    const settings = parse({ 'resource-type': 'service-instance', 'service-name': 'api\napi', 'service-instance-name': 'prod' });
    expect(settings.targets).toEqual([{ type: 'service-instance', name: 'prod', serviceName: 'api' }]);
  });

  test('CRLF and CR line ends, blank lines and spaces around names and separators', () => {
    const settings = parse({ 'resource-type': 'component', 'component-name': ' a \r\n\r\n b ,\t c\r d \r\n' });
    expect(settings.targets.map((t) => t.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('several invalid names: the first is named, with how many more', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'ok, bad one, -x, y.z' })).toEqual([
      expect.stringMatching(/^Input "environment-name" has "bad one" \(and 2 more\), which is not a Proton name/),
    ]);
  });

  test('names separated by commas and newlines, blanks dropped; resource-type is case-insensitive', () => {
    const settings = parse({ 'resource-type': 'Component', 'component-name': 'a, b\n\nc,\n' });
    expect(settings.targets).toEqual([
      { type: 'component', name: 'a' },
      { type: 'component', name: 'b' },
      { type: 'component', name: 'c' },
    ]);
  });

  test('service instances share the one service-name', () => {
    const settings = parse({ 'resource-type': 'service-instance', 'service-name': 'api', 'service-instance-name': 'prod,stage' });
    expect(settings.targets).toEqual([
      { type: 'service-instance', name: 'prod', serviceName: 'api' },
      { type: 'service-instance', name: 'stage', serviceName: 'api' },
    ]);
  });

  test('service pipelines are named by service-name, which then takes several', () => {
    const settings = parse({ 'resource-type': 'service-pipeline', 'service-name': 'api\nweb' });
    expect(settings.targets).toEqual([
      { type: 'service-pipeline', name: 'api' },
      { type: 'service-pipeline', name: 'web' },
    ]);
  });

  test('a name of exactly 100 characters is accepted, 101 is not', () => {
    const ok = 'a'.repeat(100);
    expect(parse({ 'resource-type': 'environment', 'environment-name': ok }).targets[0]?.name).toBe(ok);
    expect(problems({ 'resource-type': 'environment', 'environment-name': `${ok}b` })[0]).toMatch(
      /^Input "environment-name" has .* not a Proton name: expected 1 to 100 letters/,
    );
  });

  test.each([['-leading'], ['_leading'], ['has space'], ['dot.ted'], ['ünïcode'], ['semi;colon']])(
    'rejects the name %j',
    (name) => {
      expect(problems({ 'resource-type': 'environment', 'environment-name': name })).toEqual([
        expect.stringContaining(`Input "environment-name" has ${JSON.stringify(name)}`),
      ]);
    },
  );

  test('accepts names with digits, hyphens and underscores after the first character', () => {
    expect(parse({ 'resource-type': 'environment', 'environment-name': '9env_A-b' }).targets[0]?.name).toBe('9env_A-b');
  });
});

describe('problems name the input, what is wrong and what is expected', () => {
  test('missing resource-type', () => {
    expect(problems({})).toEqual([
      'Input "resource-type" is required: set it to environment, service-instance, service-pipeline or component, or give resource-arn instead.',
    ]);
  });

  test('unknown resource-type', () => {
    expect(problems({ 'resource-type': 'stack' })).toEqual([
      'Input "resource-type" is "stack": expected environment, service-instance, service-pipeline or component.',
    ]);
  });

  test('missing names for the chosen type', () => {
    expect(problems({ 'resource-type': 'component' })).toEqual([
      'Input "component-name" is required when resource-type is component: give one or more names, separated by commas or newlines, or "*".',
    ]);
  });

  test('service-instance needs exactly one service', () => {
    expect(problems({ 'resource-type': 'service-instance', 'service-instance-name': 'prod' })[0]).toMatch(
      /^Input "service-name" is required when resource-type is service-instance/,
    );
    expect(
      problems({ 'resource-type': 'service-instance', 'service-name': 'a,b', 'service-instance-name': 'prod' })[0],
    ).toMatch(/^Input "service-name" lists 2 services: .* exactly one/);
  });

  test('a name input of another type is refused rather than ignored', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'prod', 'service-name': 'api' })).toEqual([
      'Input "service-name" does not apply to resource-type environment: remove it, or set resource-type to service-instance or service-pipeline.',
    ]);
  });

  test(`more than ${MAX_TARGETS} names`, () => {
    const names = Array.from({ length: MAX_TARGETS + 1 }, (_, i) => `env${i}`).join(',');
    expect(problems({ 'resource-type': 'environment', 'environment-name': names })).toEqual([
      `Input "environment-name" lists ${MAX_TARGETS + 1} targets: at most ${MAX_TARGETS} fit one step; split them over several steps.`,
    ]);
  });

  test.each([['0'], ['-5'], ['abc'], ['1e3'], ['Infinity'], ['NaN'], ['10s'], ['432001'], ['']])(
    'wait-timeout-seconds %j',
    (value) => {
      expect(problems({ 'resource-type': 'environment', 'environment-name': 'p', 'wait-timeout-seconds': value })).toEqual([
        `Input "wait-timeout-seconds" is ${JSON.stringify(value)}: expected a number of seconds greater than 0 and at most 432000, such as 1800 (decimals allowed).`,
      ]);
    },
  );

  test('decimal seconds are accepted', () => {
    const settings = parse({ 'resource-type': 'environment', 'environment-name': 'p', 'poll-interval-seconds': '0.2', 'wait-timeout-seconds': '2.5' });
    expect([settings.pollIntervalSeconds, settings.waitTimeoutSeconds]).toEqual([0.2, 2.5]);
  });

  test.each([['0'], ['101'], ['2.5'], ['three']])('max-attempts %j', (value) => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'p', 'max-attempts': value })[0]).toBe(
      `Input "max-attempts" is ${JSON.stringify(value)}: expected a whole number from 1 to 100, such as 5.`,
    );
  });

  test.each([['yes'], ['1'], ['tRUE'], ['']])('booleans accept only what @actions/core accepts: %j', (value) => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'p', wait: value })).toEqual([
      `Input "wait" is ${JSON.stringify(value)}: expected true or false.`,
    ]);
  });

  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('boolean %j', (value, expected) => {
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'p', 'job-summary': value }).jobSummary).toBe(expected);
  });

  test('unknown fail-on word', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'p', 'fail-on': 'failed, canceled' })).toEqual([
      'Input "fail-on" has "canceled": expected outcomes from error, failed, timed-out, interrupted, succeeded, left-running, would-cancel, not-in-progress, submitted, cancelled, separated by commas or newlines (empty for none).',
    ]);
  });

  test('when', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'p', when: 'later' })).toEqual([
      'Input "when" is "later": expected now or job-cancelled.',
    ]);
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'p', when: 'Job-Cancelled' }).when).toBe('job-cancelled');
  });

  test('endpoint-url must be an http(s) URL without credentials', () => {
    for (const value of ['localhost:4566', 'ftp://x', 'https://user:pw@proton.example']) {
      expect(problems({ 'resource-type': 'environment', 'environment-name': 'p', 'endpoint-url': value })[0]).toMatch(
        /^Input "endpoint-url" is .*: expected an http:\/\/ or https:\/\/ URL without credentials/,
      );
    }
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'p', 'endpoint-url': 'http://127.0.0.1:4566' }).endpointUrl).toBe(
      'http://127.0.0.1:4566',
    );
  });

  test('every problem is reported at once', () => {
    expect(problems({ 'resource-type': 'environment', wait: 'maybe', 'fail-on': 'x' }, {})).toHaveLength(4);
  });

  test('the combined message lists each problem on its own line', () => {
    expect(() => parse({ wait: 'maybe' }, {})).toThrow(/^3 inputs need fixing:\n- Input "resource-type".*\n- Input "wait".*\n- Input "aws-region"/);
  });
});

describe('fail-on', () => {
  const failOn = (value: string): string[] =>
    parse({ 'resource-type': 'environment', 'environment-name': 'p', 'fail-on': value }).failOn;

  test('explicitly empty means none', () => expect(failOn('')).toEqual([]));
  test('commas, newlines, any case, repeats', () =>
    expect(failOn('Failed\nsucceeded, failed,NOT-IN-PROGRESS')).toEqual(['failed', 'succeeded', 'not-in-progress']));
  test('absent means the default', () =>
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'p' }).failOn).toEqual(['failed', 'timed-out']));
});

describe('region', () => {
  const base = { 'resource-type': 'environment', 'environment-name': 'p' };
  test('the input wins over the environment', () => {
    expect(parse({ ...base, 'aws-region': 'ap-southeast-2' }, { AWS_REGION: 'us-east-1' }).region).toBe('ap-southeast-2');
  });
  test('AWS_REGION, then AWS_DEFAULT_REGION (which the SDK alone ignores)', () => {
    expect(parse(base, { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1' }).region).toBe('us-west-2');
    expect(parse(base, { AWS_DEFAULT_REGION: 'eu-central-1' }).region).toBe('eu-central-1');
  });
  test('missing region says how to provide one', () => {
    expect(problems(base, {})).toEqual([
      'Input "aws-region" is not set and neither is AWS_REGION or AWS_DEFAULT_REGION: set aws-region (such as us-east-1), or run aws-actions/configure-aws-credentials with aws-region before this step.',
    ]);
  });
  test('a malformed region names where it came from', () => {
    expect(problems(base, { AWS_REGION: 'US East' })).toEqual([
      'AWS_REGION is "US East": expected an AWS region code such as us-east-1.',
    ]);
    expect(problems({ ...base, 'aws-region': 'virginia' })).toEqual([
      'Input "aws-region" is "virginia": expected an AWS region code such as us-east-1.',
    ]);
  });
  test.each(PROTON_REGIONS.map((region) => [region]))('accepts %s, where Proton ran', (region) => {
    expect(parse({ ...base, 'aws-region': region }).region).toBe(region);
  });

  test.each([['us-gov-west-1'], ['cn-north-1'], ['il-central-1'], ['ap-southeast-5'], ['eu-north-1']])(
    'refuses %s, where Proton never ran, naming the regions where it did: no request',
    (region) => {
      expect(problems({ ...base, 'aws-region': region })).toEqual([
        `Input "aws-region" is "${region}", where Proton never ran: it ran only in us-east-1, us-east-2, us-west-2, ap-northeast-1, ap-northeast-2, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-west-1, eu-west-2. Set aws-region to the region of the resources, or endpoint-url if Proton is reached through another endpoint.`,
      ]);
      expect(problems({ ...base }, { AWS_REGION: region })[0]).toMatch(new RegExp(`^AWS_REGION is "${region}", where Proton never ran`));
    },
  );

  test.each([
    ['endpoint-url', { 'endpoint-url': 'https://proton.internal.example' }, {}],
    ['AWS_ENDPOINT_URL_PROTON', {}, { AWS_ENDPOINT_URL_PROTON: 'http://127.0.0.1:4566' }],
    ['AWS_ENDPOINT_URL', {}, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' }],
  ])('with %s, any well-formed region is accepted: the endpoint is the user\'s', (_name, inputs, env) => {
    expect(parse({ ...base, ...inputs, 'aws-region': 'eu-north-1' }, env).region).toBe('eu-north-1');
  });
});

test('inputs are read as the runner passes them: INPUT_<NAME>, hyphens kept, trimmed', () => {
  const read = inputsFromEnvironment({ 'INPUT_RESOURCE-TYPE': '  environment \n', INPUT_RESOURCE_TYPE: 'wrong' });
  expect(read('resource-type')).toBe('environment');
  expect(read('environment-name')).toBeUndefined();
});
