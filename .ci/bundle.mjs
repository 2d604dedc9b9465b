#!/usr/bin/env node
// `npm run bundle`: dist/ from src/ with ncc (its API, for the one option its CLI lacks). ncc resolves
// packages by their CommonJS "main" unless told otherwise; the AWS SDK also ships ES modules marked
// free of side effects, from which webpack leaves out every Proton operation and protocol this action
// never calls, and keeps the SDK's credential providers as chunks that load only when used. dist/ is
// emptied first, so no chunk of an earlier build lingers. Not minified: the bench measured no faster start
// from minifying (V8 compiles lazily either way) and a higher peak RSS, and readable dist/ diffs are reviewable.
// Source maps are made only to list the bundled packages for licenses.txt; they are not shipped.
// ncc's build cache is off: its key ignores the sourceMap option, so a build cached without source
// maps (an earlier bundle script) came back with maps that name no package, and an empty licenses.txt.
import ncc from '@vercel/ncc';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackageDirs, licensesText, sourcesOf } from './licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const { code, map, assets } = await ncc(join(root, 'src', 'index.ts'), {
  minify: false,
  mainFields: ['module', 'main'],
  sourceMap: true,
  sourceMapRegister: false,
  cache: false,
  quiet: true,
});
const withoutMapComment = (js) => String(js).replace(/\n\/\/# sourceMappingURL=\S+$/, '');
const files = { 'index.js': withoutMapComment(code) };
const maps = [map];
for (const [name, asset] of Object.entries(assets)) {
  if (name.endsWith('.map')) maps.push(String(asset.source));
  else files[name] = name.endsWith('.js') ? withoutMapComment(asset.source) : asset.source;
}
const packageDirs = bundledPackageDirs(sourcesOf(maps));
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const unlisted = Object.keys(dependencies).filter((name) => !packageDirs.includes(`node_modules/${name}`));
if (unlisted.length > 0) throw new Error(`The source maps do not name ${unlisted.join(', ')}: licenses.txt would be incomplete.`);
files['licenses.txt'] = licensesText(root, packageDirs);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content);
for (const [name, content] of Object.entries(files)) console.log(`${String(Math.round(content.length / 1024)).padStart(6)} kB  dist/${name}`);
