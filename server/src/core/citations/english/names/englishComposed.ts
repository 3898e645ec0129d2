// English titles of regulations made on a law, as translators compose them from the law's English title (the State
// Council's and the Supreme People's Court's own translations, and those memos use):
// - "Implementing Regulations of the Foreign Investment Law of the People's Republic of China" (State Council Order
//   No. 723, as LexisNexis China publishes it), "Regulations for/on the Implementation of the …", "Implementation
//   Regulations of the …", "the … Implementing Regulations", "Enforcement Regulations of the …" → 《中华人民共和国…实施
//   条例》; "Detailed Rules for the Implementation of the …", "Implementation Rules of the …" → 《…实施细则》, and where the
//   law has none, its 实施条例: the State Council's 实施条例 of the tax laws were long translated so ("article 2 of the
//   Detailed Rules for Implementation of the Individual Income Tax Law", ICC, Business Law in China, on the 1994 实施条例);
// - "Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law of the People's
//   Republic of China" (Fa Shi [2015] No. 5, as LexisNexis China publishes it) → 《最高人民法院关于适用〈…〉的解释》;
//   "(SPC) Interpretation on Certain/Several Issues Concerning/Relating to the Application of the PRC Arbitration Law"
//   → 《最高人民法院关于适用〈…〉若干问题的解释》 — 若干 also translated "Specific" (rule, issue 14, real-en26: a Taiwan
//   firm's note citing "Article 22 of the Provisions of the Supreme People's Court on Specific Issues Concerning
//   Application of the Company Law of the People's Republic of China (II)", as Lee and Li write these titles); shorter, as memos write them: "the SPC Interpretation on the Civil
//   Procedure Law", "the SPC's Interpretation of the Civil Procedure Law", "the Civil Procedure Law Interpretation";
//   also "to" the law: "the SPC's Interpretations to the PRC Civil Procedure Law" (heldout20 English, a law firm's note).
// - The Supreme People's Court's interpretations of the Civil Code's books, named by the book: "Interpretation of the
//   General Principles of Contracts of the Civil Code", "Interpretation … of Title One General Provisions of Book Three
//   Contracts of the Civil Code" → 《…民法典》合同编通则若干问题的解释; "Interpretation (I) on the Marriage and Family
//   Book of the Civil Code" → 婚姻家庭编的解释（一）; the Real Rights (Property), Succession (Inheritance) and Tort
//   Liability books and the General Provisions likewise; "… the Security System …" → 有关担保制度的解释. A number in
//   the title ((I), II, First) picks that interpretation; without one, the book's only or first.
// The law inside is read by the same title index (its English title table), so every form of its title works.
import { SERIES_NUMERAL } from './seriesNumeral';

/** The Chinese titles an English composed title may stand for, given the Chinese title of the law it names. */
export interface ComposedTitle {
  /** The English title of the law inside. */
  law: string;
  /** Chinese titles to try, from the law's Chinese title. */
  titles: (law: string) => string[];
}

