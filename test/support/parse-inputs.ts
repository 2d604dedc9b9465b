import { InputError, parseSettings, type ParsedInputs } from '../../src/settings/settings.js';

/** parseSettings over plain inputs, trimmed as the runner's reader trims them. */
export function parseInputs(inputs: Record<string, string>, env: NodeJS.ProcessEnv): ParsedInputs {
  return parseSettings((name) => inputs[name]?.trim(), env);
}

/** The problems parseSettings finds in these inputs; fails the test when it finds none. */
export function inputProblems(inputs: Record<string, string>, env: NodeJS.ProcessEnv): string[] {
  try {
    parseInputs(inputs, env);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected the inputs to be rejected');
}
