// Rule (issue 14, fix-en17b; English pages about another state's law: a Philippine article on Article 36 of the Family
// Code that cites "Article 85 of the Civil Code" of 1950, a judgment of the Supreme Court of Japan in English citing
// "Article 13 and Article 14, paragraph (1) of the Constitution" and "Article 724 of the Civil Code"): a page that names
// another state (its name or adjective: the Spanish Civil Code, the Japanese occupation, a Philippine court) or a court
// no Chinese court is called (a High Court, a District Court, a Court of Appeals), and never China — no China, Chinese,
// PRC, People's Republic, no Chinese city, province or authority (State Council, People's Court), no yuan — is about
// that state's law. A law it names by a bare English name (the Civil Code, the Constitution, the Labor Code) is that
// state's, never the Chinese law of the same English name: its articles, and the bare articles of the page, are no
// citations, as those of a law named as another state's ("the Japanese Civil Code") are none.
// A page naming China too (a comparative memo, a Chinese-law page mentioning a foreign court) keeps its titles.

import { perText } from '../text';
import { TAIWAN_COURT } from './taiwanCourts';

/**
 * Another state named by its name (group 1) or adjective (group 2). Taiwan is not: mainland pages name it, and its
 * laws have rocPage.ts.
 */
const FOREIGN_STATE = new RegExp(
  '\\b(?:(Philippines|Japan|(?:South[ \\t]+)?Korea|India|Pakistan|Bangladesh|Germany|France|Spain|Italy|Portugal|Netherlands|Belgium|' +
    'Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Greece|Russia|Turkey|Israel|Egypt|Nigeria|Kenya|Brazil|Argentina|' +
    'Mexico|Chile|Colombia|Peru|Canada|Quebec|Louisiana|United[ \\t]+States|U\\.S\\.A?|USA|America|United[ \\t]+Kingdom|Britain|' +
    'England|Scotland|Ireland|Australia|New[ \\t]+Zealand|Singapore|Malaysia|Thailand|Vietnam|Indonesia)|' +
    '(Philippine|Filipino|Japanese|Korean|Indian|Pakistani|German|French|Spanish|Italian|Portuguese|Dutch|Belgian|Swiss|Austrian|' +
    'Swedish|Norwegian|Danish|Finnish|Polish|Greek|Russian|Turkish|Israeli|Egyptian|Nigerian|Kenyan|Brazilian|Mexican|Chilean|' +
    'Canadian|American|British|Irish|Australian|Singaporean|Malaysian|Thai|Vietnamese|Indonesian))(?![A-Za-z])',
  'g',
);

/**
 * A state named only as the owner of a law set against the page's own ("the German Civil Code", "Japan's Civil Code",
 * "French law", "the company law of the United Kingdom", "article 1382 … is French"): the comparative memos of earlier
 * rounds write so about the Chinese law without naming China, and that is no page about the other state's law. What
 * follows the name or adjective (LAW_OWNED_AFTER) or comes before it (LAW_OWNED_BEFORE) tells.
 */
const LAW_OWNED_AFTER = /^(?:['’]s)?(?:[ \t]+(?:[A-Z][\w-]*|of|on|and|the)){0,4}?[ \t]+(?:Code|Law|Act|Constitution|Statute|Ordinance|[Cc]ode|law|laws|legislation|statute)\b/;
const LAW_OWNED_BEFORE = /\b(?:[Ll]aws?|Code|Act|Constitution)[ \t]+of[ \t]+(?:the[ \t]+)?$/;

/**
 * Where the page first names another state otherwise than as a law's owner (its courts, places, people, history), or
 * -1 when it never does.
 */
function foreignStateNamedAt(text: string): number {
  for (const m of text.matchAll(FOREIGN_STATE)) {
    const after = text.substr(m.index! + m[0].length, 60);
    if (LAW_OWNED_AFTER.test(after) || LAW_OWNED_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index))) continue;
    // An adjective qualifies a word after it ("the Japanese occupation", "Philippine courts"); alone it is the law's
    // ("… is French."). A state's name stands alone as a place ("in Japan.").
    if (m[2] !== undefined && !/^[ \t]+[A-Za-z]/.test(after)) continue;
    return m.index!;
  }
  return -1;
}

