// Bad input: nothing is done, and later steps and people still hear about it. The outputs say
// `error` (an `if: always()` step reads the outcome, not an empty string), and the summary, which
// the README promises on success and on failure, names each input to fix.
import { setOutput, writeSummary } from '../runner/runner.js';
import { escapeHtml } from './html.js';
import { failStep } from './log.js';
import { OUTPUT_NAMES } from './outputs.js';

export async function reportInvalidInput(problems: readonly string[], message: string, writeJobSummary: boolean): Promise<void> {
  for (const name of OUTPUT_NAMES) setOutput(name, name === 'outcome' ? 'error' : name === 'results' ? '[]' : '');
  failStep(message, 'Invalid input');
  if (!writeJobSummary || !process.env.GITHUB_STEP_SUMMARY) return;
  const items = problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('\n');
  await writeSummary(
    `<h2>❌ Cancel Proton deployment: invalid input</h2>\n` +
      `<p>Nothing was done: no request was made. ${problems.length === 1 ? 'One input needs' : `${problems.length} inputs need`} fixing:</p>\n<ul>\n${items}\n</ul>`,
  );
}
