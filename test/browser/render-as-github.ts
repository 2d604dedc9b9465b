// Renders a job summary the way GitHub shows it: GitHub-flavoured Markdown with HTML allowed, passed
// through GitHub's sanitizer (its allowlist of elements and attributes: no style, no class, no
// script), inside GitHub's markdown styles (github-markdown-css), in a card about 900 px wide.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** GitHub's summary card is about this wide; the summary must fit it without scrolling sideways. */
export const CARD_WIDTH_PX = 900;
const CARD_PADDING_PX = 16;

// github/markup's sanitization filter (html-pipeline), as documented for GitHub-flavoured Markdown.
const ELEMENTS = (
  'h1 h2 h3 h4 h5 h6 h7 h8 br b i strong em a pre code img tt div ins del sup sub p ol ul table thead tbody tfoot ' +
  'blockquote dl dt dd kbd q samp var hr ruby rt rp li tr td th s strike summary details caption figure figcaption ' +
  'abbr bdo cite dfn mark small span time wbr'
).split(' ');
const ATTRIBUTES = (
  'abbr accept accept-charset accesskey action align alt axis border cellpadding cellspacing char charoff charset ' +
  'checked clear cols colspan color compact coords datetime dir disabled enctype for frame headers height hreflang ' +
  'hspace ismap label lang maxlength media method multiple name nohref noshade nowrap open prompt readonly rel rev ' +
  'rows rowspan rules scope selected shape size span start summary tabindex target title type usemap valign value ' +
  'vspace width itemprop'
).split(' ');
// GFM's tagfilter extension: these tags are shown as text, never parsed.
const TAGFILTER = /<(?=\/?(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)\b)/gi;

/** The summary's HTML as GitHub would put it on the page. */
export function githubHtml(summary: string): string {
  const rendered = marked.parse(summary.replace(TAGFILTER, '&lt;'), { gfm: true, async: false });
  return sanitizeHtml(rendered, {
    allowedTags: ELEMENTS,
    allowedAttributes: { '*': ATTRIBUTES, a: [...ATTRIBUTES, 'href'], img: [...ATTRIBUTES, 'src'] },
    allowedSchemes: ['http', 'https', 'mailto'],
  });
}

const require = createRequire(import.meta.url);
const GITHUB_CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

/** A whole page: the summary in a card, with GitHub's markdown styles. */
export function githubPage(summary: string, title = 'Job summary'): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>
<style>${GITHUB_CSS}</style>
<style>
  body { margin: 0; background: #f6f8fa; }
  #card { box-sizing: border-box; width: ${CARD_WIDTH_PX}px; padding: ${CARD_PADDING_PX}px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
</style></head>
<body><div id="card"><article class="markdown-body">${githubHtml(summary)}</article></div></body></html>`;
}
