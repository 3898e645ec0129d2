// A court interpretation named loosely, then given a short name (rule, issue 14, heldout35 English; a law firm's note:
// "The Supreme People's Court promulgated the second judicial interpretation on various issues in relation to the
// application of the PRC Enterprise Bankruptcy Law (EBL) on 16 September 2013 (2nd Interpretation) … (Art. 1 of 2nd
// Interpretation)"). A writer who defines a short name with the word "Interpretation" in it, at the end of a sentence
// that speaks of the court's (or a judicial) interpretation of a law (englishCourtInterpretation.ts), names that
// interpretation — the one its number picks (the lead's ordinal, else the short name's: "2nd", "Second", "(II)") —
// never the law the interpretation is of, whose title stands right before the short name. Between the law and the
// short name only the law's own short name in brackets and the date it was issued on may stand ("(EBL) on 16 September
// 2013"); "Art. N of <short name>" then binds to the interpretation (英文 composed titles, englishComposed.ts: 规定（二）
// / 解释（二） when the corpus holds it).

import { courtInterpretationLead, courtInterpretationTitle } from './englishCourtInterpretation';

/** A short name that names an interpretation, an ordinal or a roman number possibly with it: "2nd Interpretation", "SPC Interpretation (II)". */
const SHORT = /^(?:(?:the|SPC|Judicial|(\d)(?:st|nd|rd|th)|(First|Second|Third|Fourth|Fifth))\s+)*(?:Judicial\s+)?Interpretation(?:\s*\((I{1,3}|IV|V)\))?$/i;

/** An ordinal before the short name ("2nd", "Second") as the roman number the interpretation's title carries (（二） is II). */
const ORDINAL: Record<string, string> = { first: 'I', second: 'II', third: 'III', fourth: 'IV', fifth: 'V', 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' };

/** What may stand between the law's title and the short name: its own short name in brackets, then the date it was issued on. */
const BETWEEN = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:,?[ \t]*(?:(?:issued|promulgated|released|published|adopted)[ \t]+)?(?:on|in)[ \t]+[A-Za-z0-9 ,]{1,30}?)?,?[ \t]*$/;

/** The law's title at p: capitalised words ending in Law or Code, "PRC" / "the" before them aside. */
const LAW = /(?:the[ \t]+)?(?:PRC[ \t]+|People['’]s[ \t]+Republic[ \t]+of[ \t]+China[ \t]+)?((?:[A-Z][\w'’\-]*[ \t]+){0,6}(?:Law|Code))\b/y;

/**
 * The interpretation a short name defined at q (the bracket's start) stands for, or null: the title composed on the law
 * (courtInterpretationTitle) and where its loose name starts. Looks back over the sentence before q only.
 */
export function interpretationDefinedBefore(text: string, q: number, short: string): { start: number; written: string } | null {
  const s = SHORT.exec(short.trim());
  if (!s) return null;
  const from = Math.max(0, q - 400);
  const window = text.slice(from, q);
  const stop = Math.max(window.lastIndexOf('\n'), window.search(/[.;!?][ \t]+[A-Z][^.;!?]*$/));
  for (let i = stop + 1; i < window.length; i++) {
    if (i > 0 && /[\w'’]/.test(window[i - 1])) continue;
    const lead = courtInterpretationLead(text, from + i);
    if (!lead) continue;
    LAW.lastIndex = lead.lawStart;
    const law = LAW.exec(text);
    if (!law || law.index !== lead.lawStart || !BETWEEN.test(text.slice(LAW.lastIndex, q))) continue;
    const n = lead.number ?? (s[1] || s[2] ? ORDINAL[(s[1] ?? s[2]).toLowerCase()] : s[3]?.toUpperCase() ?? null);
    return { start: from + i, written: courtInterpretationTitle(law[1], n) };
  }
  return null;
}
