import { run } from './main.js';

await run();
// Everything the step has to say is written by now. Exit rather than wait for work the step
// abandoned at the deadline or on a signal and cannot cancel (a credential_process that hangs, a
// token refresh): the runner reads outputs and summary from their files once the process is gone.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))));
process.exit();
