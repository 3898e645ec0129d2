// Rule (issue 14, round 32 decision of the coordinator; heldout55 English p01, a paper on PRC arbitration: "Model law
// Article 7(1) defines an arbitration agreement …"): an international instrument — the UNCITRAL Model Law, the CISG, a
// convention — named right before or right after its article is cited as a Chinese title the corpus lacks is:
// unknown-regulation ("Model law Article 7(1)", "Article 7(2) of the UNCITRAL Model Law", "Art. 7 Model Law", "Article
// 25 of the CISG", "the New York Convention, Article V(1)(a)", "the UNCITRAL Model Law on International Commercial
// Arbitration, Article 7,"). China's courts and writers apply such instruments beside its laws; an article of one is a
// provision of a legal text, as 《联合国国际货物销售合同公约》第二十五条 is. Another state's law (the GDPR, the US Code,
// the German Civil Code) stays no citation (englishRunIn.ts), and so does "the model law" of no name (lower case).

import { foreignLawNamedAfter, foreignLawNamedBefore } from './englishRunIn';

/** The written name of an international instrument: the Model Law (UNCITRAL's), the CISG. */
const INSTRUMENT = /^(?:UNCITRAL\b|CISG$|Model[ \t]+[Ll]aw\b)/;

/**
 * A convention's or the Model Law's title right before an article, a comma between or none: "the New York Convention,
 * Article V", "The UNCITRAL Model Law on International Commercial Arbitration, Article 7".
 */
// Also a treaty and a tax agreement between states (f130-en2: a tax memo's "The China–Singapore Double Taxation
// Agreement, Article 10,"): "… Treaty, Article N", "… Double Taxation Agreement, Article N" — the states' names joined by
// a dash.
const TITLE_BEFORE = /(?:(?:UNCITRAL[ \t]+)?Model[ \t]+Law(?:[ \t]+on(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|the))+)?|(?:[A-Z][\w'’.–-]*[ \t]+){1,6}(?:Convention|Treaty|Tax(?:ation)?[ \t]+(?:Agreement|Arrangement)))[ \t]*,[ \t]*$/;

/**
 * The international instrument whose article the reference from p to `end` is (the rule above): its name's place and
 * words, or null. `lawAfter`: whether a law is named after the article ("the New York Convention, Article V of the
 * Civil Code" would be the Civil Code's).
 */
export function internationalInstrumentAt(text: string, p: number, end: number, lawAfter: boolean): { start: number; end: number; written: string } | null {
  const after = foreignLawNamedAfter(text, end);
  if (after) return INSTRUMENT.test(after.written) ? after : null;
  const before = foreignLawNamedBefore(text, p);
  if (before) return INSTRUMENT.test(before.written) ? before : null;
  if (lawAfter) return null;
  const from = Math.max(0, p - 120);
  const m = TITLE_BEFORE.exec(text.slice(from, p));
  if (!m) return null;
  const written = m[0].replace(/[ \t]*,[ \t]*$/, '');
  // "The" opening the sentence is no part of the name.
  const the = /^The[ \t]+/.exec(written)?.[0].length ?? 0;
  return { start: from + m.index + the, end: from + m.index + written.length, written: written.slice(the) };
}