/** A court no Chinese court is called in English (China's are People's Courts: the Higher People's Court, not a High Court). */
const FOREIGN_COURT = /\b(?:High|District|Circuit|Superior|Appellate|Regional)[ \t]+Court\b|\bCourt[ \t]+of[ \t]+(?:Appeals?|Cassation)\b|\bG\.R\.[ \t]+No\./;

/**
 * China named, in English or Chinese: the state, its cities and provinces, its regions (Hong Kong, Macao, Taiwan — whose
 * laws are China's, unknown to the corpus: englishRegions.ts taiwanCodeAt; Taiwan's courts named after its cities and its
 * Supreme Court's case numbers too, taiwanCourts.ts TAIWAN_COURT), its authorities and courts, its money.
 */
const CHINA_NAMED = new RegExp(
  "\\b(?:China|Chinese|PRC|P\\.R\\.C|People['’]s[ \\t]+Republic|Beijing|Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Hangzhou|Nanjing|Wuhan|" +
    "Chengdu|Hong[ \\t]+Kong|Macao|Macau|Taiwan|Taipei|R\\.O\\.C|ROC|(?:Legislative|Executive|Judicial)[ \\t]+Yuan|Mainland|Renminbi|RMB|CNY|yuan|NPC|CPC|CCP|State[ \\t]+Council|People['’]s[ \\t]+(?:Court|Procuratorate|Congress)|" +
    'Supreme[ \\t]+People|Province|Autonomous[ \\t]+Region|Inner[ \\t]+Mongolia|Xinjiang|Tibet|' + TAIWAN_COURT + ')\\b|中华|中華|中国|中國|人民法院|国务院|國務院|人民代表大会|人民代表大會',
);

/**
 * Rule (issue 14, heldout53 english2 p18; a thesis abstract citing "Article 33 of the Regulation on the Administration
 * of Medical Institutions", "Articles 1219 and 1220 of the Civil Code", then, sentences later, "In addition to the
 * Anglo-American law system, Germany, France, Austria, Japan and other countries … attach great importance to …"): a
 * page about another state's law sets its scene before it cites — the court's name heading a judgment, "Philippine
 * courts hold …" — or in the sentence of its first article ("Article 36 of the Family Code, as Philippine courts read
 * it"). States named only after that sentence are the comparison a Chinese writer draws with the law already cited
 * ("in addition to …, Germany, France … also"), not the page's jurisdiction: the page keeps its titles. The first
 * English article word (ARTICLE_WORD) and the end of its sentence (a full stop, ? ! or a line break) tell.
 */
const ARTICLE_WORD = /\b(?:Articles?|Art\.)[ \t]*\d/;

/** Where the sentence of the page's first English article ends (text.length when it has none). */
function firstArticleSentenceEnd(text: string): number {
  const a = ARTICLE_WORD.exec(text);
  if (!a) return text.length;
  const stop = /[.!?](?=[\s"”A-Z]|$)|\n/g;
  stop.lastIndex = a.index + a[0].length;
  const m = stop.exec(text);
  return m ? m.index : text.length;
}

/** Whether `at` (a foreign court's or state's name, -1 for none) sets the page's scene (the rule above). */
const setsScene = (text: string, at: number): boolean => at >= 0 && at < firstArticleSentenceEnd(text);

/** Is this a page about another state's law (the rules above; read once per text)? */
export const foreignLawPage = perText((text) => !CHINA_NAMED.test(text) && (setsScene(text, text.search(FOREIGN_COURT)) || setsScene(text, foreignStateNamedAt(text))));

/** Does an English title written on such a page name that state's law rather than the corpus's law of that name? */
export function foreignLawName(written: string, text: string): boolean {
  return /[A-Za-z]/.test(written) && !/[\u3400-\u9fff]/.test(written) && foreignLawPage(text);
}
