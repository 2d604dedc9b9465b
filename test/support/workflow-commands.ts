// Reads what the runner would read from a step's stdout: workflow commands such as ::error::.

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** The runner reads output with .NET's ReadLine: a line ends at CR, LF or CRLF, and at nothing else. */
export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/);
}

export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of runnerLines(stdout)) {
    const match = /^::([a-z-]+)( [^:]*)?::(.*)$/s.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const [k, ...v] = pair.split('=');
      properties[k!.trim()] = unescapeProperty(v.join('='));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): WorkflowCommand[] {
  return workflowCommands(stdout).filter((c) => c.command === kind);
}

// The commands the runner registers (actions/runner: every command extension, plus stop-commands).
const REGISTERED = new Set([
  'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher',
  'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands',
]);

/**
 * Every line the runner would take as a workflow command, read as actions/runner reads them:
 * `::name ...::` after leading whitespace, else the legacy `##[name ...]` anywhere in the line.
 */
export function runnerCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of runnerLines(output)) {
    const v2 = /^::([^\s:]+)( [^:]*)?::(.*)$/s.exec(line.trimStart());
    if (v2 && REGISTERED.has(v2[1]!.toLowerCase())) {
      commands.push({ command: v2[1]!.toLowerCase(), properties: {}, message: unescapeData(v2[3] ?? '') });
      continue;
    }
    const at = line.indexOf('##[');
    const end = at >= 0 ? line.indexOf(']', at) : -1;
    if (end < 0) continue;
    const name = line.slice(at + 3, end).split(' ')[0]!.toLowerCase();
    if (REGISTERED.has(name)) commands.push({ command: name, properties: {}, message: line.slice(end + 1) });
  }
  return commands;
}
