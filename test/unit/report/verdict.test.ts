// What the step says it did, decided in one place: titles that fit the case, a heading that names
// the one target, no success mark on a step that fails, and counts that say what they count.
import { describe, expect, test } from 'vitest';
import type { Outcome } from '../../../src/domain/outcome.js';
import { expiredSession, unknownDeployment } from '../../support/failures.js';
import { failureTitle, headingOf, tally, titleOf } from '../../../src/report/verdict.js';
import type { ErrorKind, StepResult, TargetResult } from '../../../src/domain/target-result.js';

const settings = { failOn: ['failed', 'timed-out'] as Outcome[] };
const env = { type: 'environment' as const, name: 'prod' };
// The facts of any outcome, as a test may pair them; the union's own checks are the producers' business.
const result = (outcome: Outcome, extra: Record<string, unknown> = {}): TargetResult => ({ target: env, outcome, waitedMs: 0, ...extra }) as TargetResult;
const step = (results: TargetResult[], extra: Partial<StepResult> = {}): StepResult => ({ results, dryRun: false, ...extra });
const error = (errorKind: ErrorKind): TargetResult => result('error', { failure: unknownDeployment('d-1'), errorKind });

describe('titles fit the case', () => {
  test.each<[string, TargetResult, boolean, string]>([
    ['a read denied in a dry run', error('access-denied'), true, 'Access denied'],
    ['a read that failed in a dry run', error('read-failed'), true, 'Could not read (dry run)'],
    ['credentials that never loaded', error('no-request'), false, 'No request was made'],
    ['an unknown deployment-id', error('unknown-deployment'), false, 'Unknown deployment-id'],
    ['a target that does not exist', error('not-found'), false, 'Not found'],
    ['a cancel request refused', error('not-made'), false, 'Cancellation not made'],
    ['a cancel request with no answer', error('maybe-made'), false, 'Cancellation may have been made'],
    ['a proxy or network failure', error('unreachable'), false, 'Could not reach Proton'],
    ['an expired session', result('error', { errorKind: 'credentials', failure: expiredSession('follow') }), false, 'Credentials expired'],
    ['CANCELLING at the deadline', result('timed-out', { deployment: { status: 'CANCELLING' } }), false, 'Still cancelling when the wait ran out'],
    ['IN_PROGRESS at the deadline', result('timed-out', { deployment: { status: 'IN_PROGRESS' } }), false, 'Still deploying when the wait ran out'],
    ['FAILED', result('failed', { deployment: { status: 'FAILED' } }), false, 'Cancellation failed'],
    ['DELETE_FAILED', result('failed', { deployment: { status: 'DELETE_FAILED' } }), false, 'Deployment ended as DELETE_FAILED'],
    ['the guard left it running', result('left-running'), false, 'Left running by the guard'],
    ['interrupted', result('interrupted'), false, 'Interrupted before the end'],
  ])('%s: %j', (_case, r, dryRun, title) => {
    expect(titleOf(r, dryRun)).toBe(title);
  });

  test('no error is titled as if a cancellation ran and ended badly', () => {
    for (const kind of ['no-request', 'not-found', 'unknown-deployment', 'access-denied', 'credentials', 'unreachable', 'read-failed'] as const) {
      expect(titleOf(error(kind), true)).not.toMatch(/did not end as wanted/i);
    }
  });
});

describe('the heading', () => {
  test('one target: names it, its name exactly as given', () => {
    expect(headingOf(step([result('cancelled', { target: { type: 'environment', name: 'prod-eu-west-1' } })]), settings).text).toBe(
      'Cancel Proton deployment of environment prod-eu-west-1: cancelled',
    );
    expect(headingOf(step([result('cancelled', { target: { type: 'service-instance', name: 'prod', serviceName: 'api' } })]), settings)).toEqual({
      badge: '✅',
      text: 'Cancel Proton deployment of service instance api/prod: cancelled',
    });
  });

  test('interrupted: no success mark, and it says so', () => {
    const heading = headingOf(step([result('interrupted')]), settings, { interruptedBy: 'SIGINT' });
    expect(heading).toEqual({ badge: '⏹️', text: 'Cancel Proton deployment of environment prod: interrupted by SIGINT before the end' });
    const several = headingOf(step([result('interrupted'), result('cancelled')]), settings, { interruptedBy: 'SIGTERM' });
    expect(several.badge).not.toBe('✅');
    expect(several.text).toMatch(/^Cancel Proton deployments: interrupted by SIGTERM; 1 of 2 targets fails the step$/);
  });

  test('a deployment the guard left running: a badge and words that say so, not a success', () => {
    expect(headingOf(step([result('left-running', { deployment: { status: 'IN_PROGRESS' } })]), settings)).toEqual({
      badge: '⏭️',
      text: 'Cancel Proton deployment of environment prod: left running by the guard',
    });
  });

  test.each<[Outcome[], string]>([
    [['error', 'failed', 'cancelled', 'succeeded', 'cancelled'], '❌ Cancel Proton deployments: 2 of 5 targets fail the step'],
    [['cancelled', 'succeeded', 'cancelled'], '⚠️ Cancel Proton deployments: 1 of 3 targets worth a look'],
    [['cancelled', 'cancelled'], '✅ Cancel Proton deployments: all 2 cancelled'],
    [['cancelled', 'not-in-progress'], '✅ Cancel Proton deployments: all 2 ended as expected'],
    [[], 'ℹ️ Cancel Proton deployments: nothing to cancel'],
  ])('several: %j', (outcomes, heading) => {
    const h = headingOf(step(outcomes.map((o, i) => result(o, { target: { type: 'environment', name: `e${i}` } }))), settings);
    expect(`${h.badge} ${h.text}`).toBe(heading);
  });

  test('a step that fails never shows a success mark', () => {
    for (const outcome of ['error', 'failed', 'timed-out', 'interrupted'] as const) {
      for (const others of [[], ['cancelled'], ['cancelled', 'cancelled']] as Outcome[][]) {
        const s = step([outcome === 'error' ? error('read-failed') : result(outcome), ...others.map((o) => result(o))]);
        expect(headingOf(s, settings, outcome === 'interrupted' ? { interruptedBy: 'SIGINT' } : {}).badge).not.toBe('✅');
      }
    }
  });
});

describe('counts agree', () => {
  test('the closing annotation and the heading count the same thing, in the same words', () => {
    const s = step([error('not-found'), result('failed'), result('succeeded'), result('cancelled'), result('cancelled')]);
    expect(failureTitle(s, settings)).toBe('2 of 5 targets fail the step');
    expect(headingOf(s, settings).text).toBe('Cancel Proton deployments: 2 of 5 targets fail the step');
    expect(tally(s, settings).worthALook.map((r) => r.outcome)).toEqual(['succeeded']);
  });

  test('one target: the closing title is what happened to it', () => {
    expect(failureTitle(step([error('unknown-deployment')]), settings)).toBe('Unknown deployment-id');
  });
});
