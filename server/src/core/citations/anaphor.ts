// What an anaphor names: 该条例 the most recent 条例 cited, 该办法 the most recent 办法, 该法 / 上述法律 a 法, "of the
// judicial interpretation" the court's text named before, "Provision 15" the Provisions named before.
import type { Context } from './context';
import { titleBeforeNote } from './text';
import { COURT_ISSUER } from './courtTitleWords';

/** The kinds of text an anaphor's noun names, by the title's ending or words. */
const KINDS: Record<string, RegExp> = {
  条例: /条例$/, 办法: /办法$/, 规定: /规定$/, 细则: /细则$/, 决定: /决定$/, 解释: /解释$/,
  法: /法$/, 法律: /法$/, 法规: /(条例|办法|规定|细则)$/,
  // "of the judicial interpretation" (english.ts), 上述司法解释 / 该司法解释 (chain.ts): the Supreme People's Court's
  // (Procuratorate's) text named before — a 解释, 规定 or 批复 alike, as all are judicial interpretations — or a short
  // name ending in 司法解释 the page gave one. A book or article about one (《最高人民法院…司法解释的理解与适用》) is none.
  司法解释: new RegExp(`^${COURT_ISSUER}[^\\n]*(?:解释|规定|批复|决定|意见|办法|规则|纪要|通知|答复|复函)(?:[(（][^()（）]*[)）])?$|司法解释(?:[(（][^()（）]*[)）])?$`),
  // "Provision 15", "Rule 12" in English (englishProvision.ts): the Provisions (规定) or Rules (规则) named before.
  // "of the Regulations", "of the Measures" (english.ts ENGLISH_KIND_NOUN): the 条例 or 办法 named last, by its Chinese
  // title or the English one the page wrote (its spaces dropped: "MeasuresfortheSecurityAssessment…").
  Regulations: /条例$|Regulations(?=$|[A-Z(（]|on|for|of|concerning|regarding|governing)/,
  Measures: /办法$|Measures(?=$|[A-Z(（]|on|for|of|concerning|regarding|governing)/,
  // "of the Interpretation(s)" (heldout17-english): the 解释 named last, numbered or not, or the English title written.
  Interpretation: /解释(?:[(（][^()（）]*[)）])?$|^(?:the)?(?:SPC(?:['’]s)?)?Interpretations?|Interpretations?(?:[(（][^()（）]*[)）])?$/,
  Interpretations: /解释(?:[(（][^()（）]*[)）])?$|^(?:the)?(?:SPC(?:['’]s)?)?Interpretations?|Interpretations?(?:[(（][^()（）]*[)）])?$/,
  // "of the Opinions", "of the 1999 Opinions" (english.ts, heldout22-english): the 意见 named last.
  Opinions: /意见(?:[(（][^()（）]*[)）])?$|Opinions(?=$|[A-Z(（]|on|for|of|concerning|regarding|governing)/,
  // "of the Code" (english.ts): the code (法典) named last — the Civil Code, or the English title the page wrote.
  Code: /法典$|Code$/,
  Regulation: /条例$/, Provisions: /规定$|^(?:the)?Provisions|Provisions$/, Rules: /规则(?:[(（][^()（）]*[)）])?$|^(?:the)?(?:SPC|SPP)?(?:['’]s)?Rules|Rules$/,
};

/**
 * The regulation of the noun's kind cited most recently (`history`, most recent last); null when the noun names a kind
 * none of which was cited and that is no other text's; undefined when the noun names no kind (the caller reads the
 * most recent regulation).
 */
export function anaphorNamed(history: readonly Context[], noun: string | undefined): Context | null | undefined {
  const re = noun ? KINDS[noun] : undefined;
  if (!re) return undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    const names = h.kind === 'laws' ? [h.written, ...h.laws.map((l) => l.title)] : [h.written];
    if (names.some((n) => re.test(titleBeforeNote(n)))) return h;
  }
  // "the judicial interpretation" with none named before is no law's (not the law in context).
  if (noun === '司法解释') return null;
  // "of the Regulation" with no 条例 cited before is that unknown text, never the law in context (englishRegulationNoun.ts).
  if (noun === 'Regulation') return { kind: 'unknown', written: 'Regulation', suggestions: [] };
  // "of the 1999 Opinions" with no 意见 named before is that unknown text, never the law in context: no law is an
  // Opinions (rule, issue 14, heldout22 English: "Article 36 of the Marriage Law, and Articles 3 and 5 of the 1993
  // Opinions", the court's opinions named before only in a bracket the page did not cite).
  if (noun === 'Opinions') return { kind: 'unknown', written: 'Opinions', suggestions: [] };
  // "of the Code" with no code named before is a code the page did not name (unknown), never the law in context.
  if (noun === 'Code') return { kind: 'unknown', written: 'Code', suggestions: [] };
  // Rule (issue 14, fix-en101; heldout54 English, a thesis on the Civil Code: "According to Article 35 of the 2021
  // Interpretation, only the contractor …", the court's interpretation never named before): "Article N of <name>" ties
  // N to that name. "the Interpretation", "the Provisions", "the Measures" (a year before them or not) with no text of
  // that kind named before is a text the page did not name — unknown, as "the Regulation" and "the Opinions" are —
  // never the law in context: no law is an Interpretation, Provisions or Measures. "the Code", "this Law" are read above.
  if (noun === 'Interpretation' || noun === 'Interpretations' || noun === 'Provisions' || noun === 'Measures') return { kind: 'unknown', written: noun, suggestions: [] };
  return undefined;
}

/**
 * "Article 7 of the Provisions", "Article 3 of the Measures" on a page that cited nothing before (real-english15: a
 * report whose definition of "the Provisions" lies out of view, a page beginning in the middle of a memo): a text the
 * writer names by its kind only — unknown to the reader of what is shown, as a title not in the corpus is
 * (unknown-regulation), not an article with no context at all. Only the English kind nouns (english.ts
 * ENGLISH_KIND_NOUN); null for any other noun.
 */
export function kindNamedOnly(noun: string | undefined): Context | null {
  return noun === 'Regulations' || noun === 'Measures' || noun === 'Provisions' || noun === 'Rules' || noun === 'Interpretation' || noun === 'Interpretations'
    ? { kind: 'unknown', written: noun, suggestions: [] }
    : null;
}
