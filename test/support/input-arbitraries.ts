// Arbitrary values for the action's inputs: wholly random strings, and strings built from pieces that
// are valid, nearly valid or hostile, so that both valid runs and every kind of rejection are reached.
import fc from 'fast-check';
import { readActionMetadata } from './action-metadata.js';

const PIECES = [
  'prod', 'stage', 'api', 'a'.repeat(100), 'b'.repeat(101), '-lead', '_lead', 'dot.ted', 'ünï', '*', 'x y',
  'environment', 'Service-Instance', 'service-pipeline', 'COMPONENT', 'pipeline',
  'true', 'False', 'yes', '0', '1', '10', '0.5', '1e3', '-1', '432001', 'NaN',
  'failed', 'timed-out', 'cancelled', 'canceled', 'now', 'job-cancelled', 'later',
  'us-east-1', 'US East', 'http://127.0.0.1:1', 'ftp://x', 'https://u:p@h',
  '::error::x', '##[add-mask]y', '%0A', '"', '\u2028', '\u0000', '\u001b[31m',
];
const SEPARATORS = [',', '\n', '\r\n', '\r', ' ', ', ', '\t', ''];

/** One input's value: random text, or pieces joined by separators. Never NUL, which no environment variable can hold. */
export const inputValue: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 5 }).map((parts) => parts.map(([p, s]) => p + s).join('')),
  )
  .map((value) => value.replaceAll('\u0000', ''));

/** Some of action.yml's inputs, each given an arbitrary value ('' included, which suppresses a default). */
export function arbitraryInputs(except: readonly string[] = []): fc.Arbitrary<Record<string, string>> {
  const names = Object.keys(readActionMetadata().inputs).filter((name) => !except.includes(name));
  return fc.record(Object.fromEntries(names.map((name) => [name, inputValue])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
}

/** A valid target with at most two other inputs fuzzed, so that valid runs are common too. */
export function mostlyValidInputs(): fc.Arbitrary<Record<string, string>> {
  const others = Object.keys(readActionMetadata().inputs);
  return fc
    .tuple(
      fc.constantFrom<Record<string, string>>(
        { 'resource-type': 'environment', 'environment-name': 'fuzz-env' },
        { 'resource-type': 'service-instance', 'service-name': 'fuzz-svc', 'service-instance-name': 'fuzz-a, fuzz-b' },
        { 'resource-type': 'service-pipeline', 'service-name': 'fuzz-svc' },
        { 'resource-type': 'component', 'component-name': 'fuzz-c\nfuzz-c' },
      ),
      fc.subarray(others, { maxLength: 2 }).chain((names) => fc.tuple(...names.map((name) => inputValue.map((value) => [name, value] as const)))),
    )
    .map(([base, fuzzed]) => ({ ...base, ...Object.fromEntries(fuzzed) }));
}
