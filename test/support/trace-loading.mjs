// Preloaded into the bundled action (NODE_OPTIONS=--import) by test/e2e/bundle-loading.test.ts: it
// writes each module the process loads, and at exit Node's internal modules matching undici, to
// stderr, so the test can see what a run costs to load. Synchronous writes: the action exits with
// process.exit, after which nothing asynchronous is written.
import { registerHooks } from 'node:module';
import { writeSync } from 'node:fs';

registerHooks({
  load(url, context, nextLoad) {
    writeSync(2, `trace-loading: module ${url}\n`);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  for (const internal of process.moduleLoadList.filter((name) => /undici/i.test(name))) writeSync(2, `trace-loading: internal ${internal}\n`);
});
