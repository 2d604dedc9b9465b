// Import rules `npm run lint` enforces over src/ and test/, type-only imports included
// (tsPreCompilationDeps), with dependency-cruiser 18.7.2.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
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
