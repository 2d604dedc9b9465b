#!/usr/bin/env node
// `npm run bundle`: dist/ from src/ with ncc (its API, for the one option its CLI lacks). ncc resolves
// packages by their CommonJS "main" unless told otherwise; the AWS SDK also ships ES modules marked
// free of side effects, from which webpack leaves out every Proton operation and protocol this action
// never calls, and keeps the SDK's credential providers as chunks that load only when used. dist/ is
// emptied first, so no chunk of an earlier build lingers. Not minified: the bench measured no faster start
// from minifying (V8 compiles lazily either way) and a higher peak RSS, and readable dist/ diffs are reviewable.
import ncc from '@vercel/ncc';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const { code, assets } = await ncc(join(root, 'src', 'index.ts'), {
  minify: false,
  license: 'licenses.txt',
  mainFields: ['module', 'main'],
  quiet: true,
});
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.js'), code);
for (const [name, asset] of Object.entries(assets)) writeFileSync(join(out, name), asset.source);
const sizes = [['index.js', code.length], ...Object.entries(assets).map(([name, asset]) => [name, asset.source.length])];
for (const [name, size] of sizes) console.log(`${String(Math.round(size / 1024)).padStart(6)} kB  dist/${name}`);
