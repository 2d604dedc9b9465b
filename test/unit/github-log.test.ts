import { expect, test } from 'vitest';
import { logAsGitHubShowsIt } from '../support/github-log.js';

const OUTPUT = [
  'Cancelling the in-progress deployment of environment prod.',
  '::debug::environment prod: poll 1: CANCELLING after 10 s',
  '::group::environment prod: failed',
  'outcome: failed: the cancellation attempt failed',
  '::endgroup::',
  '::error title=Cancellation did not end as wanted::environment prod: failed%0Asecond line',
  '::notice title=Input::Input "environment-name" lists "prod" more than once',
  '',
].join('\n');

test('groups folded, debug hidden, annotations labelled with their titles', () => {
  expect(logAsGitHubShowsIt(OUTPUT)).toBe(
    [
      'Cancelling the in-progress deployment of environment prod.',
      '▶ environment prod: failed',
      'Error: Cancellation did not end as wanted: environment prod: failed',
      '  second line',
      'Notice: Input: Input "environment-name" lists "prod" more than once',
    ].join('\n'),
  );
});

test('expanded, and with debug lines', () => {
  const shown = logAsGitHubShowsIt(OUTPUT, { expand: true, debug: true }).split('\n');
  expect(shown.slice(1, 4)).toEqual(['[debug] environment prod: poll 1: CANCELLING after 10 s', '▼ environment prod: failed', '  outcome: failed: the cancellation attempt failed']);
  expect(shown.join('\n')).not.toMatch(/^::/m);
});
