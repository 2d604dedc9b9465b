// What one failed attempt was, whether to try again, and how long to wait first.
import { describe, expect, test } from 'vitest';
import { backoffMs, classifyAttempt, mayPass } from '../../../src/proton/attempts.js';

const sdkError = (fields: Record<string, unknown>): Error => Object.assign(new Error(), fields);

const reply = (status: number, extra: Record<string, unknown> = {}): Error => sdkError({ $metadata: { httpStatusCode: status }, ...extra });

describe('classifyAttempt', () => {
  test.each([
    ['throttling by type', reply(400, { name: 'ThrottlingException', $fault: 'client', message: 'Rate exceeded' }), 'throttled', true],
    ['throttling by 429', reply(429, { name: 'Unknown', $fault: 'client' }), 'throttled', true],
    ['a typed 5xx', reply(500, { name: 'InternalServerException', $fault: 'server' }), 'server-error', true],
    ['a 502 HTML page', reply(502, { name: 'SyntaxError' }), 'server-error', true],
    ['a 403 HTML page', reply(403, { name: 'SyntaxError' }), 'unreadable-reply', false],
    ['a 200 that is not JSON', reply(200, { name: 'SyntaxError' }), 'unreadable-reply', false],
    ['an empty 403', reply(403, { name: 'Unknown', $fault: 'client' }), 'unreadable-reply', false],
    ['access denied', reply(400, { name: 'AccessDeniedException', $fault: 'client' }), 'api-error', false],
    ['an unknown type', reply(400, { name: 'BrandNewException', $fault: 'client' }), 'api-error', false],
    ['a reset connection', sdkError({ name: 'TimeoutError', code: 'ECONNRESET' }), 'connection', true],
    ['a refused connection', sdkError({ name: 'Error', code: 'ECONNREFUSED' }), 'connection', true],
    ['an unknown host', sdkError({ name: 'Error', code: 'ENOTFOUND' }), 'no-such-host', false],
    ['a socket timeout', sdkError({ name: 'TimeoutError', code: 'ETIMEDOUT' }), 'no-answer', true],
    ['no credentials', sdkError({ name: 'CredentialsProviderError', message: 'Could not load credentials' }), 'client-error', false],
  ])('%s', (_what, error, kind, passes) => {
    const failure = classifyAttempt(error, undefined, 0);
    expect(failure.kind).toBe(kind);
    expect(mayPass(failure)).toBe(passes);
  });

  test('the attempt’s own time limit is no answer, with that limit', () => {
    expect(classifyAttempt(new Error('aborted'), 30_000, 0)).toEqual({ kind: 'no-answer', limitMs: 30_000 });
  });

  test('hints for SDK programmers are dropped from messages', () => {
    const failure = classifyAttempt(
      reply(400, { name: 'BrandNewException', $fault: 'client', message: 'real text\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response' }),
      undefined,
      0,
    );
    expect(failure.message).toBe('real text');
  });

  test.each([
    ['7', 7000],
    ['0.5', 500],
    ['600', 60_000],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 4000],
    ['soon', undefined],
  ])('Retry-After %j', (header, ms) => {
    const failure = classifyAttempt(reply(429, { name: 'Unknown', $response: { headers: { 'retry-after': header } } }), undefined, 6000);
    expect(failure.retryAfterMs).toBe(ms);
  });
});

describe('backoffMs', () => {
  test('exponential with full jitter, a larger base after throttling, capped at 20 s', () => {
    expect([1, 2, 3].map((n) => backoffMs({ kind: 'server-error' }, n, () => 1))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((n) => backoffMs({ kind: 'throttled' }, n, () => 1))).toEqual([500, 1000, 2000]);
    expect(backoffMs({ kind: 'throttled' }, 20, () => 1)).toBe(20_000);
    expect(backoffMs({ kind: 'throttled' }, 3, () => 0.5)).toBe(1000);
  });
  test('never shorter than a Retry-After', () => {
    expect(backoffMs({ kind: 'throttled', retryAfterMs: 7000 }, 1, () => 1)).toBe(7000);
  });
});
