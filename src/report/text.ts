// Text from the API is untrusted: it must not break a log line, a workflow command or the summary.

const MAX_TEXT = 1000;

/** One line, at most ~1000 characters: safe to print, since the runner reads commands per line. */
export function oneLine(text: string, max = MAX_TEXT): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML table cell in the job summary. Line breaks become <br>, because a blank
 * line would end the HTML block and let the rest render as Markdown.
 */
export function escapeHtml(text: string, max = MAX_TEXT): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text;
  return clipped.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(/\r\n|\r|\n/g, '<br>');
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
