// Rule (issue 14, a140-en; judgment-drafting notes and READMEs in Markdown: "debt interest … shall be paid in double
// pursuant to Article 264 of the *Civil Procedure Law of the People's Republic of China*"): writers in Markdown set a
// title in italics or bold — *…*, _…_, **…**, __…__ — where others put it in quotation marks. The marks are no part of
// the title; what they hold is read as a quoted title is (english.ts lawAfterOf), only a capitalised one of one line.

/** The title a Markdown emphasis opening at `p` holds: its words, their span, and the end past the closing marks. */
export function markdownEmphasisTitleAt(text: string, p: number): { inner: string; innerStart: number; innerEnd: number; end: number } | null {
  const c = text[p];
  if (c !== '*' && c !== '_') return null;
  const m = /^(\*{1,2}|_{1,2})([A-Z][^*_\n]{2,158}?)\1(?![*_A-Za-z0-9])/.exec(text.substr(p, 170));
  if (!m) return null;
  const innerStart = p + m[1].length;
  return { inner: m[2].trim(), innerStart, innerEnd: innerStart + m[2].length, end: p + m[0].length };
}