const LEAD = /^(?:the\s+)?(?:PRC\s+)?/i;
const IMPLEMENTING = [
  /^(?:Implementing|Implementation|Enforcement)\s+Regulations?\s+(?:of|for|on)\s+(?:the\s+)?(.+)$/i,
  /^Regulations?\s+(?:for|on|of)\s+(?:the\s+)?Implementation\s+of\s+(?:the\s+)?(.+)$/i,
  // Rule (issue 14, heldout32 English; a lawyers' site reprinting 外商投资法实施条例 under its English title line): the
  // participle for the noun, as the State Council's own translations write it — "Regulation for Implementing the
  // Foreign Investment Law", "Regulations on Implementing the …".
  /^Regulations?\s+(?:for|on)\s+Implementing\s+(?:the\s+)?(.+)$/i,
  /^(.+?)\s+(?:Implementing|Implementation|Enforcement)\s+Regulations?$/i,
  // "LCL ImpRegs 25" (heldout42 English p06, a law firm's table of sources): the two words cut and glued, as a table
  // abbreviates them.
  /^(.+?)\s+Imp\.?\s?Regs?\.?$/i,
];
const RULES = [
  /^(?:Detailed\s+)?(?:Implementing|Implementation|Enforcement)\s+Rules\s+(?:of|for|on)\s+(?:the\s+)?(.+)$/i,
  /^Detailed\s+Rules\s+(?:for|on|of)\s+(?:the\s+)?Implementation\s+of\s+(?:the\s+)?(.+)$/i,
  /^(?:Detailed\s+)?Rules\s+(?:for|on)\s+Implementing\s+(?:the\s+)?(.+)$/i,
  // Rule (issue 14, fix-en90; the names harvest of round 29): the kind after the law's name, as "the … Implementing
  // Regulations" is written — "the Patent Law Implementing Rules", "the Patent Law Implementation Rules", "the Patent
  // Law Detailed Rules", "the Trademark Law Implementing Rules". The law's 实施细则 (else its 实施条例), never the law:
  // the words name a text made on it.
  /^(.+?)\s+(?:Detailed\s+)?(?:Implementing|Implementation|Enforcement)\s+Rules$/i,
  /^(.+?)\s+Detailed\s+Rules$/i,
];
/**
 * Rule (issue 14, fix-en90): "Implementing Measures for the Archival Law of the People's Republic of China", "the
 * Archival Law Implementing Measures" → 《中华人民共和国档案法实施办法》: 实施办法 are what the ministries made on a few
 * laws, translated "Measures". Where the corpus has none, the text is unknown — never the law itself.
 */
const MEASURES = [
  /^(?:Implementing|Implementation)\s+Measures\s+(?:of|for|on)\s+(?:the\s+)?(.+)$/i,
  /^Measures\s+(?:for|on)\s+(?:the\s+)?Implementation\s+of\s+(?:the\s+)?(.+)$/i,
  /^(.+?)\s+(?:Implementing|Implementation)\s+Measures$/i,
];
const SPC = "(?:(?:of\\s+)?(?:the\\s+)?(?:Supreme\\s+People['’]s\\s+Court|SPC)\\s+)?";
const INTERPRETATION = new RegExp(
  `^(?:(?:Supreme\\s+People['’]s\\s+Court|SPC)(?:['’]s)?\\s+)?(?:Judicial\\s+)?(Interpretations?|Provisions)\\s+${SPC}(?:on|concerning|regarding|of|to)\\s+` +
    `(?:(?:Certain|Several|Some|Specific)\\s+(?:Issues|Questions|Matters)\\s+(?:Concerning|Relating\\s+to|Regarding|about|on|in|of)\\s+)?` +
    `(?:the\\s+)?(?:(?:Application|Applicability|Implementation)\\s+of\\s+(?:the\\s+)?|Applicable\\s+)?(.+)$`,
  'i',
);
/** "the Civil Procedure Law Interpretation", "the CPL Judicial Interpretation": the law's name first. */
const INTERPRETATION_AFTER = /^(?:(?:Supreme\s+People['’]s\s+Court|SPC)(?:['’]s)?\s+)?(.+?)\s+(?:Judicial\s+)?Interpretations?$/i;
/**
 * Rule (issue 14, fix-en90; the names harvest of round 29): "the Enterprise Bankruptcy Law Provisions (II)", "the
 * Company Law Provisions (IV)": the court's numbered 规定 on a law, the law's name first as in "the Company Law
 * Interpretation (III)" — only numbered: "the Company Law provisions" unnumbered are the law's own.
 */
const PROVISIONS_AFTER = /^(?:(?:Supreme\s+People['’]s\s+Court|SPC)(?:['’]s)?\s+)?(.+?)\s+Provisions$/i;

/**
 * "the Law of Civil Procedure of the People's Republic of China", "the Law of Criminal Procedure": older and
 * unofficial translations put "Law" first where the table has "Civil Procedure Law"; the same law.
 */
