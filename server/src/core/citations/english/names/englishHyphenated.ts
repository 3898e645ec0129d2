// Rule (issue 14, real-entrans8: a thesis's text taken from a PDF): a PDF breaks a word at a line's end with a hyphen,
// and the text taken from it keeps the hyphen where the line break is lost — "Article 23 of the new Compa-ny Law". A
// reader joins the pieces. So: where no known title starts as written, the known title the words make with such
// hyphens left out (a small letter on both sides) is the one meant; a title that has its own hyphen ("Anti-unfair
// Competition Law", "Counter-espionage Law") is found as written first and is never joined.

/** The known title `find` reads at the start of the text from p with hyphens between small letters left out, or null. */
export function dehyphenatedTitleAt(text: string, p: number, find: (s: string) => { end: number; title: string } | null): { end: number; title: string } | null {
  const window = text.substr(p, 240);
  if (!/[a-z]-[a-z]/.test(window)) return null;
  /** Where each character of the joined text stands in the window (and where it ends). */
  const at: number[] = [];
  let joined = '';
  for (let i = 0; i < window.length; i++) {
    if (window[i] === '-' && /[a-z]/.test(window[i - 1] ?? '') && /[a-z]/.test(window[i + 1] ?? '')) continue;
    at.push(i);
    joined += window[i];
  }
  at.push(window.length);
  const t = find(joined);
  // Only a title a left-out hyphen stood in (else it was found as written, or is none).
  if (!t || at[t.end] === t.end) return null;
  return { end: p + at[t.end - 1] + 1, title: t.title };
}
