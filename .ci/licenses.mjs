// The third-party licences shipped beside dist/, worked out from what the bundle really contains.
// ncc's own `license` option misses every package whose modules webpack concatenated into another
// module (it missed @actions/core and @actions/github), so the list comes from the bundle's source
// maps instead: every original file webpack put into any chunk is named there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE_DIR = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The package directories (relative to root) that the given source-map `sources` come from, sorted. */
export function bundledPackageDirs(sources) {
  const dirs = new Set();
  for (const source of sources) {
    const path = source.replace(/^(\.\.\/|\.\/|webpack:\/\/\/?)+/, '');
    const match = PACKAGE_DIR.exec(path);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

/** licenses.txt: for each bundled package, its name and version, its licence, and the licence's text. */
export function licensesText(root, packageDirs) {
  const entries = packageDirs.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const file = readdirSync(join(root, dir)).find((name) => LICENCE_FILE.test(name));
    const text = file ? readFileSync(join(root, dir, file), 'utf8').trim() : `(the package ships no licence file; its package.json says ${manifest.license})`;
    return { name: manifest.name, version: manifest.version, license: manifest.license ?? 'UNKNOWN', text };
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.map((e) => `${e.name}@${e.version}\n${e.license}\n${e.text}\n`).join('\n');
}

/** Every `sources` entry of the source maps among ncc's outputs (index.js.map and one per chunk). */
export function sourcesOf(maps) {
  return maps.flatMap((map) => JSON.parse(map).sources);
}
