// Rule (issue 14, English memos by common-law writers: "Article 14.2 of the Employment Contracts Act of the PRC", "the
// PRC Company Act"): a writer used to statutes called Acts calls a Chinese law an Act too. A title "X Act" said to be
// the PRC's — "of the PRC" / "of the People's Republic of China" after it, or PRC, China's, Chinese before it — is the
// law whose known English title is "X Law". Without the country it is another state's Act ("the Companies Act 2006",
// Taiwan's "Company Act", officially so named), and an "X Act" whose "X Law" is not known stays unknown as before.

/** "X Act" (one to four capitalised words before Act) at p, with "of the PRC" after it when written. */
const ACT = /^((?:[A-Z][\w'’-]*[ \t]+){1,4})Act(?![\w'’-])((?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:People['’]s[ \t]+Republic[ \t]+of[ \t]+China|PRC))?)/;

/**
 * The known "X Law" an "X Act" at p names (the rule above; `countryBefore`: the PRC named before it), with where the
 * Act's name ends (the same length as the law's), else null.
 */
export function actTitleAt(text: string, p: number, countryBefore: boolean, known: (name: string) => boolean): { end: number; title: string } | null {
  const m = ACT.exec(text.substr(p, 160));
  if (!m || (!countryBefore && !m[2] && !/^(?:PRC|China|Chinese)[ \t]/.test(m[1]))) return null;
  const title = `${m[1].trimEnd()} Law`;
  return known(title) ? { end: p + m[1].trimEnd().length + 4, title } : null;
}
