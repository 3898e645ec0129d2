// Rule (issue 14, heldout29 English: the Supreme People's Procuratorate's list of relevant provisions under a guiding
// case, "Articles 210 and 235 of the (now Articles 221 and 246 in the Rev. 2023) Civil Procedure Law of the People's
// Republic of China (Rev. 2017)"): a writer who cites an older text's articles gives their numbers in today's text in
// an aside between "of the" and the title. The title after the aside is the law of both: the articles before the
// aside are of the version the title names after it (a version the corpus lacks: unknown-regulation); the articles in
// the aside are of the version the aside names ("in the Rev. 2023", "in the 2023 Revision"). Only an aside opening
// with "now", "formerly", "previously" or "currently" and closed on its line; the title must follow it at once. The
// citations keep their own words: the aside's articles are no part of the first citation, nor the title of either.

/** " of the (now … ) " after an article: where the title after the aside starts (the aside's own words aside), or -1. */
export function titleAfterAside(text: string, end: number): number {
  const m = /^[ \t]+of[ \t]+(?:the[ \t]+)?\((?:now|formerly|previously|currently)[ \t][^()\n]{1,120}\)[ \t]+(?=[A-Z])/.exec(text.substr(end, 150));
  return m ? end + m[0].length : -1;
}

/**
 * " in the Rev. 2023) " after an article inside such an aside (opened by "(now" earlier on its line, closed after the
 * version): the version's year and where the title after the aside starts, or null.
 */
export function titleAfterAsideVersion(text: string, end: number): { year: number; at: number } | null {
  const m = /^[ \t]+in[ \t]+the[ \t]+(?:(?:Rev\.|Revision|[Rr]evised[ \t]+version|[Vv]ersion|[Aa]mendment)[ \t]+((?:19[5-9]|20\d)\d)|((?:19[5-9]|20\d)\d)[ \t]+(?:Revision|Amendment|[Rr]evised[ \t]+version|[Vv]ersion))\)[ \t]+(?=[A-Z])/.exec(text.substr(end, 60));
  if (!m) return null;
  const open = text.lastIndexOf('(', end);
  if (open === -1 || end - open > 100 || /[)\n]/.test(text.slice(open + 1, end))) return null;
  if (!/^\((?:now|formerly|previously|currently)[ \t]/.test(text.substr(open, 14))) return null;
  return { year: +(m[1] ?? m[2]), at: end + m[0].length };
}
