// Text from the API is untrusted. These helpers make any string safe to put on one line of the log,
// clip it to a size, and format durations; HTML escaping for the summary lives in report/html.ts.

const MAX_TEXT = 1000;

// Everything a terminal or the runner may treat as the end of a line, or that has no business in a log
// line: C0 and C1 controls (CR, LF, NEL, ESC ...), DEL, and the Unicode line and paragraph separators.
const LINE_BREAKS = /\s*[\r\n\u0085\u2028\u2029]+\s*/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** One line, at most `max` characters: nothing in it can start a new line of the log. */
export function oneLine(text: string, max = MAX_TEXT): string {
  return clip(text.replace(LINE_BREAKS, ' ').replace(CONTROLS, ' ').trim(), max);
}

/** At most `max` characters kept (never half of a surrogate pair), then `mark` when cut. */
export function clip(text: string, max: number, mark = '…'): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${mark}`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** "1 target", "3 targets". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
