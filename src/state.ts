// What the main step hands to the post step. The runner passes GITHUB_STATE entries to the post
// step of the same action as STATE_<name>.
import { getState, saveState } from './runner/runner.js';
import type { Settings } from './settings/settings.js';

const IS_POST = 'isPost';
const ARMED_SETTINGS = 'armedSettings';
const ARMED_AT = 'armedAt';

export interface ArmedGuard {
  settings: Settings;
  /** When the main step armed the guard (ms since the epoch): the post step cancels only what started since. */
  armedAt: number;
}

/** Saved first thing in main, so the same bundle knows, when it runs again, that it is the post step. */
export function markMainStepStarted(): void {
  saveState(IS_POST, 'true');
}

export function isPostStep(): boolean {
  return getState(IS_POST) === 'true';
}

export function saveArmedGuard({ settings, armedAt }: ArmedGuard): void {
  saveState(ARMED_SETTINGS, JSON.stringify(settings));
  saveState(ARMED_AT, String(armedAt));
}

export function loadArmedGuard(): ArmedGuard | undefined {
  const saved = getState(ARMED_SETTINGS);
  if (!saved) return undefined;
  return { settings: JSON.parse(saved) as Settings, armedAt: Number(getState(ARMED_AT)) };
}
