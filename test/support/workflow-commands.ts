// Reads what the runner would read from a step's stdout: workflow commands such as ::error::.

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function workflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
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
