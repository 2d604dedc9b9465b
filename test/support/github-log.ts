// Shows a step's output the way GitHub's log viewer does: groups folded under a ▶ line (open with
// `expand`), debug lines hidden (shown with `debug`), annotations as "Error:", "Warning:", "Notice:".
import { runnerLines, workflowCommands } from './workflow-commands.js';

export interface LogView {
  expand?: boolean;
  debug?: boolean;
}

const LABELS: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', notice: 'Notice' };

export function logAsGitHubShowsIt(output: string, { expand = false, debug = false }: LogView = {}): string {
  const shown: string[] = [];
  let inGroup = false;
  for (const line of runnerLines(output)) {
    const [command] = workflowCommands(line);
    if (!command) {
      if (!inGroup || expand) shown.push(inGroup ? `  ${line}` : line);
      continue;
    }
    switch (command.command) {
      case 'group':
        shown.push(`${expand ? '▼' : '▶'} ${command.message}`);
        inGroup = true;
        break;
      case 'endgroup':
        inGroup = false;
        break;
      case 'debug':
        if (debug) shown.push(`${inGroup ? '  ' : ''}[debug] ${command.message}`);
        break;
      default: {
        const label = LABELS[command.command];
        if (!label) break;
        const title = command.properties.title ? `${command.properties.title}: ` : '';
        const [first, ...rest] = command.message.split('\n');
        shown.push(`${label}: ${title}${first}`, ...rest.map((l) => `  ${l}`));
      }
    }
  }
  return shown.filter((line, i, all) => line !== '' || i < all.length - 1).join('\n');
}
