// Rule (issue 14 form 7, heldout31-english; a law firm's note on a court interpretation as it came out: "On January 30,
// 2015, the Supreme People's Court issued the Interpretation of the Supreme People's Court Concerning the Application of
// the Civil Procedure Law … (hereinafter, the "Interpretation") … Article 18 of the Interpretation simplifies …"): a
// sentence that opens on the day a body issued a text, names the text as the object of the issuing and gives it a short
// name, names the text as issued then — the version of that year (namedVersion.ts, the year alone), as "the 2015
// Interpretation" would. Held, it resolves; not held (the corpus has that interpretation only as amended in 2020 and
// 2022), the articles cited by the short name are of a text the corpus lacks: unknown-regulation, never today's text.
// Only the sentence's opening date ("On January 30, 2015,", "On 30 January 2015,"), the issuer after it with no stop,
// and a verb of issuing a text (issued, released, published, promulgated) right before the title; a law "adopted",
// "passed" or "enacted" on a day, which memos recount of the law they then cite as in force, is left as before, and so
// is a date anywhere else in the sentence.

import { ENGLISH_FULL_DATE } from './englishEffectiveDate';

/** "On January 30, 2015, the Supreme People's Court issued the " ending where the title starts. */
const ISSUED_ON_BEFORE = new RegExp(
  `(?:^|[.!?]["”]?[ \\t]+|\\n[ \\t]*)On[ \\t]+${ENGLISH_FULL_DATE},?[ \\t]+(?:the[ \\t]+|China['’]s[ \\t]+)?[A-Z][^.;:!?\\n"“”()]{1,120}?[ \\t]+` +
    `(?:(?:jointly|officially|formally)[ \\t]+)?(?:issued|released|published|promulgated)[ \\t]+(?:the[ \\t]+|its[ \\t]+)?$`,
);

/** The year of the issuing day a sentence opens on, the title it issued starting at `start` (the rule above), or null. */
export function issuedOnYearBefore(text: string, start: number): number | null {
  const m = ISSUED_ON_BEFORE.exec(text.slice(Math.max(0, start - 220), start));
  if (!m) return null;
  const y = m.slice(1).find((x) => x !== undefined);
  return y ? +y : null;
}
