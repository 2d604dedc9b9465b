import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ActionMetadata {
  name: string;
  author: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: Record<string, string>;
}

export function readActionMetadata(): ActionMetadata {
  return parse(readFileSync(`${REPO_ROOT}action.yml`, 'utf8')) as ActionMetadata;
}
