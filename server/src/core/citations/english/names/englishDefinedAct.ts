// Rule (issue 14, heldout26-english; a law firm's Q&A on dismissals: "According to the Labor Standards Act (“LSA”), an
// employer can only terminate … set forth in Article 11 or Article 12. … Termination under Article 12 of the LSA."):
// a writer who gives a title in capitals ending in "Act" a short name in brackets right after it, and cites articles
// by that short name, names a statute the page cites — on a page about Chinese law, one of Taiwan's (its statutes are
// Acts) or one the writer calls an Act. It is a title like "… Law", unknown to the corpus unless it is the PRC's law
// so called (englishAct.ts): its short name and the bare articles after it are of that statute, unknown-regulation,
// never no context with the mainland's laws as candidates. Not an Act another state's name qualifies ("the U.S.
// Foreign Corrupt Practices Act ("FCPA")", "the UK Bribery Act"): pages on another state's law are read by
// foreignPage.ts, and an Act named as another state's is none of the corpus. Only an Act the writer names as the
// subject of the text ("According to the … Act ("…")", "The … Act ("…") protects …"): one named only as the owner of an
// article ("Article 9 of the … Act (VSA)") stays another state's, no citation, as fix-en20 reads it (unless numbered
// as Macao numbers its laws, numberedLawTitle.ts).

/** Two to seven capitalised words (small words between them) ending in "Act", ending at the end of the slice. */
const ACT_BEFORE = /(?:^|[^A-Za-z'’-])((?:[A-Z][A-Za-z'’-]*[ \t]+(?:(?:of|on|for|and|at|in|the)[ \t]+)*){1,6}Act)[ \t]*$/;

/** Another state named right before the Act: "the U.S. …", "the UK …", "America's …", "the British …". */
const FOREIGN_BEFORE = /(?:U\.S\.A?\.?|US|USA|UK|U\.K\.|United[ \t]+States|United[ \t]+Kingdom|America['’]s|American|British|English|Australian|Canadian|Singapore|Japan['’]s|Japanese|Korea['’]s|Korean|Indian|EU|European)[ \t]+$/;

/** "Article 9 of the ", "Art. 3(1) of ": the Act is named as an article's owner. */
const ARTICLE_OF_BEFORE = /\b(?:Articles?|Arts?\.)[ \t]*\d[\w().,; \t-]*?[ \t]+of[ \t]+(?:the[ \t]+)?$/i;

/** Words that open a sentence or a phrase, not a title: "Under the Act", "The Act". */
const LEAD_WORDS = /^(?:The|This|That|These|Those|Under|In|On|Of|For|By|As|At|To|From|With|Per|Pursuant|According|If|When|Where|While|Since|After|Before|Unless|See|And|Or|But)[ \t]+/;

/** The "… Act" title ending at `end` (the rule above): where it starts and its name, else null. */
export function definedActEndingAt(text: string, end: number): { start: number; title: string } | null {
  const slice = text.slice(Math.max(0, end - 120), end);
  const m = ACT_BEFORE.exec(slice);
  if (!m) return null;
  let title = m[1];
  let start = end - slice.length + m.index + m[0].indexOf(m[1]);
  for (let lead = LEAD_WORDS.exec(title); lead; lead = LEAD_WORDS.exec(title)) {
    title = title.slice(lead[0].length);
    start += lead[0].length;
  }
  const the = /^the[ \t]+/.exec(title);
  if (the) {
    title = title.slice(the[0].length);
    start += the[0].length;
  }
  if (!/[ \t]/.test(title) || /\b(?:PRC|China|Chinese)\b/.test(title)) return null;
  if (ARTICLE_OF_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return null;
  if (FOREIGN_BEFORE.test(text.slice(Math.max(0, start - 30), start).replace(/(?:the|The)[ \t]+$/, ''))) return null;
  return { start, title: title.replace(/\s+/g, ' ') };
}
