// Every link in the repository's Markdown goes somewhere: a file link names a file that exists, and
// an anchor names a heading of its page, by GitHub's rule for heading ids. Links to other sites are
// not fetched (no network in tests); they must at least be https. The links the action's own
// messages make (src/runner/docs-link.ts) are checked against their pages' headings too.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DOCS_SECTIONS } from '../../src/runner/docs-link.js';
import { REPO_ROOT } from '../support/action-metadata.js';
import { markdownFiles } from '../support/markdown-files.js';

/** GitHub's heading ids: lower case, punctuation dropped except - and _, spaces to -, repeats numbered. */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const match of withoutCode.matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const text = match[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

/** Inline links and images, outside code blocks and code spans: [text](target). */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

const files = markdownFiles();

test('the Markdown files are found (README, CONTRIBUTING, SECURITY, CHANGELOG at least)', () => {
  expect(files).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md']));
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const links = linksOf(text);

  test.each(links.length > 0 ? links : ['(none)'])('%s resolves', (link) => {
    if (link === '(none)') return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
      expect(link, 'links to other sites use https').toMatch(/^(https:|mailto:)/);
      return;
    }
    const [path = '', anchor] = link.split('#');
    const target = path === '' ? join(REPO_ROOT, file) : join(REPO_ROOT, dirname(file), decodeURI(path));
    expect(existsSync(target), `${link}: no such file ${relative(REPO_ROOT, target)}`).toBe(true);
    if (anchor !== undefined && target.endsWith('.md')) {
      expect([...headingIds(readFileSync(target, 'utf8'))], `${link}: no such heading`).toContain(decodeURIComponent(anchor));
    }
  });
});

test('the sections the action links to from its messages exist', () => {
  for (const target of Object.values(DOCS_SECTIONS)) {
    const [page = '', anchor] = target.split('#');
    expect(existsSync(join(REPO_ROOT, page)), page).toBe(true);
    if (anchor) expect([...headingIds(readFileSync(join(REPO_ROOT, page), 'utf8'))], target).toContain(anchor);
  }
});

test('heading ids follow GitHub: punctuation dropped, repeats numbered', () => {
  expect([...headingIds('## How it waits, retries and stops\n## What it does when …\n## Step through the source with `@github/local-action`\n## A\n## A\n')]).toEqual([
    'how-it-waits-retries-and-stops',
    'what-it-does-when-',
    'step-through-the-source-with-githublocal-action',
    'a',
    'a-1',
  ]);
});
