// Nothing the step starts outlives it. The AWS SDK runs a profile's credential_process with
// child_process.exec, without a time limit or a way to stop it (@aws-sdk/credential-provider-process
// 3.972, which reads `exec` from the node:child_process module each time it runs one). The step
// stops waiting for credentials after 10 s, or at its deadline or a signal, and then exits: without
// this, the helper would keep running until the runner cleans up at the end of the job.
//
// While the step runs, exec starts each process in a process group of its own (a session, on
// POSIX), and the step remembers it; before the step exits, every one still running is stopped with
// everything it started: SIGTERM to its group, then SIGKILL to what is left.
import type * as ChildProcessModule from 'node:child_process';
import { promisify } from 'node:util';

type ChildProcess = ChildProcessModule.ChildProcess;
type ExecOptions = ChildProcessModule.ExecOptions;

/** How long a stopped helper is given to end on SIGTERM before it is killed. */
export const STOP_GRACE_MS = 1000;

type ExecCallback = (error: ChildProcessModule.ExecException | null, stdout: string | Buffer, stderr: string | Buffer) => void;

export interface ChildProcessTracker {
  /** Stops every process started since tracking began that is still running; resolves when done. Returns their pids. */
  stopAll(): Promise<number[]>;
  /** Puts exec back as it was. */
  restore(): void;
}

export function trackChildProcesses(platform: NodeJS.Platform = process.platform): ChildProcessTracker {
  // The mutable CommonJS module object, loaded only when tracking starts (an ESM namespace is frozen).
  const childProcess = process.getBuiltinModule('node:child_process');
  const running = new Set<ChildProcess>();
  const original = childProcess.exec;
  // Once the step stops its helpers, it starts no new one: the SDK's credential chain, abandoned but
  // still running, would otherwise start the same credential_process again as soon as one is stopped.
  let closing = false;
  const refusal = (command: string): Error =>
    Object.assign(new Error(`Command not run: the step is ending (${command})`), { code: 'ESTEPENDING', cmd: command });
  const ownGroup = platform !== 'win32';

  // exec's own options cannot start a process group (execFile passes spawn a fixed list of options),
  // so the shell is spawned here as exec would spawn it, and answers as exec answers.
  const tracked = function exec(command: string, options?: ExecOptions | ExecCallback | null, callback?: ExecCallback): ChildProcess {
    const done = typeof options === 'function' ? options : callback;
    const given = typeof options === 'function' || options == null ? {} : options;
    if (closing) {
      // Something that ends at once, so the caller gets its callback as from any failed command.
      const child = childProcess.spawn(process.execPath, ['-e', ''], { stdio: 'ignore', windowsHide: true });
      child.once('close', () => done?.(refusal(command), '', ''));
      return child;
    }
    const child = childProcess.spawn(command, [], {
      shell: typeof given.shell === 'string' ? given.shell : true,
      ...(given.cwd !== undefined ? { cwd: given.cwd } : {}),
      ...(given.env !== undefined ? { env: given.env } : {}),
      windowsHide: true,
      detached: ownGroup,
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => {
      running.delete(child);
      done?.(Object.assign(error, { cmd: command }), stdout, stderr);
    });
    child.once('close', (code, signalName) => {
      running.delete(child);
      if (code === 0) return done?.(null, stdout, stderr);
      const error = Object.assign(new Error(`Command failed: ${command}\n${stderr}`), {
        ...(code !== null ? { code } : {}),
        killed: signalName !== null,
        ...(signalName !== null ? { signal: signalName } : {}),
        cmd: command,
      });
      done?.(error, stdout, stderr);
    });
    return child;
  };
  // util.promisify(exec) resolves with { stdout, stderr }, as Node's own exec does.
  Object.defineProperty(tracked, promisify.custom, {
    value: (command: string, options?: ExecOptions) =>
      new Promise((resolve, reject) => {
        if (closing) return reject(refusal(command));
        tracked(command, options ?? {}, (error, stdout, stderr) => (error ? reject(Object.assign(error, { stdout, stderr })) : resolve({ stdout, stderr })));
      }),
  });

  const setExec = (exec: typeof original): void => {
    // The module object is what CommonJS code and the bundle read; ESM named imports follow it once synced.
    (childProcess as { exec: typeof original }).exec = exec;
    process.getBuiltinModule('node:module').syncBuiltinESMExports();
  };
  setExec(tracked as unknown as typeof original);
  return {
    restore: () => setExec(original),
    stopAll: async () => {
      closing = true;
      const stopping = [...running].filter((child) => child.pid !== undefined && child.exitCode === null && child.signalCode === null);
      const pids = stopping.map((child) => child.pid!);
      for (const pid of pids) signal(pid, 'SIGTERM', ownGroup);
      // Each helper's own end is what tells: a grandchild orphaned by it may stay a zombie where the
      // machine's init does not reap, and a zombie still answers signal 0.
      const deadline = Date.now() + STOP_GRACE_MS;
      while (stopping.some((child) => child.exitCode === null && child.signalCode === null) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Whatever the group still holds (a grandchild that ignored SIGTERM) is killed; a group already gone is no error.
      for (const pid of pids) signal(pid, 'SIGKILL', ownGroup);
      return pids;
    },
  };
}

/** To the process's whole group on POSIX (it and what it started); on Windows to its tree. */
function signal(pid: number, name: NodeJS.Signals, group: boolean): void {
  try {
    if (group) process.kill(-pid, name);
    else process.getBuiltinModule('node:child_process').spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
  } catch {
    // Already gone.
  }
}
