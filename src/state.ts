// What the main step hands to the post step. The runner passes GITHUB_STATE entries to the post
// step of the same action as STATE_<name>.
import * as core from '@actions/core';
import type { Settings } from './settings.js';

const IS_POST = 'isPost';
const ARMED_SETTINGS = 'armedSettings';

/** Saved first thing in main, so the same bundle knows, when it runs again, that it is the post step. */
export function markMainStepStarted(): void {
  core.saveState(IS_POST, 'true');
}

export function isPostStep(): boolean {
  return core.getState(IS_POST) === 'true';
}

export function saveArmedSettings(settings: Settings): void {
  core.saveState(ARMED_SETTINGS, JSON.stringify(settings));
}

export function loadArmedSettings(): Settings | undefined {
  const saved = core.getState(ARMED_SETTINGS);
  return saved ? (JSON.parse(saved) as Settings) : undefined;
}
