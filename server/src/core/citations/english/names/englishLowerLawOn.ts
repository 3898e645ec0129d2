// A law named in lower case by what it is on (rule, issue 14, English news and theses: "Art. 28 of the new law on
// cybersecurity", "Article 41 (1) of the law on the administration of exit and entry"): "law on" and its subject, as
// the writer would name the law in words, not as a title. It names the law whose known English title has those words
// ("Law on X", "X Law", or the same words in another order: englishTitleBag.ts), the longest such subject; words that
// name no known law leave "the law" to mean the law in context, as before.

// Also (issue 14, heldout31 English; a blog on an employer's fine: "violated article 80, paragraph 1, of law of the
// people's republic of china on the administration of entry and exit"): the official title's order, "law of the
// people's republic of china on X", typed all in lower case, with or without "the" before it. The country's name in
// it makes the words a title, so it is read even with no "the" before "law"; "law on X" alone needs the "the".
const LEAD = /^(?:(?:new|current|amended|revised)[ \t]+)?law[ \t]+(?:(of[ \t]+(?:the[ \t]+)?(?:people['’]s[ \t]+republic[ \t]+of[ \t]+china|prc|p\.r\.c\.)[ \t]+))?on[ \t]+/;
const WORD = /([a-z][a-z\-]*)(?:[ \t]+|(?=[^a-z\-]|$))/y;
const JOINING_END = /^(?:the|of|and|on|for|in|to|a|an)$/;

/**
 * The known law named "law on <subject>" at p (above): where its words end and the title `known` returns for them
 * (it is given "Law on X" and "X Law" with the words capitalised), or null. `countryNeeded`: only the form with the
 * country's name (no "the" was written before "law").
 */
export function lowerLawOnAt(text: string, p: number, known: (name: string) => string | null, countryNeeded = false): { end: number; title: string } | null {
  const m = LEAD.exec(text.substr(p, 80));
  if (!m || (countryNeeded && !m[1])) return null;
  const words: string[] = [];
  let best: { end: number; title: string } | null = null;
  WORD.lastIndex = p + m[0].length;
  for (let w = WORD.exec(text); w && words.length < 10; w = WORD.exec(text)) {
    words.push(w[1]);
    if (JOINING_END.test(w[1])) continue;
    const cap = words.map((x) => (JOINING_END.test(x) ? x : x[0].toUpperCase() + x.slice(1)));
    const subject = cap.join(' ');
    const title = known(`Law on ${subject}`) ?? known(`${subject} Law`);
    if (title) best = { end: w.index + w[1].length, title };
  }
  return best;
}
