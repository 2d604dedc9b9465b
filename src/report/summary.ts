// The job summary, for a person who opens a cancelled run or a rollout gone wrong: what happened, in
// counts; what needs attention first, in a narrow table that fits GitHub's summary card; everything
// else folded. Built as a string so it can be tested as one, and checked in a real browser
// (test/browser/). Every piece of text that did not come from this file is escaped; only elements
// and attributes GitHub's sanitizer keeps are used (no style, no class).
import { OUTCOMES } from '../domain/outcome.js';
import { consoleUrl, typeNoun, type Target } from '../domain/resources.js';
import type { Settings } from '../settings/settings.js';
import { newerDeploymentOf, type StepResult, type TargetResult } from '../domain/target-result.js';
import { count } from '../lib/text.js';
import { badgeOf, headingOf, tally } from './verdict.js';
import { describeDiscovery, describeExpiredCredentials, explainOutcome, factOf } from './explain.js';
import { failureWords } from './failure-words.js';
import { escapeHtml } from './html.js';
import { debug, writeSummary } from '../runner/runner.js';
import type { RunContext } from '../runner/github-run.js';

export interface SummaryView {
  step: StepResult;
  settings: Pick<Settings, 'region' | 'failOn' | 'wait' | 'waitTimeoutSeconds'>;
  run: RunContext;
  /** Set when SIGINT or SIGTERM stopped the step before it finished waiting. */
  interruptedBy?: string;
  /** A line saying why this step ran, for the post step that runs after a job was cancelled. */
  note?: string;
}

/** The runner drops a step summary over 1 MiB; the tables stop well before, whatever the number of targets. */
export const SUMMARY_BUDGET_BYTES = 900_000;
/** Text longer than this is folded behind its beginning, so no row grows taller than a few lines. */
const FOLD_AFTER_CHARS = 130;
const FOLDED_PREVIEW_CHARS = 95;
/** A target name this short is kept on one line; a longer one may wrap rather than widen the card. */
const NOWRAP_NAME_CHARS = 40;
/** Long unbroken text (ARNs, ids, long names) may break after this many characters. */
const BREAK_EVERY_CHARS = 24;

export function renderSummary(view: SummaryView): string {
  const { step, settings } = view;
  // Most severe first, so what fails the step is at the top of the first screen. The sections count
  // what the heading counts: "fail the step", then "worth a look" (see verdict.ts).
  const bySeverity = (a: TargetResult, b: TargetResult): number => OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome);
  const { failing, worthALook } = tally(step, settings);
  failing.sort(bySeverity);
  worthALook.sort(bySeverity);
  const shown = new Set([...failing, ...worthALook]);
  const wouldCancel = step.results.filter((r) => r.outcome === 'would-cancel' && !shown.has(r));
  const asExpected = step.results.filter((r) => !shown.has(r) && !wouldCancel.includes(r));
  const budget = new Budget(SUMMARY_BUDGET_BYTES);

  const heading = headingOf(step, settings, view.interruptedBy ? { interruptedBy: view.interruptedBy } : {});
  const parts = [`<h2>${heading.badge} ${escapeHtml(heading.text)}</h2>`, renderCounts(step), ...renderSituation(view)];
  if (failing.length > 0) parts.push(`<h3>Fail the step (${failing.length})</h3>`, renderOutcomeTable(failing, settings, budget));
  if (worthALook.length > 0) parts.push(`<h3>Worth a look (${worthALook.length})</h3>`, renderOutcomeTable(worthALook, settings, budget));
  if (wouldCancel.length > 0) parts.push(`<h3>Would be cancelled (${wouldCancel.length})</h3>`, renderOutcomeTable(wouldCancel, settings, budget));
  if (asExpected.length > 0) {
    const title = shown.size + wouldCancel.length > 0 ? 'Ended as expected' : 'Targets';
    parts.push(folded(`${title} (${asExpected.length})`, renderOutcomeTable(asExpected, settings, budget)));
  }
  if (step.results.length > 0) parts.push(folded('Deployment ids, ARNs and console links', renderIds(step.results, settings.region, budget)));
  const footer = renderRunContext(view.run, settings.region);
  if (footer) parts.push(`<p><sub>${footer}</sub></p>`);
  return parts.join('\n');
}

