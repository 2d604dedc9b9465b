// `npm run emulator -- --help`: serves the Proton emulator until stopped, for trying the action by
// hand or in a workflow. The command line is read by cli.ts; a mistake is one line and exit code 2.
import { describeServed, parseEmulatorArgs, USAGE } from './cli.js';
import { ProtonEmulator } from './proton-emulator.js';

const args = parseEmulatorArgs(process.argv.slice(2));
if ('help' in args) {
  console.log(USAGE);
  process.exit(0);
}
if ('problem' in args) {
  console.error(`emulator: ${args.problem} Run with --help for the usage.`);
  process.exit(2);
}
const { plan } = args;

const emulator = new ProtonEmulator();
try {
  await emulator.start(plan.port);
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `emulator: port ${plan.port} is already in use: is an emulator still running? Stop it (kill its process, or pkill -f test/emulator/serve.ts), or pass --port.`
      : `emulator: it could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
for (const resource of plan.resources) emulator.add(resource.kind, resource.name, resource.script, resource.serviceName);
for (const fault of plan.faults) emulator.inject(fault);
if (plan.throttle) emulator.throttleAt(plan.throttle);

console.log(`Proton emulator listening on ${emulator.url}`);
for (const resource of plan.resources) console.log(`  ${describeServed(resource)}`);
for (const fault of plan.faults) console.log(`  fault: ${fault.kind}${fault.operation ? ` on ${fault.operation}` : ' on every request'}`);
if (plan.throttle) console.log(`  quota: ${plan.throttle.ratePerSecond} requests/s, burst ${plan.throttle.burst}`);
const stop = (): void => void emulator.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
