// Import rules `npm run lint` enforces over src/ and test/, type-only imports included
// (tsPreCompilationDeps), with dependency-cruiser 18.7.2.

// The layers of src/, lowest first, and what each may import besides its own folder. A module imports
// only downwards, so a reader follows a cancellation from main.ts down and back up without jumping
// sideways. The story (main.ts, guard.ts, cancel-and-report.ts, state.ts, index.ts) sits in src/ itself,
// on top, and may import any layer.
const LAYERS = {
  lib: [], // time, abortable waits, text: no knowledge of Proton or GitHub
  domain: ['lib'], // resource types, targets, statuses, outcomes, scope, results
  settings: ['domain', 'lib'], // the inputs, read once into Settings
  runner: ['lib'], // the runner's protocol, signals, child processes
  network: ['domain', 'lib'], // proxies, CA bundles: how requests leave the runner
  proton: ['network', 'runner', 'domain', 'lib'], // the API: client, requests, retries, pacing, errors
  discover: ['proton', 'domain', 'lib'], // finding what `*` names
  follow: ['proton', 'domain', 'lib'], // waiting for a deployment's end
  cancel: ['discover', 'follow', 'proton', 'network', 'settings', 'domain', 'lib'], // checking and cancelling targets
  report: ['cancel', 'discover', 'follow', 'proton', 'network', 'runner', 'settings', 'domain', 'lib'], // every word a person reads
};

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer}/ may import only ${allowed.length ? allowed.map((l) => `src/${l}/`).join(', ') : 'nothing else in src/'} (see LAYERS).`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/${layer}/`, ...allowed.map((l) => `^src/${l}/`)] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'layer-known',
      comment: 'Every folder of src/ is a layer in LAYERS, so that its place in the order is decided, not drifted into.',
      severity: 'error',
      from: {},
      to: { path: '^src/[^/]+/', pathNot: `^src/(${Object.keys(LAYERS).join('|')})/` },
    },
    {
      name: 'story-on-top',
      comment: 'The story (the files in src/ itself) is imported by no layer: it only calls down.',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other, even for types only, cannot be read or changed one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-reaching-into-packages',
      comment:
        "A package is imported by its name and exported entry points only: a path into node_modules breaks when the package's layout changes.",
      severity: 'error',
      from: {},
      to: { path: '(^|/)node_modules/', dependencyTypes: ['local'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^test/fixtures/' },
  },
};
