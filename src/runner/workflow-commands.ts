// The runner's protocol, byte for byte as @actions/core 3.0.1 speaks it (lib/command.js,
// lib/file-command.js, lib/summary.js): workflow commands on stdout, `NAME<<DELIMITER` entries in
// the GITHUB_OUTPUT and GITHUB_STATE files, and raw HTML appended to GITHUB_STEP_SUMMARY. Written
// here rather than imported: the package's one exported entry point also loads its OIDC client
// (@actions/http-client and undici, about 1 MB of bundle and 45 ms of start-up, measured), and its
// own modules can be reached only by a path into node_modules, which breaks when the package's
// layout changes. test/unit/runner/workflow-commands.test.ts checks the bytes against @actions/core.
import { randomUUID } from 'node:crypto';
import { access, appendFile, constants } from 'node:fs/promises';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** Properties of a command, such as an annotation's title; empty values are left out. */
export type CommandProperties = Record<string, string | undefined>;

/** `::command key=value,key=value::message`, escaped so the message cannot start another command. */
export function formatCommand(command: string, properties: CommandProperties, message: string): string {
  const pairs = Object.entries(properties)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  // As @actions/core does: a space after the command whenever properties were given, even all empty.
  return `::${command}${Object.keys(properties).length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties = {}, message = ''): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

/** The runner's files for values that reach later steps (`OUTPUT`) and the post step (`STATE`). */
export type FileCommand = 'OUTPUT' | 'STATE';

/**
 * `name<<ghadelimiter_<uuid>`, the value, the delimiter: a value may span lines. The delimiter is
 * random, so a value cannot end the entry early (and is refused if it holds the delimiter).
 */
export function keyValueEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Appends an entry to GITHUB_OUTPUT or GITHUB_STATE; false when the runner gave no such file. */
export function appendFileCommand(file: FileCommand, name: string, value: string): boolean {
  const path = process.env[`GITHUB_${file}`];
  if (!path) return false;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, keyValueEntry(name, value) + EOL, { encoding: 'utf8' });
  return true;
}

/** Appends to the job summary file, as core.summary.addRaw(html, true).write() does. */
export async function appendSummary(html: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(path, html + EOL, { encoding: 'utf8' });
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
