// Messages that refer to the documentation link to the docs of the version being run, or say nothing.
import { expect, test } from 'vitest';
import { docsLink, seeDocs } from '../../../src/runner/docs-link.js';

test('the runner says where the action came from: a link to that version\'s section of the docs', () => {
  const env = { GITHUB_ACTION_REPOSITORY: 'acme/cancel-proton-deployment', GITHUB_ACTION_REF: 'v1', GITHUB_SERVER_URL: 'https://github.com' };
  expect(docsLink('credentials-and-iam', env)).toBe('https://github.com/acme/cancel-proton-deployment/blob/v1/README.md#credentials-and-iam');
  expect(seeDocs('IAM policy', 'credentials-and-iam', env)).toBe(' (IAM policy: https://github.com/acme/cancel-proton-deployment/blob/v1/README.md#credentials-and-iam)');
});

test('GitHub Enterprise Server: its own host', () => {
  expect(docsLink('session-length', { GITHUB_ACTION_REPOSITORY: 'platform/cancel', GITHUB_ACTION_REF: 'main', GITHUB_SERVER_URL: 'https://ghe.corp.example/' })).toBe(
    'https://ghe.corp.example/platform/cancel/blob/main/docs/self-hosted-runners.md#session-length',
  );
});

test.each([
  ['a local action (uses: ./): no repository', { GITHUB_ACTION_REF: '' }],
  ['no ref', { GITHUB_ACTION_REPOSITORY: 'acme/x' }],
  ['a repository that is not owner/name', { GITHUB_ACTION_REPOSITORY: 'javascript:alert(1)//x', GITHUB_ACTION_REF: 'v1' }],
])('%s: no link, and no words pointing at one', (_case, env) => {
  expect(docsLink('credentials-and-iam', env)).toBeUndefined();
  expect(seeDocs('IAM policy', 'credentials-and-iam', env)).toBe('');
});