const LAW_FIRST = /^Law\s+of\s+((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)(?:\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China|PRC))?$/;

/** The Civil Code's books as English names them, with the words the SPC's interpretation of each is titled by. */
const CIVIL_CODE_BOOKS: [RegExp, string][] = [
  [/\bContracts?\b[\s\S]*\bGeneral\s+(?:Provisions|Principles|Part|Rules)\b|\bGeneral\s+(?:Provisions|Principles|Part|Rules)\b[\s\S]*\bContracts?\b/i, '合同编通则若干问题的解释'],
  [/\bMarriage\b|\bFamily\b/i, '婚姻家庭编的解释'],
  [/\bReal\s+Rights?\b|\bProperty\s+Rights?\b|\bRights\s+in\s+Rem\b|\bProperty\s+(?:Book|Part|Section)\b/i, '物权编的解释'],
  [/\bSuccession\b|\bInheritance\b/i, '继承编的解释'],
  [/\bTorts?\b/i, '侵权责任编的解释'],
  [/\bSecurity\b|\bGuarantee\b/i, '有关担保制度的解释'],
  [/\bGeneral\s+(?:Provisions|Principles|Part|Rules)\b/i, '总则编若干问题的解释'],
];
const BOOK_NUMBER: Record<string, string> = { i: '一', ii: '二', iii: '三', 1: '一', 2: '二', 3: '三', first: '一', second: '二', third: '三' };

/** "Interpretation … of the <book> of the Civil Code" (the rule above): the Chinese titles it may be, else null. */
function civilCodeBook(w: string): ComposedTitle | null {
  const first = civilCodeFirst(w);
  if (first) return first;
  const m = /^(?:(?:Supreme\s+People['’]s\s+Court|SPC)(?:['’]s)?\s+)?(?:(First|Second|Third)\s+)?(?:Judicial\s+)?Interpretations?\b([\s\S]*?)\s+(?:to|of|under|in)\s+(?:the\s+)?(?:PRC\s+)?(Civil\s+Code)(?:\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China|PRC))?(?:\s*\(?\s*(I{1,3}|[123])\s*\)?)?$/i.exec(w);
  if (!m) return null;
  const book = CIVIL_CODE_BOOKS.find(([re]) => re.test(m[2]));
  if (!book) return null;
  const written = /\(\s*(I{1,3}|[123])\s*\)|\b(I{1,3})\b/.exec(m[2]);
  const n = m[1] ?? m[4] ?? written?.[1] ?? written?.[2];
  const numeral = n ? BOOK_NUMBER[n.toLowerCase()] : undefined;
  const base = book[1];
  return {
    law: m[3],
    titles: (t) => {
      const stem = `最高人民法院关于适用《${t}》${base}`;
      return numeral ? [`${stem}（${numeral}）`] : [stem, `${stem}（一）`];
    },
  };
}

/**
 * Rule (issue 14, fix-en90; the names harvest of round 29): the Civil Code named first, then the interpretation and the
 * book it is on — "the Civil Code Interpretation on Guarantee", "the Civil Code Interpretation on Marriage and Family
 * (I)", "the SPC Civil Code Interpretation on the General Provisions" — as "the Civil Procedure Law Interpretation" names
 * its law first. The book picks the interpretation as in "Interpretation … of the <book> of the Civil Code"; a book not
 * named is no title here (null), never the Code itself.
 */
function civilCodeFirst(w: string): ComposedTitle | null {
  const m = /^(?:(?:Supreme\s+People['’]s\s+Court|SPC)(?:['’]s)?\s+)?(?:PRC\s+)?(Civil\s+Code)\s+(?:Judicial\s+)?Interpretations?\s+(?:on|of|concerning|regarding)\s+(?:the\s+)?([\s\S]+?)(?:\s*\(\s*(I{1,3}|[123])\s*\)|\s+(I{1,3}))?$/i.exec(w);
  if (!m) return null;
  const book = CIVIL_CODE_BOOKS.find(([re]) => re.test(m[2]));
  if (!book) return null;
  const n = m[3] ?? m[4];
  const numeral = n ? BOOK_NUMBER[n.toLowerCase()] : undefined;
  return {
    law: m[1],
    titles: (t) => {
      const stem = `最高人民法院关于适用《${t}》${book[1]}`;
      return numeral ? [`${stem}（${numeral}）`] : [stem, `${stem}（一）`];
    },
  };
}

