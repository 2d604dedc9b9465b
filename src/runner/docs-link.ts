// Where the README of the version being run lives, so that a message that refers to it links to it.
// The runner tells an action where it came from (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF); a
// local action (uses: ./) has neither, and then a message gives no link rather than a dangling one.

/** The sections messages link to, by their anchor in README.md. */
export type ReadmeSection = 'credentials-and-iam' | 'self-hosted-runners' | 'session-length';

export function readmeLink(section: ReadmeSection, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  if (!repository || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}/blob/${encodeURI(ref)}/README.md#${section}`;
}

/** " (IAM policy: https://…)" for a sentence, or nothing. */
export function seeReadme(what: string, section: ReadmeSection, env: NodeJS.ProcessEnv = process.env): string {
  const link = readmeLink(section, env);
  return link ? ` (${what}: ${link})` : '';
}
