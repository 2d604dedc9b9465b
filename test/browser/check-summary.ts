/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// `npm run check:summary`: the job summary as people see it. For each scenario it runs the bundled
// action against the emulator, renders the summary it wrote as GitHub does, opens it in headless
// Chromium (Debian's chromium), checks the layout, and saves a PNG for the README and for review.
// Checks: nothing wider than the card (no sideways scrolling), every target that fails the step
// visible on the first screen, no table row taller than a few lines, the summary under 1 MiB.
// Exits 1 when a check fails.
//   --out DIR      where the PNGs go (docs/screenshots by default)
//   --prefix P     prefix for the PNG names (to keep a "before" set, say)
//   --html DIR     also write each rendered page as HTML
//   --opened       also save a PNG with every fold opened
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startEmulator } from '../emulator/proton-emulator.js';
import { REPO_ROOT } from '../support/action-metadata.js';
import { CARD_WIDTH_PX, githubPage } from './render-as-github.js';
import { runScenario, SCENARIOS } from './summary-scenarios.js';

/** The height of the first screen of the summary card, as on a laptop. */
export const FIRST_SCREEN_PX = 900;
/** "A few lines": a row taller than this many lines of text fails the check. */
const MAX_ROW_LINES = 4;
const MAX_SUMMARY_BYTES = 1024 * 1024;

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: join(REPO_ROOT, 'docs', 'screenshots') },
    prefix: { type: 'string', default: '' },
    html: { type: 'string' },
    opened: { type: 'boolean', default: false },
  },
});

interface Layout {
  cardWidth: number;
  /** Elements whose right edge passes the card's, and tables that scroll sideways. */
  overflowing: string[];
  /** Rows taller than allowed: their text and height. */
  tallRows: string[];
  /** Failing targets not visible within the first screen. */
  hiddenFailures: string[];
  height: number;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const emulator = await startEmulator();
mkdirSync(args.out, { recursive: true });
let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: CARD_WIDTH_PX + 40, height: FIRST_SCREEN_PX } });
  for (const scenario of SCENARIOS) {
    const { run, failing } = await runScenario(emulator, scenario);
    const html = githubPage(run.summary, scenario.name);
    if (args.html) {
      mkdirSync(args.html, { recursive: true });
      writeFileSync(join(args.html, `${args.prefix}${scenario.name}.html`), html);
    }
    await page.setContent(html, { waitUntil: 'load' });
    // tsx keeps function names with a __name() helper, which the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const layout = await page.evaluate(measure, { failing, maxRowLines: MAX_ROW_LINES, firstScreen: FIRST_SCREEN_PX });
    // The heading as people read it: what the scenario did, and no success mark on a step that fails.
    const heading = (await page.evaluate<string>('document.querySelector("#card h2")?.textContent ?? ""')).trim();
    const png = join(args.out, `${args.prefix}${scenario.name}.png`);
    await page.locator('#card').screenshot({ path: png });
    // Folded text must stay readable when opened: nothing wider than the card then either.
    await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
    const opened = await page.evaluate(measure, { failing: [], maxRowLines: Infinity, firstScreen: Infinity });
    if (args.opened) await page.locator('#card').screenshot({ path: join(args.out, `${args.prefix}${scenario.name}-opened.png`) });

    const bytes = Buffer.byteLength(run.summary);
    const problems = [
      ...layout.overflowing.map((what) => `wider than the ${layout.cardWidth} px card: ${what}`),
      ...opened.overflowing.map((what) => `wider than the ${layout.cardWidth} px card once folded text is opened: ${what}`),
      ...layout.tallRows.map((what) => `row taller than ${MAX_ROW_LINES} lines: ${what}`),
      ...layout.hiddenFailures.map((name) => `failing target not visible on the first screen (${FIRST_SCREEN_PX} px): ${name}`),
      ...(bytes >= MAX_SUMMARY_BYTES ? [`summary is ${bytes} bytes, over 1 MiB`] : []),
      ...(scenario.heading.test(heading) ? [] : [`the heading reads "${heading}", expected ${String(scenario.heading)}`]),
      ...(run.exitCode !== 0 && heading.includes('✅') ? [`the step failed (exit ${run.exitCode}) but its heading shows a success mark: "${heading}"`] : []),
    ];
    failures += problems.length;
    console.log(`${scenario.name}: ${scenario.endings.length} targets, ${failing.length} failing the step, ${bytes} bytes, ${Math.round(layout.height)} px tall -> ${png}`);
    for (const problem of problems.slice(0, 12)) console.log(`  FAIL ${problem}`);
    if (problems.length > 12) console.log(`  … and ${problems.length - 12} more`);
    if (problems.length === 0) console.log(`  ok: fits the card, failing targets on the first screen, rows a few lines at most; heading "${heading}"`);
  }
} finally {
  await emulator.stop();
  await browser.close();
}
process.exitCode = failures > 0 ? 1 : 0;

/** Runs in the page. */
function measure({ failing, maxRowLines, firstScreen }: { failing: string[]; maxRowLines: number; firstScreen: number }): Layout {
  const card = document.querySelector('#card')!;
  const cardRect = card.getBoundingClientRect();
  const shown = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const describe = (el: Element): string => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 60)}"`;

  const overflowing: string[] = [];
  for (const el of card.querySelectorAll('*')) {
    if (!shown(el)) continue;
    if (el.getBoundingClientRect().right > cardRect.right + 0.5) overflowing.push(describe(el));
    if ((el.tagName === 'TABLE' || el.tagName === 'PRE') && el.scrollWidth > el.clientWidth + 1) overflowing.push(`${describe(el)} scrolls sideways`);
  }

  const lineHeight = parseFloat(getComputedStyle(card.querySelector('.markdown-body')!).lineHeight) || 24;
  const tallRows: string[] = [];
  for (const row of card.querySelectorAll('tr')) {
    if (!shown(row)) continue;
    const cells = [...row.children];
    const padding = Math.max(0, ...cells.map((c) => parseFloat(getComputedStyle(c).paddingTop) + parseFloat(getComputedStyle(c).paddingBottom)));
    const lines = (row.getBoundingClientRect().height - padding) / lineHeight;
    if (lines > maxRowLines + 0.5) tallRows.push(`${describe(row)} (${lines.toFixed(1)} lines)`);
  }

  // A failing target is visible when some shown element naming it lies within the first screen.
  const hiddenFailures = failing.filter((name) => {
    const namedHere = [...card.querySelectorAll('td, li, p')].filter((el) => shown(el) && (el.textContent ?? '').includes(name));
    return !namedHere.some((el) => el.getBoundingClientRect().bottom - cardRect.top <= firstScreen);
  });

  return { cardWidth: cardRect.width, overflowing: overflowing.slice(0, 50), tallRows, hiddenFailures, height: cardRect.height };
}
