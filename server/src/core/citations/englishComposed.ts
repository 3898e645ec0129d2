// English titles of regulations made on a law, as translators compose them from the law's English title (the State
// Council's and the Supreme People's Court's own translations, and those memos use):
// - "Implementing Regulations of the Foreign Investment Law of the People's Republic of China" (State Council Order
//   No. 723, as LexisNexis China publishes it), "Regulations for/on the Implementation of the …", "Implementation
//   Regulations of the …", "the … Implementing Regulations" → 《中华人民共和国…实施条例》; "Detailed Rules for the
//   Implementation of the …", "Implementation Rules of the …" → 《…实施细则》;
// - "Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law of the People's
//   Republic of China" (Fa Shi [2015] No. 5, as LexisNexis China publishes it) → 《最高人民法院关于适用〈…〉的解释》;
//   "(SPC) Interpretation on Certain/Several Issues Concerning/Relating to the Application of the PRC Arbitration Law"
//   → 《最高人民法院关于适用〈…〉若干问题的解释》; shorter, as memos write them: "the SPC Interpretation on the Civil
//   Procedure Law", "the SPC's Interpretation of the Civil Procedure Law", "the Civil Procedure Law Interpretation".
// The law inside is read by the same title index (its English title table), so every form of its title works.

/** The Chinese titles an English composed title may stand for, given the Chinese title of the law it names. */
export interface ComposedTitle {
  /** The English title of the law inside. */
  law: string;
  /** Chinese titles to try, from the law's Chinese title. */
  titles: (law: string) => string[];
}

const LEAD = /^(?:the\s+)?(?:PRC\s+)?/i;
const IMPLEMENTING = [
  /^(?:Implementing|Implementation)\s+Regulations?\s+(?:of|for|on)\s+(?:the\s+)?(.+)$/i,
  /^Regulations?\s+(?:for|on|of)\s+(?:the\s+)?Implementation\s+of\s+(?:the\s+)?(.+)$/i,
  /^(.+?)\s+(?:Implementing|Implementation)\s+Regulations?$/i,
];
const RULES = [
  /^(?:Detailed\s+)?(?:Implementing|Implementation)\s+Rules\s+(?:of|for|on)\s+(?:the\s+)?(.+)$/i,
  /^Detailed\s+Rules\s+(?:for|on|of)\s+(?:the\s+)?Implementation\s+of\s+(?:the\s+)?(.+)$/i,
];
const SPC = "(?:(?:of\\s+)?(?:the\\s+)?(?:Supreme\\s+People['’]s\\s+Court|SPC)\\s+)?";
const INTERPRETATION = new RegExp(
  `^(?:(?:Supreme\\s+People['’]s\\s+Court|SPC)(?:['’]s)?\\s+)?(?:Judicial\\s+)?Interpretations?\\s+${SPC}(?:on|concerning|regarding|of)\\s+` +
    `(?:(?:Certain|Several|Some)\\s+(?:Issues|Questions|Matters)\\s+(?:Concerning|Relating\\s+to|Regarding|about|on|in|of)\\s+)?` +
    `(?:the\\s+)?(?:(?:Application|Applicability|Implementation)\\s+of\\s+(?:the\\s+)?)?(.+)$`,
  'i',
);
/** "the Civil Procedure Law Interpretation", "the CPL Judicial Interpretation": the law's name first. */
const INTERPRETATION_AFTER = /^(?:(?:Supreme\s+People['’]s\s+Court|SPC)(?:['’]s)?\s+)?(.+?)\s+(?:Judicial\s+)?Interpretations?$/i;

/**
 * "the Law of Civil Procedure of the People's Republic of China", "the Law of Criminal Procedure": older and
 * unofficial translations put "Law" first where the table has "Civil Procedure Law"; the same law.
 */
const LAW_FIRST = /^Law\s+of\s+((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)(?:\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China|PRC))?$/;

/** What an English title composed on a law's title says: the law's English title and the Chinese titles it may be. */
export function composedTitle(written: string): ComposedTitle | null {
  const w = written.replace(/\s+/g, ' ').trim().replace(LEAD, '');
  const lf = LAW_FIRST.exec(w);
  if (lf) return { law: `${lf[1]} Law`, titles: (t) => [t] };
  for (const re of IMPLEMENTING) {
    const m = re.exec(w);
    if (m) return { law: m[1], titles: (t) => [`${t}实施条例`] };
  }
  for (const re of RULES) {
    const m = re.exec(w);
    if (m) return { law: m[1], titles: (t) => [`${t}实施细则`] };
  }
  const i = INTERPRETATION.exec(w) ?? INTERPRETATION_AFTER.exec(w);
  if (i) {
    const several = /\b(?:Certain|Several|Some)\s+(?:Issues|Questions|Matters)\b/i.test(w);
    return {
      law: i[1],
      titles: (t) => (several ? [`最高人民法院关于适用《${t}》若干问题的解释`, `最高人民法院关于适用《${t}》的解释`] : [`最高人民法院关于适用《${t}》的解释`, `最高人民法院关于适用《${t}》若干问题的解释`]),
    };
  }
  return null;
}
