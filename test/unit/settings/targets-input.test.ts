// The inputs that say exactly what to cancel: resource-arn, "*", deployment-id and dry-run.
import { describe, expect, test } from 'vitest';
import { readArn } from '../../../src/domain/resource-arn.js';
import type { ParsedInputs } from '../../../src/settings/settings.js';
import { inputProblems, parseInputs } from '../../support/parse-inputs.js';

const ENV = { AWS_REGION: 'us-east-1' };
const ID = '3403b480-2b9c-4f5e-9b3f-0c1d2e3f4a5b';
const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = ENV): ParsedInputs => parseInputs(inputs, env);
const problems = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = ENV): string[] => inputProblems(inputs, env);

describe('resource-arn', () => {
  test.each([
    ['arn:aws:proton:us-east-1:111122223333:environment/prod', { type: 'environment', name: 'prod' }],
    ['arn:aws:proton:us-east-1:111122223333:service/api/service-instance/prod', { type: 'service-instance', name: 'prod', serviceName: 'api' }],
    ['arn:aws:proton:us-east-1:111122223333:service/api', { type: 'service-pipeline', name: 'api' }],
    ['arn:aws:proton:us-east-1:111122223333:service/api/pipeline', { type: 'service-pipeline', name: 'api' }],
    ['arn:aws:proton:us-east-1:111122223333:component/web', { type: 'component', name: 'web' }],
  ])('%s', (arn, target) => {
    expect(parse({ 'resource-arn': arn }).settings.targets).toEqual([target]);
  });

  test('types may be mixed, separated by commas or newlines; each keeps its type', () => {
    const { settings } = parse({
      'resource-arn': 'arn:aws:proton:us-east-1:111122223333:environment/prod,\r\narn:aws:proton:us-east-1:111122223333:service/api/service-instance/a\narn:aws:proton:us-east-1:111122223333:component/c',
    });
    expect(settings.targets.map((t) => t.type)).toEqual(['environment', 'service-instance', 'component']);
  });

  test.each([
    ['aws-cn', 'cn-north-1'],
    ['aws-us-gov', 'us-gov-west-1'],
    ['aws-iso', 'us-iso-east-1'],
  ])('partition %s, where Proton never ran: one error naming resource-arn and the partition', (partition, region) => {
    const arn = `arn:${partition}:proton:${region}:111122223333:environment/e`;
    expect(problems({ 'resource-arn': arn, 'endpoint-url': 'https://proton.example' }, { AWS_REGION: region })).toEqual([
      `Input "resource-arn" has "${arn}", which is in the ${partition} partition, where Proton never ran: expected an ARN of the aws partition (arn:aws:proton:…).`,
    ]);
  });

  test('an ARN in another region: one error naming resource-arn and both regions', () => {
    expect(problems({ 'resource-arn': 'arn:aws:proton:eu-west-1:111122223333:environment/prod' })).toEqual([
      'Input "resource-arn" has "arn:aws:proton:eu-west-1:111122223333:environment/prod" in eu-west-1, but this step works in us-east-1 (aws-region, else AWS_REGION): use one step per region.',
    ]);
  });

  test.each([
    ['prod', 'is not a Proton ARN'],
    ['arn:aws:s3:::bucket', 'is not a Proton ARN'],
    ['arn:aws:proton:us-east-1:111122223333:environment-template/t', 'is not the ARN of an environment, service instance, service (pipeline) or component'],
    ['arn:aws:proton:us-east-1:12345:environment/e', 'is not a Proton ARN'],
  ])('malformed: %s', (arn, why) => {
    const [problem, ...more] = problems({ 'resource-arn': arn });
    expect(more).toEqual([]);
    expect(problem).toContain(`Input "resource-arn" has ${JSON.stringify(arn)}, which ${why}: expected arn:aws:proton:REGION:ACCOUNT:environment/NAME`);
  });

  test('every name inside is checked like a name input', () => {
    expect(problems({ 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:service/-bad/service-instance/ok' })).toEqual([
      expect.stringMatching(/^Input "resource-arn" has ".*", whose name "-bad" is not a Proton name/),
    ]);
  });

  test('with resource-type or a name input: one error naming both inputs', () => {
    expect(problems({ 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:environment/e', 'resource-type': 'environment', 'environment-name': 'e' })).toEqual([
      'Input "resource-arn" and "resource-type" or "environment-name" are both given: name the targets one way, by resource-arn or by resource-type and names.',
    ]);
  });

  test('the same target twice: once, with a notice', () => {
    const parsed = parse({ 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:service/api\narn:aws:proton:us-east-1:111122223333:service/api/pipeline' });
    expect(parsed.settings.targets).toEqual([{ type: 'service-pipeline', name: 'api' }]);
    expect(parsed.notices).toEqual(['Input "resource-arn" names service-pipeline api more than once: each is cancelled once.']);
  });

  test('readArn says what an ARN names', () => {
    expect(readArn('arn:aws:proton:ap-south-1:111122223333:component/c')).toEqual({ target: { type: 'component', name: 'c' }, region: 'ap-south-1' });
  });
});

describe('"*": every in-progress one', () => {
  test.each([
    [{ 'resource-type': 'environment', 'environment-name': '*' }, { type: 'environment' }],
    [{ 'resource-type': 'component', 'component-name': ' * ' }, { type: 'component' }],
    [{ 'resource-type': 'service-instance', 'service-name': 'api', 'service-instance-name': '*' }, { type: 'service-instance', serviceName: 'api' }],
    // Every instance of every service: the button for "stop everything deploying instances now".
    [{ 'resource-type': 'service-instance', 'service-name': '*', 'service-instance-name': '*' }, { type: 'service-instance' }],
  ])('%j', (inputs, wildcard) => {
    const { settings } = parse(inputs);
    expect(settings.wildcard).toEqual(wildcard);
    expect(settings.targets).toEqual([]);
  });

  test('service-pipeline does not take "*"', () => {
    expect(problems({ 'resource-type': 'service-pipeline', 'service-name': '*' })).toEqual([
      'Input "service-name" is "*", but resource-type service-pipeline does not take "*": no list call finds in-progress pipelines; name the services.',
    ]);
  });

  test('"*" together with names', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'prod, *' })).toEqual([
      'Input "environment-name" lists "*" together with names: give either "*" alone (every in-progress one) or names.',
    ]);
  });

  test('named instances need their one service: "*" as the service only goes with "*" as the instances', () => {
    expect(problems({ 'resource-type': 'service-instance', 'service-instance-name': '*' })[0]).toMatch(/^Input "service-name" is required/);
    expect(problems({ 'resource-type': 'service-instance', 'service-name': '*', 'service-instance-name': 'prod, stage' })).toEqual([
      'Input "service-name" is "*", which is only for every in-progress instance of every service: set service-instance-name to "*" too, or name the one service the instances belong to.',
    ]);
    expect(problems({ 'resource-type': 'service-instance', 'service-name': '*, api', 'service-instance-name': '*' })[0]).toMatch(/^Input "service-name" has "\*", which is not a Proton name/);
  });
});