/**
 * What an English title composed on a law's title says: the law's English title and the Chinese titles it may be.
 * Rule (issue 14, fix-en90; pool80 English p23, a trademark firm's note: "Article 50(2) of the Trademark Implementing
 * Regulations"): writers name the law inside by its subject alone — "the Trademark Implementing Regulations", "the
 * Patent Implementing Rules" — its kind word "Law" left off; a name inside with no kind word of its own (Law, Code,
 * Act, Regulations, Measures, Rules, Provisions) is read with "Law" after it.
 */
export function composedTitle(written: string): ComposedTitle | null {
  const c = composedTitleAsWritten(written);
  if (!c || /\b(?:Laws?|Codes?|Acts?|Constitution|Regulations?|Measures|Rules|Provisions|Interpretations?|Decisions?)\b/i.test(c.law)) return c;
  return { ...c, law: `${c.law} Law` };
}

/** composedTitle before the law inside is completed (the rule above). */
function composedTitleAsWritten(written: string): ComposedTitle | null {
  const w = unquotedLaw(written.replace(/\s+/g, ' ').trim()).replace(LEAD, '').replace(/[ⅠⅡⅢⅣⅤ]/g, (c) => ROMAN_SIGN[c]);
  const book = civilCodeBook(w);
  if (book) return book;
  const lf = LAW_FIRST.exec(w);
  if (lf) return { law: `${lf[1]} Law`, titles: (t) => [t] };
  for (const re of IMPLEMENTING) {
    const m = re.exec(w);
    if (m) return { law: m[1], titles: (t) => [`${t}实施条例`] };
  }
  for (const re of RULES) {
    const m = re.exec(w);
    if (m) return { law: m[1], titles: (t) => [`${t}实施细则`, `${t}实施条例`] };
  }
  for (const re of MEASURES) {
    const m = re.exec(w);
    if (m) return { law: m[1], titles: (t) => [`${t}实施办法`] };
  }
  // Rule (issue 14 form 7, fix-zh28; heldout26 court, an abstract's machine translation: "Article 24 of Explanation Ⅱ of
  // Marriage Law" for 《婚姻法解释（二）》第24条): "Explanation", numbered as the court's series is, is a translator's word for
  // its 解释 — only so: "Explanation on the Draft …" unnumbered is the NPC's 说明, no interpretation.
  const explained = /^(?:Judicial\s+)?Explanations?\b/i.test(w);
  const { rest, numeral } = interpretationNumber(explained ? w.replace(/\bExplanation(s?)\b/i, 'Interpretation$1') : w);
  if (explained && !numeral) return null;
  const i = INTERPRETATION.exec(rest);
  const provisionsAfter = i || !numeral ? null : PROVISIONS_AFTER.exec(rest);
  const after = i ? null : INTERPRETATION_AFTER.exec(rest) ?? provisionsAfter;
  if (i || after) {
    const law = i ? i[2] : after![1];
    const provisions = i?.[1] === 'Provisions' || (!!provisionsAfter && after === provisionsAfter);
    // "Provisions …" are the court's 规定 only as "Provisions on Several Issues Concerning the Application of …".
    if (provisions && !provisionsAfter && !/\bApplication\s+of\b/i.test(rest)) return null;
    const several = /\b(?:Certain|Several|Some|Specific)\s+(?:Issues|Questions|Matters)\b/i.test(rest);
    const stem = (t: string) => `最高人民法院关于适用《${t}》`;
    if (numeral) {
      // A numbered one: its number picks it, whichever word (解释, 规定) its Chinese title ends in — the court titled
      // the Company Law's 规定（一）…（五） and the Contract Law's 解释（一）（二）, and translators write both "Interpretation".
      const kinds = provisions ? ['若干问题的规定', '若干问题的解释'] : ['若干问题的解释', '若干问题的规定', '的解释'];
      return { law, titles: (t) => kinds.map((k) => `${stem(t)}${k}（${numeral}）`) };
    }
    if (provisions) return { law, titles: (t) => [`${stem(t)}若干问题的规定`] };
    return {
      law,
      titles: (t) => (several ? [`${stem(t)}若干问题的解释`, `${stem(t)}的解释`] : [`${stem(t)}的解释`, `${stem(t)}若干问题的解释`]),
    };
  }
  return null;
}

