// Where the documentation of the version being run lives, so that a message that refers to it
// links to it. The runner tells an action where it came from (GITHUB_ACTION_REPOSITORY,
// GITHUB_ACTION_REF); a local action (uses: ./) has neither, and then a message gives no link rather
// than a dangling one.

/** The sections messages link to, by their page and heading (test/unit/markdown-links.test.ts checks each exists). */
export const DOCS_SECTIONS = {
  'credentials-and-iam': 'README.md#credentials-and-iam',
  'self-hosted-runners': 'docs/self-hosted-runners.md',
  'session-length': 'docs/self-hosted-runners.md#session-length',
} as const;

export type DocsSection = keyof typeof DOCS_SECTIONS;

export function docsLink(section: DocsSection, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  if (!repository || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}/blob/${encodeURI(ref)}/${DOCS_SECTIONS[section]}`;
}

/** " (IAM policy: https://…)" for a sentence, or nothing. */
export function seeDocs(what: string, section: DocsSection, env: NodeJS.ProcessEnv = process.env): string {
  const link = docsLink(section, env);
  return link ? ` (${what}: ${link})` : '';
}
