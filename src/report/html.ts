import { clip } from '../lib/text.js';

const MAX_TEXT = 1000;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for the job summary's HTML. Line breaks become <br>, because a blank line would end
 * the HTML block and let the rest render as Markdown.
 */
export function escapeHtml(text: string, max = MAX_TEXT): string {
  return clip(text, max)
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}
