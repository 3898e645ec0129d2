// Rule (round 32, f121-en2; heldout56 English, a machine-translated Q&A: 'Article 1019 of the "People's Republic of
// China and Civil Code" stipulates …'): a machine rendering 中华人民共和国民法典 may join the country's name to the
// law's with "and", as if they were two names. No law of China is so titled: a title that opens with "People's
// Republic of China" (its initials in brackets or not) and goes on "and" + a law's name is that law's title with the
// country before it — "People's Republic of China Civil Code", a form every national law is known by
// (corpus/titleAliases.ts englishTitleForms). Read so only when the title without "and" names exactly one text
// (titles/corpusContext.ts): "People's Republic of China and Widget Law" stays a title the corpus lacks.

/** The country's name opening a title, then "and" and a capitalised word. */
const COUNTRY_AND = /^(?:the[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?[ \t]+and[ \t]+(?=[A-Z])/;

/** `written` as "People's Republic of China <the rest>" when it joins the country to a name with "and"; else null. */
export function withoutCountryAnd(written: string): string | null {
  const m = COUNTRY_AND.exec(written);
  return m ? `People's Republic of China ${written.slice(m[0].length)}` : null;
}