describe('deployment-id', () => {
  test('with exactly one target', () => {
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'prod', 'deployment-id': ID }).settings.deploymentId).toBe(ID);
    expect(parse({ 'resource-arn': 'arn:aws:proton:us-east-1:111122223333:environment/prod', 'deployment-id': ID }).settings.deploymentId).toBe(ID);
  });

  test('with several targets: an input error', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'a, b', 'deployment-id': ID })).toEqual([
      'Input "deployment-id" applies to exactly one target, but 2 are named: name the one resource it belongs to.',
    ]);
  });

  test('with "*": an input error', () => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': '*', 'deployment-id': ID })).toEqual([
      'Input "deployment-id" applies to exactly one target, not to "*": name the one resource it belongs to.',
    ]);
  });

  test.each([['not-an-id'], [ID.toUpperCase()], [`${ID}0`]])('%j is not a deployment id', (id) => {
    expect(problems({ 'resource-type': 'environment', 'environment-name': 'a', 'deployment-id': id })[0]).toMatch(/^Input "deployment-id" is ".*": expected a Proton deployment id such as/);
  });
});

describe('dry-run', () => {
  test('false unless given', () => {
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'a' }).settings.dryRun).toBe(false);
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'a', 'dry-run': 'true' }).settings.dryRun).toBe(true);
  });
  test('would-cancel is a fail-on word', () => {
    expect(parse({ 'resource-type': 'environment', 'environment-name': 'a', 'fail-on': 'would-cancel' }).settings.failOn).toEqual(['would-cancel']);
  });
});
