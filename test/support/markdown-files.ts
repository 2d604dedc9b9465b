// The Markdown people read: the root's files, and everything under docs/, examples/ and .github/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './action-metadata.js';

export function markdownFiles(): string[] {
  const found = readdirSync(REPO_ROOT).filter((name) => name.endsWith('.md'));
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(REPO_ROOT, dir))) {
      const path = join(dir, name);
      if (statSync(join(REPO_ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(path);
    }
  };
  for (const dir of ['docs', 'examples', '.github']) if (existsSync(join(REPO_ROOT, dir))) walk(dir);
  return found.sort();
}
