// The job summary: a table a person reads at a glance. Built as a string so it can be tested as one;
// every piece of text that did not come from this file is escaped.
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { TargetResult } from '../cancel/cancel-target.js';
import { mostSevere, type Outcome } from '../outcome.js';
import { consoleUrl } from '../resources.js';
import type { Settings } from '../settings.js';
import { escapeHtml, formatDuration } from './text.js';

export interface RunContext {
  repository?: string;
  workflow?: string;
  job?: string;
  runNumber?: number;
  runUrl?: string;
  ref?: string;
  sha?: string;
  actor?: string;
  eventName?: string;
}

export interface SummaryView {
  results: readonly TargetResult[];
  settings: Pick<Settings, 'region'>;
  run: RunContext;
  /** Set when SIGINT or SIGTERM stopped the step before it finished waiting. */
  interruptedBy?: string;
  /** A line saying why this step ran, for the post step that runs after a job was cancelled. */
  note?: string;
}

const BADGES: Readonly<Record<Outcome, string>> = {
  cancelled: '✅',
  submitted: '📨',
  'not-in-progress': 'ℹ️',
  succeeded: '⚠️',
  'timed-out': '⏱️',
  failed: '❌',
  error: '❌',
};

export function runContextFromGitHub(context = github.context, env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY;
  return {
    ...(repository ? { repository } : {}),
    ...(context.workflow ? { workflow: context.workflow } : {}),
    ...(context.job ? { job: context.job } : {}),
    ...(Number.isFinite(context.runNumber) ? { runNumber: context.runNumber } : {}),
    ...(repository && Number.isFinite(context.runId)
      ? { runUrl: `${context.serverUrl}/${repository}/actions/runs/${context.runId}` }
      : {}),
    ...(context.ref ? { ref: context.ref } : {}),
    ...(context.sha ? { sha: context.sha } : {}),
    ...(context.actor ? { actor: context.actor } : {}),
    ...(context.eventName ? { eventName: context.eventName } : {}),
  };
}

export function renderSummary({ results, settings, run, interruptedBy, note }: SummaryView): string {
  const outcome = mostSevere(results.map((r) => r.outcome));
  const parts = [`<h2>Cancel Proton deployment${results.length === 1 ? '' : 's'}: ${escapeHtml(outcome ?? 'nothing to do')}</h2>`];
  const context = renderRunContext(run);
  if (context) parts.push(`<p>${context}</p>`);
  if (note) parts.push(`<p>${escapeHtml(note)}</p>`);
  if (interruptedBy) {
    parts.push(
      `<p><strong>Interrupted:</strong> the step received ${escapeHtml(interruptedBy)} and stopped waiting. The cancellations it had requested stand; the table shows the last status it read.</p>`,
    );
  }
  parts.push(renderTable(results, settings));
  return parts.join('\n');
}

function renderRunContext(run: RunContext): string {
  const bits: string[] = [];
  if (run.runNumber !== undefined) {
    const label = `run #${run.runNumber}`;
    bits.push(run.runUrl ? `<a href="${escapeHtml(run.runUrl)}">${label}</a>` : label);
  }
  if (run.workflow) bits.push(`workflow <strong>${escapeHtml(run.workflow)}</strong>`);
  if (run.repository) bits.push(`in ${escapeHtml(run.repository)}`);
  if (run.job) bits.push(`job <code>${escapeHtml(run.job)}</code>`);
  if (run.ref || run.sha) {
    const ref = run.ref ? `<code>${escapeHtml(run.ref)}</code>` : '';
    const sha = run.sha ? `<code>${escapeHtml(run.sha.slice(0, 7))}</code>` : '';
    bits.push([ref, sha].filter(Boolean).join(' at '));
  }
  if (run.actor) bits.push(`by ${escapeHtml(run.actor)}${run.eventName ? ` (${escapeHtml(run.eventName)})` : ''}`);
  return bits.join(' · ');
}

const COLUMNS = ['Type', 'Name', 'Outcome', 'Deployment status', 'Status message', 'Deployment ID', 'Waited', 'Console'];

function renderTable(results: readonly TargetResult[], settings: SummaryView['settings']): string {
  const header = `<tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr>`;
  const rows = results.map((result) => {
    const { target, resource } = result;
    const name = target.serviceName ? `${target.serviceName} / ${target.name}` : target.name;
    const detail = result.outcome === 'error' ? (result.error ?? '') : (resource?.deploymentStatusMessage ?? '');
    const cells = [
      escapeHtml(target.type),
      escapeHtml(name),
      `${BADGES[result.outcome]} ${escapeHtml(result.outcome)}`,
      escapeHtml(resource?.deploymentStatus ?? '—'),
      escapeHtml(detail),
      escapeHtml(resource?.lastAttemptedDeploymentId ?? '—'),
      escapeHtml(formatDuration(result.waitedMs)),
      `<a href="${escapeHtml(consoleUrl(target, settings.region))}">open</a>`,
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table>\n${[header, ...rows].join('\n')}\n</table>`;
}

export async function writeJobSummary(view: SummaryView): Promise<void> {
  // Outside the runner (a local run) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  await core.summary.addRaw(renderSummary(view), true).write();
}