/** "✅ 5 cancelled · ❌ 2 failed · …", most severe first. */
function renderCounts(step: StepResult): string {
  const counts = OUTCOMES.map((outcome) => [outcome, step.results.filter((r) => r.outcome === outcome).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return '';
  const total = step.results.length;
  return `<p><strong>${count(total, 'target')}:</strong> ${counts.map(([outcome, n]) => `${badgeOf(outcome)}&nbsp;${n}&nbsp;${outcome}`).join(' · ')}</p>`;
}

/** What kind of run this was, said plainly: a dry run, the guard's post step, an interruption, what `*` matched, a failure before any target. */
function renderSituation({ step, interruptedBy, note }: SummaryView): string[] {
  const lines: string[] = [];
  if (step.dryRun) lines.push('<strong>Dry run:</strong> nothing was cancelled; <code>would-cancel</code> marks what a run without dry-run would cancel.');
  if (note) lines.push(`<strong>Post step:</strong> ${escapeHtml(note)}`);
  if (interruptedBy) {
    lines.push(
      `<strong>Interrupted:</strong> the step received ${escapeHtml(interruptedBy)} and stopped waiting. Cancellations it had requested stand; the outcomes show the last status it read.`,
    );
  }
  if (step.problem) lines.push(`<strong>Error:</strong> ${escapeHtml(failureWords(step.problem))}`);
  const expired = describeExpiredCredentials(step.results);
  if (expired) lines.push(`<strong>Credentials expired:</strong> ${escapeHtml(expired)}`);
  if (step.discovery) lines.push(`<strong>Matched:</strong> ${escapeHtml(describeDiscovery(step.discovery))}`);
  return lines.map((line) => `<p>${line}</p>`);
}

function renderOutcomeTable(results: readonly TargetResult[], settings: SummaryView['settings'], budget: Budget): string {
  const showType = new Set(results.map((r) => r.target.type)).size > 1;
  const rows = budget.rows(results, (result) => {
    const happened = result.outcome === 'error' ? failureWords(result.failure) : explainOutcome(result, settings, { withMessage: false });
    const message = result.outcome === 'error' ? undefined : (result.deployment?.statusMessage ?? undefined);
    const fact = factOf(result);
    return (
      `<tr>${targetCell(result.target, showType)}<td nowrap>${badgeOf(result.outcome)} ${escapeHtml(result.outcome)}</td>` +
      `<td>${foldable(result.outcome === 'error' ? happened : capitalise(message && !fact ? `${happened}: ${message}` : happened))}</td></tr>`
    );
  });
  const noun = (results[0] ? typeNoun(results[0].target.type) : 'target');
  return table([showType ? 'Target' : capitalise(noun), 'Outcome', 'What happened'], rows);
}

function renderIds(results: readonly TargetResult[], region: string, budget: Budget): string {
  const showType = new Set(results.map((r) => r.target.type)).size > 1;
  const rows = budget.rows(results, (result) => {
    const id = result.deployment?.id;
    const newerId = newerDeploymentOf(result);
    const newer = newerId ? `<br>newer: <code>${breakable(newerId)}</code>` : '';
    // A resource that was not found has no page to link to.
    const link = result.resource ? `<a href="${escapeHtml(consoleUrl(result.target, region))}">console</a>` : '—';
    const arn = result.resource?.arn ? `<code>${breakable(result.resource.arn)}</code>` : '—';
    return `<tr>${targetCell(result.target, showType)}<td>${id ? `<code>${breakable(id)}</code>` : '—'}${newer}</td><td>${link}</td><td>${arn}</td></tr>`;
  });
  return table(['Target', 'Deployment id', 'Link', 'ARN'], rows);
}

function table(columns: readonly string[], rows: readonly string[]): string {
  return `<table>\n<tr>${columns.map((c) => `<th align="left">${c}</th>`).join('')}</tr>\n${rows.join('\n')}\n</table>`;
}

// No blank line anywhere: one would end GitHub's HTML block and let the rest render as Markdown.
function folded(title: string, body: string): string {
  return `<details><summary><strong>${escapeHtml(title)}</strong></summary>\n${body}\n</details>`;
}

/** "api / prod" for an instance, with its type when asked; a short name stays on one line, a long one may break. */
function targetCell(target: Target, showType: boolean): string {
  const label = target.serviceName ? `${target.serviceName} / ${target.name}` : target.name;
  const name = target.serviceName ? `${breakable(target.serviceName)} / ${breakable(target.name)}` : breakable(target.name);
  const type = showType ? `<br><sub>${escapeHtml(target.type)}</sub>` : '';
  return `<td${label.length <= NOWRAP_NAME_CHARS ? ' nowrap' : ''}>${name}${type}</td>`;
}

/** Text that stays a few lines tall: long text shows its beginning, and opens to read on from there. */
function foldable(text: string): string {
  if (text.length <= FOLD_AFTER_CHARS) return breakable(text);
  const space = text.lastIndexOf(' ', FOLDED_PREVIEW_CHARS);
  const cut = space > FOLDED_PREVIEW_CHARS / 2 ? space : FOLDED_PREVIEW_CHARS;
  return `<details><summary>${breakable(text.slice(0, cut))}…</summary>…${breakable(text.slice(cut).trimStart())}</details>`;
}

/** Escaped, with break opportunities (<wbr>) inside long unbroken runs such as ARNs, so no cell widens the table. */
function breakable(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      if (word.length <= BREAK_EVERY_CHARS) return escapeHtml(word);
      const pieces: string[] = [];
      for (let i = 0; i < word.length; i += BREAK_EVERY_CHARS) pieces.push(escapeHtml(word.slice(i, i + BREAK_EVERY_CHARS), Infinity));
      return pieces.join('<wbr>');
    })
    .join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Keeps the summary under the runner's limit: once spent, a table says how many rows it leaves out. */
class Budget {
  private used = 0;

  constructor(private readonly bytes: number) {}

  rows(results: readonly TargetResult[], render: (result: TargetResult) => string): string[] {
    const rows: string[] = [];
    for (const [index, result] of results.entries()) {
      const row = render(result);
      this.used += Buffer.byteLength(row) + 1;
      if (this.used > this.bytes) {
        const left = results.length - index;
        rows.push(`<tr><td colspan="4">… and ${count(left, 'more target')}: the <code>results</code> output lists every target.</td></tr>`);
        break;
      }
      rows.push(row);
    }
    return rows;
  }
}

function renderRunContext(run: RunContext, region: string): string {
  const bits: string[] = [];
  if (run.runNumber !== undefined) {
    const label = `run #${run.runNumber}`;
    bits.push(run.runUrl ? `<a href="${escapeHtml(run.runUrl)}">${label}</a>` : label);
  }
  if (run.workflow) bits.push(escapeHtml(run.workflow));
  if (run.job) bits.push(`job ${escapeHtml(run.job)}`);
  if (run.ref || run.sha) bits.push([run.ref ? escapeHtml(run.ref.replace(/^refs\/heads\//, '')) : '', run.sha ? escapeHtml(run.sha.slice(0, 7)) : ''].filter(Boolean).join(' @ '));
  if (run.actor) bits.push(`${escapeHtml(run.actor)}${run.eventName ? ` (${escapeHtml(run.eventName)})` : ''}`);
  if (run.repository) bits.push(escapeHtml(run.repository));
  bits.push(escapeHtml(region));
  return bits.join(' · ');
}

export async function writeJobSummary(view: SummaryView): Promise<void> {
  // Outside the runner (a local run) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  await writeSummary(renderSummary(view));
}
