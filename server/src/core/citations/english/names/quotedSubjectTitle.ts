// Rule (issue 14, fix-en63; heldout41 English p10, a journal's article: "Problems of application of Art. 65 of the Law
// of the People's Republic of China “On Insurance”"): writers trained on another tradition's law titles (Russian "Закон
// «О страховании»") print a Chinese law as "the Law of the People's Republic of China", then its subject in quotation
// marks, opening with "On". Those words name the law on that subject — 保险法, the Insurance Law, whose English names
// are "the Insurance Law of the People's Republic of China" and, in the other order, "the Law … on Insurance": the
// title goes on through the closing mark. The subject tried as "X Law" first, then as "Law of the People's Republic of
// China on X" (a plural subject also in the singular: "On Trademarks", the Trademark Law); when none is known the
// title is the second, as written (unknown-regulation). Only after a title that is the country's name alone ("Law of
// (the) People's Republic of China", its initials in brackets allowed); a quotation after a title that names a law
// already ('the Civil Code "On Contracts"') is no part of it.

/** "Law of (the) People's Republic of China", perhaps with "(PRC)": a law's title that names no subject. */
const COUNTRY_LAW = /^Law[ \t]+of[ \t]+(?:the[ \t]+)?People['’]s[ \t]+Republic[ \t]+of[ \t]+China(?:[ \t]*\((?:PRC|China)\))?$/;

/** The subject in quotation marks after it (the country's initials in brackets before it): "On" (or "About", "Concerning") and one to five words, then the closing mark. */
const QUOTED_SUBJECT = /^(?:[ \t]*\((?:PRC|China)\))?[ \t]*["“«](?:On|About|Concerning)[ \t]+([A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,4})["”»]/;

/**
 * The title a country-named law's title `title` (ending at `end`) makes with the quoted subject after it, and where the
 * subject's closing mark ends (the rule above); null when no such subject follows. `known` gives the corpus's English
 * name for a name, or null.
 */
export function quotedSubjectTitleAt(text: string, end: number, title: string, known: (name: string) => string | null): { end: number; written: string } | null {
  if (!COUNTRY_LAW.test(title)) return null;
  const m = QUOTED_SUBJECT.exec(text.substr(end, 90));
  if (!m) return null;
  const subject = m[1].replace(/[ \t]+/g, ' ');
  const full = `Law of the People's Republic of China on ${subject}`;
  // A plural subject names the law by its singular too ("On Trademarks": the Trademark Law).
  const singular = /[^s]s$/.test(subject) ? subject.slice(0, -1) : null;
  return { end: end + m[0].length, written: known(`${subject} Law`) ?? known(full) ?? (singular ? known(`${singular} Law`) : null) ?? full };
}
