// Serves the Proton emulator until stopped, for trying the action by hand or in a workflow:
//   npx tsx test/emulator/serve.ts --port 4599 --environment smoke-env --service-instance api/prod
// Each resource starts IN_PROGRESS; a cancellation ends CANCELLED after two reads. It prints
// "listening" once it accepts requests, and stops on SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { ProtonEmulator, type Kind } from './proton-emulator.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4599' },
    environment: { type: 'string', multiple: true, default: [] },
    'service-instance': { type: 'string', multiple: true, default: [] },
    'service-pipeline': { type: 'string', multiple: true, default: [] },
    component: { type: 'string', multiple: true, default: [] },
  },
});

const emulator = new ProtonEmulator();
try {
  await emulator.start(Number(values.port));
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${values.port} is already in use: is an emulator still running? Stop it (kill its process, or pkill -f test/emulator/serve.ts), or pass --port.`
      : `The emulator could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
for (const kind of ['environment', 'service-instance', 'service-pipeline', 'component'] as Kind[]) {
  for (const spec of values[kind]) {
    const [first, second] = spec.split('/');
    if (kind === 'service-instance') emulator.add(kind, second!, { readsUntilEnd: 2 }, first);
    else emulator.add(kind, first!, { readsUntilEnd: 2 });
  }
}
console.log(`Proton emulator listening on ${emulator.url}`);
const stop = (): void => void emulator.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