/**
 * Rule (issue 14, fix-en90; pool90 English p21, a typical-case commentary: "Article 544 of the Interpretation of the
 * Supreme People's Court Concerning the Application of the "Civil Procedure Law of the People's Republic of China"";
 * an ABA comment on "… the Application of the ‘Company Law of the People's Republic of China’ (IV)"): translators
 * render the inner 〈〉 of 《最高人民法院关于适用〈…〉的解释》 as quotation marks around the law's name. The name so quoted
 * is the law inside, the marks no part of it.
 */
function unquotedLaw(w: string): string {
  return w
    .replace(/(\b(?:Application|Applying|Implementation)\s+of\s+(?:the\s+)?)‘([A-Z][^‘]*?)’(?=\s|$|\()/, '$1$2')
    .replace(/(\b(?:Application|Applying|Implementation)\s+of\s+(?:the\s+)?)["“«]([A-Z][^"“”«»]*)["”»]?(?=\s|$|\()/, '$1$2');
}

/** The Unicode roman numerals a title may be numbered in ("Judicial Interpretation (Ⅱ) of Marriage Law"). */
const ROMAN_SIGN: Record<string, string> = { 'Ⅰ': 'I', 'Ⅱ': 'II', 'Ⅲ': 'III', 'Ⅳ': 'IV', 'Ⅴ': 'V' };


/**
 * The number of one of a series of the court's interpretations of a law, as memos write it: "Judicial Interpretation
 * III of Company Law", "the Third Interpretation of the Company Law", "Interpretation (II) of …", "Provisions … of the
 * Company Law of the People's Republic of China (II)", "the Company Law Interpretation III", "… of Contract Law of PRC (Part
 * Two)". The words without it.
 */
function interpretationNumber(w: string): { rest: string; numeral: string | null } {
  const at = (re: RegExp): { rest: string; numeral: string } | null => {
    const m = re.exec(w);
    return m ? { rest: (w.slice(0, m.index) + (m[1] ?? '') + ' ' + w.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim(), numeral: SERIES_NUMERAL[(m[2] ?? m[3]).toLowerCase()] } : null;
  };
  // In brackets the number may be in lower case and the brackets glued to the words around ("Interpretation(ii)of
  // the Law of Contract", "… of the People's Republic of China(II)"), as PDF-extracted abstracts print them.
  return (
    at(/\s*\(\s*()(I{1,3}|IV|V|i{1,3}|iv|v|[1-5])\s*\)$/) ??
    // "… Contract Law of PRC (Part Two)": theses translate （二） so.
    at(/\s*\(\s*Part\s+()(One|Two|Three|Four|Five)\s*\)$/i) ??
    at(/^()(First|Second|Third|Fourth|Fifth)\s+(?=(?:Judicial\s+)?Interpretation\b)/i) ??
    at(/\b(Interpretations?|Provisions)(?:\s*\(\s*(I{1,3}|IV|V|i{1,3}|iv|v)\s*\)\s*|\s+(I{1,3}|IV|V)(?=\s|$))/) ??
    // "Judicial Interpretation No. 3 of the Company Law" (real-en23, a law firm's note): the number after "No.".
    at(/\b(Interpretations?|Provisions)\s+No\.\s?([1-5])(?!\d)/) ?? { rest: w, numeral: null }
  );
}
