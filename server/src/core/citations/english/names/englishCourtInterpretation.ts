// The Supreme People's Court's interpretation of a law named loosely (rule, issue 14, heldout14 and earlier English
// sets: news, translated Q&A pages and law-firm notes write "the Supreme People's Court's judicial interpretation of
// the Marriage Law", "China Supreme Court's third interpretation of China Company Law", "the judicial interpretation of
// the "Anti-Unfair Competition Law"", "the Supreme People's Court's Interpretation of Several Issues Concerning the
// Application of PRC Contract Law (II)"): the court (or "judicial"), an ordinal or a number, the word interpretation,
// then a law's known English title. Such a name is the court's interpretation of that law (英文 composed titles,
// englishComposed.ts): the one its number picks, or the law's only interpretation; where the law has several and no
// number is written, no one of them (unknown-regulation), never a guess.

/** The words before the law: the court or "judicial", an ordinal, "interpretation", a bracketed number, of/on. */
const LEAD = new RegExp(
  "((?:(?:China['’]s|Chinese|China)\\s+)?(?:the\\s+)?(?:Supreme\\s+People['’]s\\s+Court|Supreme\\s+Court|SPC)(?:['’]s?)?\\s+)?" +
    '(?:(first|second|third|fourth|fifth)\\s+)?(judicial\\s+)?interpretations?(?:\\s*\\(\\s*(I{1,3}|IV|V|[1-5])\\s*\\))?\\s+(?:of|on|to)\\s+' +
    '(?:(?:certain|several|some|various)\\s+(?:issues|questions|matters)\\s+(?:concerning|relating\\s+to|in\\s+relation\\s+to|regarding|about|on|in|of)\\s+)?' +
    '(?:the\\s+)?(?:application\\s+of\\s+(?:the\\s+)?)?',
  'iy',
);

const NUMBER: Record<string, string> = { first: 'I', second: 'II', third: 'III', fourth: 'IV', fifth: 'V', 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' };

/**
 * The loose name's lead at p (above): where the law's title starts and the number written (as a roman numeral), or
 * null. The court, or "judicial", must be named: "the interpretation of the Company Law" alone may be a scholar's.
 */
export function courtInterpretationLead(text: string, p: number): { lawStart: number; number: string | null } | null {
  LEAD.lastIndex = p;
  const m = LEAD.exec(text);
  if (!m || (!m[1] && !m[3])) return null;
  const n = m[2] ?? m[4];
  return { lawStart: p + m[0].length, number: n ? NUMBER[n.toLowerCase()] ?? n.toUpperCase() : null };
}

/** The English title the analyzer composes for it (englishComposed.ts reads it): "Interpretation (II) of the Marriage Law". */
export function courtInterpretationTitle(law: string, number: string | null): string {
  return `Interpretation${number ? ` (${number})` : ''} of the ${law}`;
}
