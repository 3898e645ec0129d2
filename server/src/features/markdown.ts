// Markdown for hovers: every piece of corpus or document text goes through `escapeMarkdown`, so no text can
// inject HTML, links (command: or other), emphasis or headings into a hover.

/** Escape text for CommonMark: a backslash before every character that can start markup (emphasis, code, links,
 * autolinks via ":", HTML, headings, lists, tables, math). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]()<>#+\-.!|~&:=$]/g, (c) => '\\' + c)
    .replace(/\r/g, '')
    .replace(/\t/g, ' ');
}

/** Escape text that must stay on one line (table cells, list items). */
export function escapeInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));
}

/** Bold a whole escaped line (CommonMark flanking is safe because it stands alone on its line). */
export function strong(escaped: string): string {
  return escaped.trim() ? `**${escaped}**` : escaped;
}
