// Every code block people may paste, in every Markdown file: shell blocks parse (bash -n) and YAML
// blocks parse. Whole workflows are also validated against GitHub's schema (.ci/validate-metadata),
// and the by-hand blocks are run (test/e2e/by-hand-blocks.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/action-metadata.js';
import { markdownFiles } from '../support/markdown-files.js';

const blocks = markdownFiles().flatMap((file) =>
  [...readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(/^```(sh|bash|yaml|yml|json)\n([\s\S]*?)^```/gm)].map((m, i) => ({ file, n: i + 1, lang: m[1]!, code: m[2]! })),
);

test('the blocks are found: shell and YAML, in the README and docs/', () => {
  expect(blocks.filter((b) => b.lang === 'sh').length).toBeGreaterThan(3);
  expect(blocks.filter((b) => b.lang === 'yaml').length).toBeGreaterThan(5);
  const places = new Set(blocks.map((b) => b.file.split('/')[0]));
  expect(places.has('README.md') && places.has('docs')).toBe(true);
});

describe.each(blocks)('$file block $n ($lang)', ({ lang, code }) => {
  test('parses', () => {
    if (lang === 'sh' || lang === 'bash') {
      const checked = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
      expect(checked.status, checked.stderr).toBe(0);
    } else if (lang === 'json') {
      expect(() => JSON.parse(code) as unknown).not.toThrow();
    } else {
      expect(() => parse(code) as unknown).not.toThrow();
    }
  });
});
