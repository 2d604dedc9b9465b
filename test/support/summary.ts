// Reads a job summary as a person does: its text, and the rows of its tables, without the markup.

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** The text of some HTML: tags dropped (a <br> is a space), entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Every table row, as the text of its cells; folded text is read whole ("beginning… …rest"). */
export function summaryRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(([, cell]) => textOf(cell!.replace(/…<\/summary>…/g, '</summary> ')).trim()),
  );
}

export interface OutcomeRow {
  target: string;
  outcome: string;
  happened: string;
}

/** The row of the outcome tables that names this target: "name", "service / name", either with its type after. */
export function outcomeRow(html: string, name: string): OutcomeRow | undefined {
  const names = new RegExp(`(^|/ )${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  const row = summaryRows(html).find((cells) => cells.length === 3 && names.test(cells[0] ?? ''));
  return row ? { target: row[0]!, outcome: row[1]!, happened: row[2]! } : undefined;
}
