// Rule (judgments, Q&A, penalty decisions): a law's name written without 《》 right before an article —
// 依照民诉法第一百七十七条, 违反交通法第三十条 — names that law even when the corpus knows no such title. The article is
// that law's: unknown-regulation, or the law cited before whose name it abbreviates (民诉法 after 《中华人民共和国民事诉讼法》,
// analyze.ts) — never the article of whatever law was cited last.
// The name: the shortest run of 3–12 Chinese characters ending in 法, glued to 第N条, with a word boundary before it
// (the one a known short name needs: 依照, 违反了, a comma …). Words ending in 法 that name no law (立法, 依法, 办法 …)
// and the document's own or an anaphoric law (本法, 该法, 上述法) are not names. Known titles are found before this rule
// first (the scanner's headFor), so this rule only sees names the corpus does not know.
// Two more shapes of name name a law or regulation (issue 14, real-gov3: Q&A pages, replies to complaints):
// - a name ending in 通则 or 法总则 (民法通则第十二条, 民法总则第一百八十八条: the laws the Civil Code replaced) — they end
//   titles as 法 does (a known law's 总则 or 分则 before its article is that law's part: codePart.ts);
// - a local regulation's name, ending in 条例, 办法, 规定 or 细则 and opening with a province-level place (or a city,
//   county or district, issue 14 zh10: 杭州市信访条例第3条) (重庆市容环境卫生
//   管理条例第18条, 北京市物业管理办法第十条): the place makes it a title (本条例, 该办法, 有关规定 open with none).
import { PROVINCES } from '../../provinces';
import { CITING_VERBS } from '../text';
import { shortNameMayStart } from './titles';
import { taiwanPage } from '../jurisdiction/rocPage';

/**
 * 第N条 — or 第N的 / 第N规定, an article whose 条 was left out (scanner articleWithout条). Spaces around digits as
 * PDFs and Taiwan's judgments print them (第 2 條, 第2 條; issue 14, heldout22-court) are still the article.
 */
const ARTICLE_AFTER = /第(?:[零〇一二三四五六七八九十百千两]+|[ \u3000]?[\d０-９]+[ \u3000]?)(?:条|的|规定|之规定)/y;
/** A chapter (编, 章, 节) glued before the article, ending where the article starts. */
const DIVISION_BEFORE = /第[零〇一二三四五六七八九十百千两\d０-９]{1,4}[编章节]$/;
/** Words ending in 法 that are no law's name. */
const NOT_A_LAW = /(?:立法|执法|司法|依法|守法|违法|合法|非法|方法|办法|做法|说法|想法|看法|用法|手法|书法|算法|语法|写法|新法|旧法|本法|该法|此法|前法|后法|上述法|前述法|上位法|下位法|特别法|一般法)$/;
/**
 * Rule (issue 14, fix-tw21; a Taiwan ministry's letter: 按行政程序法第一百五十九條第一項規定, 相關法條 行政程序法 第 159、160 條):
 * 程序法 and 实体法 alone are kinds of law (实体法和程序法), no law's name; after the field they govern (行政程序法, 行政执行
 * 程序法) they end a law's name as 法 does — Taiwan's and Macau's codes of administrative procedure, laws the corpus
 * does not hold.
 */
const KIND_OF_LAW = /^(?:实体法|程序法)$/;
const NOT_A_START = /^[本该此其这那上下前后新原]/;

/**
 * Rule (issue 14, qa12; forum answers and Q&A pages): a law's implementing rules are named after the law — 劳动合同法实施
 * 细则第56条, 某某法实施办法第三条 — and are a regulation of their own: when the corpus knows no such title (known ones,
 * 专利法实施细则, are found first), the article is unknown-regulation, never the law's article of that number. 本法实施细则
 * opens with an anaphor and names no title here; 该法实施条例 and 同法施行细则 are the rules of the law named last
 * (sameLawRules.ts: the name is kept whole here, analyze.ts finds the law).
 */
// Rule (issue 14, fix-zh30a; Taiwan's 訴願決定 and letters: 違反土地稅法第41條及土地稅法施行細則第15條規定, the mainland's
// older rules so named too): 施行细则 (施行條例, 施行辦法) names a law's implementing rules as 实施细则 does — a regulation of
// its own, never the law's article of that number.
const IMPLEMENTING = /(?:实施细则|实施条例|实施办法|实施规定|施行细则|施行条例|施行办法)$/;

/** Start of a law's implementing rules' name (the law's name, 2–12 characters, then 实施细则 …) ending at `p`, or -1. */
function implementingRulesBefore(text: string, p: number, known?: KnownNames | null): number {
  if (text[p] !== '第') return -1;
  ARTICLE_AFTER.lastIndex = p;
  if (!ARTICLE_AFTER.test(text)) return -1;
  const rules = IMPLEMENTING.exec(text.slice(Math.max(0, p - 4), p));
  const stemEnd = p - (rules?.[0].length ?? 0);
  if (rules && text.startsWith('条例', stemEnd - 2)) return regulationRulesBefore(text, stemEnd, known);
  if (!rules || text[stemEnd - 1] !== '法') return -1;
  // The law's name: a known one (公司法, though it ends as 司法 does) or a name no word ending in 法 rules out.
  const stemKnown = !!known?.knownNameEnds?.(text, stemEnd);
  for (let s = stemEnd - 2; s >= Math.max(0, stemEnd - 12); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s])) return -1;
    if (!shortNameMayStart(text, s)) continue;
    const stem = text.slice(s, stemEnd);
    // 该法实施细则, 同法施行细则: the rules of the law named last (sameLawRules.ts, analyze.ts titleContext).
    if (stem === '该法' || stem === '同法') return s;
    return NOT_A_START.test(stem) || (!stemKnown && (NOT_A_LAW.test(stem) || KIND_OF_LAW.test(stem))) ? -1 : s;
  }
  return -1;
}

/**
 * Rule (issue 14, real-list20; the 实施依据 of a guide catalogue: 3 .排污许可管理条例第三十八条…4 .排污许可管理办法(试行)第五十九条
 * 排污单位…): a regulation issued on trial carries (试行) or (暂行) in its name, between the name and the article, with or
 * without 《》; without them it is named as the names below are — a list item's, or a place's — its note part of the name.
 */
const TRIAL_NOTE = /[（(](?:试行|暂行)[)）]$/;

/**
 * Rule (issue 14, real-list20; a 裁量基准 pointing to another entry: 执行本裁量权基准中公共场所卫生管理条例实施细则第三十七条第(七)项):
 * a 条例's implementing rules are named after it as a law's are — 某某条例实施细则第N条 is that 细则's article, unknown-regulation
 * when the corpus has no such title (known ones are found first), never the 条例's article of that number. The 条例's
 * name: 2 characters at least before 条例, from a word boundary; not an anaphor (本条例实施细则, 该条例…) nor a kind alone
 * (管理条例实施细则).
 */
function regulationRulesBefore(text: string, stemEnd: number, known?: KnownNames | null): number {
  // A 条例 the corpus knows: from where its title starts, whatever stands before it (…基准中公共场所卫生管理条例实施细则).
  if (known?.knownNameEnds?.(text, stemEnd)) {
    for (let s = stemEnd - 4; s >= Math.max(0, stemEnd - 24); s--) {
      if (known.knownNameEnds(text.slice(s, stemEnd), stemEnd - s)) return s;
    }
  }
  for (let s = stemEnd - 4; s >= Math.max(0, stemEnd - 24); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s])) return -1;
    if (!shortNameMayStart(text, s)) continue;
    const stem = text.slice(s, stemEnd);
    return NOT_A_START.test(stem) || GENERIC_REGULATION.test(stem) ? -1 : s;
  }
  return -1;
}

/** The province-level places without 省/市/自治区 (重庆, 内蒙古, 新疆), longest first. */
export const PLACES = PROVINCES.map((p) => p.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '')).sort((a, b) => b.length - a.length);
export const LOCAL_ENDING = /(?:条例|办法|规定|细则)$/;

/** What the rule needs to know of the corpus's names (the title index). */
export interface KnownNames {
  knownNameEnds?(text: string, end: number): boolean;
  shortensLaw?(written: string): boolean;
  endsLawNames?(written: string): boolean;
}

/**
 * Start of a name the corpus does not know ending right before `p`, or -1. Where a known name ends there but cannot
 * start a name (its word boundary is missing), the longer name around it is one only when it ends the names of laws
 * the corpus has: 依据调解仲裁法第四十七条 names 劳动争议调解仲裁法 or 农村土地承包经营纠纷调解仲裁法 (so unknown-regulation,
 * never 仲裁法 nor the law cited before); 单位犯刑法第X条 and 母公司法第三条 name nothing.
 */
export function unknownNameBefore(text: string, p: number, known?: KnownNames | null): number {
  const rules = implementingRulesBefore(text, p, known);
  if (rules !== -1) return rules;
  const s = unknownLawNameBefore(text, p);
  if (s !== -1 && known?.shortensLaw && text[p - 1] === '法') {
    const tail = knownShortNameTail(text, s, p, known);
    if (tail !== -1) return tail;
  }
  if (s === -1 || !known?.knownNameEnds?.(text, p)) return s;
  // A place's own regulation sharing a national name (杭州市信访条例第3条): the place makes it a name (placeGluedBefore).
  if (LOCAL_ENDING.test(text.slice(Math.max(0, p - 2), p)) && CITY.test(text.slice(s, p))) return s;
  return known.endsLawNames?.(text.slice(s, p)) ? s : -1;
}

// Rule (fix-zh37, heldout32-court; a paper's subtitle: ——以某院办法为蓝本解读完善刑诉法第五十条): a run of words glued
// before a law's known short name (刑诉法, 民诉法: a name shortening exactly one law of the corpus) ends with that name —
// the words before it are the writer's (完善, a verb after 解读), not the start of a law the corpus lacks. Two characters
// at least before the short name, so that a compound noun's one character (母公司法) stays as the rule above reads it,
// and the short name three characters at least.
/** Start of a known law's short name ending the name at [s, p), two or more characters after `s`, or -1. */
function knownShortNameTail(text: string, s: number, p: number, known: KnownNames): number {
  // The whole run a short name itself (地方组织法): read whole, as before.
  if (known.shortensLaw!(text.slice(s, p))) return -1;
  for (let k = s + 2; k <= p - 3; k++) {
    const tail = text.slice(k, p);
    if (!NOT_A_START.test(tail) && !notALawName(tail) && known.shortensLaw!(tail)) return k;
  }
  return -1;
}

/** Start of such a name ending right before `p` (where 第N条 begins), or -1. */
export function unknownLawNameBefore(text: string, p: number): number {
  if (text[p] !== '第') return -1;
  ARTICLE_AFTER.lastIndex = p;
  if (!ARTICLE_AFTER.test(text)) return -1;
  // 办法 ends a regulation's name, not a law's (北京市物业管理办法第十条): the local and list-item names below.
  if (text[p - 1] === '法' && text[p - 2] !== '办') return twoCharacterName(text, p) ?? nameBefore(text, p, 3);
  if (text.startsWith('通则', p - 2) || text.startsWith('法总则', p - 3)) return nameBefore(text, p, 4);
  if (LOCAL_ENDING.test(text.slice(Math.max(0, p - 2), p))) {
    const local = localNameBefore(text, p);
    return local !== -1 ? local : citedRegulationBefore(text, p);
  }
  // A regulation's name with its trial note (排污许可管理办法(试行)第五十九条): the name ends before the note.
  const trial = TRIAL_NOTE.exec(text.slice(Math.max(0, p - 4), p));
  if (trial && LOCAL_ENDING.test(text.slice(Math.max(0, p - trial[0].length - 2), p - trial[0].length))) return localNameBefore(text, p - trial[0].length);
  // A regulation's own short name, then its chapter and article (物业条例第二章第十条): placelessRegulationBefore.
  const division = DIVISION_BEFORE.exec(text.slice(Math.max(0, p - 7), p));
  if (division && text.startsWith('条例', p - division[0].length - 2)) return placelessRegulationBefore(text, p - division[0].length);
  return citedRegulationBefore(text, p);
}

/**
 * Rule (issue 14, round 34 decision, c140; a judge's or lawyer's prose: 很多人记得过去婚姻法32条也有类似规定, 按照原来合同法52条
 * 的规定, 以前侵权责任法6条规定的过错责任): a law the corpus lacks — one the Civil Code replaced, mostly — is named as the
 * known ones are, bare and with its article written without 第 (bareLawProvides.ts reads 劳动法44条写得很清楚 so). Its name is
 * found as before 第 (the shortest run ending in 法 after a word boundary); the article is that law's, unknown-regulation,
 * on the same terms as a known law's (a word saying what it provides after it: scanner looseArticle). Start of the name
 * ending at `end` (where the digits begin), or -1.
 */
export function unheldLawNameBeforeDigits(text: string, end: number): number {
  if (text[end - 1] !== '法' || text[end - 2] === '办') return -1;
  const s = twoCharacterName(text, end) ?? nameBefore(text, end, 3);
  // A word of time glued before the name (过去婚姻法, 原来合同法, 以前侵权责任法): the writer's, no part of the name.
  return s !== -1 && end - s > 3 && TIME_WORD_END.test(text.slice(Math.max(0, s - 1), s + 1)) ? s + 1 : s;
}

/** A time word whose last character a name's run may have taken: 过去, 原来, 以前, 之前, 从前, 当时, 早先. */
const TIME_WORD_END = /^(?:过去|原来|以前|之前|从前|当时|早先)$/;

/**
 * Rule (issue 14, fix-zh30a; Taiwan's 訴願決定 and letters, and traditional pages citing Taiwan's rules beside the
 * mainland's laws: 依公寓大廈管理條例第10條, 違反違章建築處理辦法第5條, 依營利事業所得稅查核準則第2條): a regulation's
 * name without 《》, place or not, right after a citing verb (依, 依据, 根据, 依照, 按照, 违反, 适用, 参照) and glued to its
 * article, names that regulation — the corpus knows no such title (known ones are found first), so the article is
 * unknown-regulation, never the article of that number of the law cited before. The name ends as a regulation's does
 * (条例, 规则, 办法, 细则, 准则: not 规定, which ends words of every kind), has two characters at least before that ending,
 * and is not an anaphor or a kind alone (依照本办法, 依同自治条例, 按照有关规则, 根据实施细则) nor anyone's words with 的 in them
 * (依照公司的管理办法 is no regulation's name).
 */
const CITED_REGULATION = /(?:依据|根据|依照|按照|违反|适用|参照|依)([\u4e00-\u9fff]{2,20}?(?:条例|规则|办法|细则|准则))$/;

function citedRegulationBefore(text: string, p: number): number {
  const c = text.charCodeAt(p - 1);
  // 例 则 法 (the last character of every ending): the cheap question first.
  if (c !== 0x4f8b && c !== 0x5219 && c !== 0x6cd5) return -1;
  const m = CITED_REGULATION.exec(text.slice(Math.max(0, p - 24), p));
  if (!m) return -1;
  const name = m[1];
  if (NOT_A_START.test(name) || name.startsWith('同') || GENERIC_REGULATION.test(name) || name.includes('的') || /^(?:施行|实施|管理|相关|有关|具体)?(?:条例|规则|办法|细则|准则)$/.test(name)) return -1;
  return p - name.length;
}

/**
 * Rule (pages on the law of other places and of the past, issue 14 zh13: 討論民法第15條, 依照民法第五条): a two-character
 * name ending in 法 (民法) right after a verb that cites a law names that law; after other words (立法, 司法, 依法 are no
 * names; 商法 and 税法 after 的 name fields of law) it is read as the longer names are. The verb may be 依 alone, as
 * judgments write it (zhp15: 爰依民法第184條第1項, 被告某醫院依民法第188條): the name is 民法, never 爰依民法 nor the words
 * of the sentence before 依.
 */
// Rule (issue 14, fix-tw21; Taiwan judgments' formula 此觀民法第195條第3項…規定自明, 觀諸民法第184條): 觀 (观, "see")
// before a law's name points to it as 依 does.
const CITING_VERB_BEFORE = new RegExp(`(?:${CITING_VERBS}|援引|引用|讨论|討論|探讨|探討|依|此观|观诸)$`);

function twoCharacterName(text: string, p: number): number | null {
  const s = p - 2;
  if (s < 0 || !/[\u4e00-\u9fff]/.test(text[s]) || notALawName(text.slice(s, p))) return null;
  if (s > 0 && CITING_VERB_BEFORE.test(text.slice(Math.max(0, s - 2), s))) return s;
  // Rule (issue 14, fix-tw18; Taiwan pages: 民法第1052條第2項之重大事由… opening a line, a title 民法第一千零五十二條規定註釋):
  // on a page written under Taiwan's laws (rocPage.ts), a two-character name ending in 法 (民法, its Civil Code, the law
  // such pages cite most) is a name after any word boundary, as a known short name is (its article is Taiwan's law's:
  // unknown-regulation); words ending in 法 that name no law (立法, 依法, 本法) still name none.
  return taiwanPage(text) && shortNameMayStart(text, s) ? s : null;
}

/**
 * The shortest name of `min`–12 Chinese characters ending at p, after a word boundary, or -1. Not from the second
 * character of a citing verb (依照民法第五条 names no 照民法).
 */
function nameBefore(text: string, p: number, min: number): number {
  for (let s = p - min; s >= Math.max(0, p - 12); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s]) || !/[\u4e00-\u9fff]/.test(text[s + 1])) return -1;
    if (!shortNameMayStart(text, s) || CITING_VERB_BEFORE.test(text.slice(Math.max(0, s - 1), s + 1))) continue;
    return notALawName(text.slice(s, p)) ? -1 : s;
  }
  return -1;
}

/**
 * A local regulation's name (a province-level place, or a city, county or district: 杭州市, 桐庐县, 西湖区, 本市 — then
 * up to 24 Chinese characters) ending at p, or -1.
 */
export function localNameBefore(text: string, p: number): number {
  let nearest = -1; // the nearest word boundary: a city's name starts there (依照城市… is no city)
  for (let s = p - 5; s >= Math.max(0, p - 26); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s])) return listItemNameBefore(text, p);
    if (!shortNameMayStart(text, s)) continue;
    if (nearest === -1) {
      nearest = s;
      if (CITY.test(text.slice(s, p))) return s;
    }
    if (PLACES.some((place) => text.startsWith(place, s))) return s;
  }
  const placeless = text.startsWith('条例', p - 2) ? placelessRegulationBefore(text, p) : -1;
  return placeless !== -1 ? placeless : listItemNameBefore(text, p);
}

/**
 * Rule (issue 14, heldout19 gov; a justice bureau's list of legal bases: 法律依据：1、 中华人民共和国公证法第四条2、 某某执业证
 * 管理办法第四条3、 某某登记管理办法第十条第一款): a list item — after its number (2、, 3., （三）) or a colon — that is a
 * regulation's name without 《》, place or not, and its article names that regulation: the name fills the item up to
 * 第N条. The corpus knows no such title (known ones are found first), so the article is unknown-regulation, never the
 * law of the item before. Not a name opening with a citing verb (2、依据某某办法第四条 reads as before), an anaphor
 * (本办法, 该规定) or a kind alone (实施办法, 有关规定).
 */
// Rule (issue 14, heldout19 court; Taiwan digests and judgments number their points with the bracketed numerals of one
// character, ㈠、 ㈡ ⑴ ⒈): such a number opens a list item as （一） does (㈠、某某防制條例第17條第1項規定:…).
// A list number may stand apart from its mark (1 .中华人民共和国环境保护法第五十九条…4 .排污许可管理办法第五十九条…: document
// sites print Word's list numbers so; issue 14, real-list20).
const ITEM_OPEN = /(?:[0-9０-９]{1,2}[ \t\u3000]?[、.．]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）][、.．]?|[\u3220-\u3229\u2474-\u2487]、?|[\u2488-\u249b]|[:：])[ \t\u3000]*$/;
const CITING_START = new RegExp(`^(?:${CITING_VERBS}|对照|依|据|按)`);

function listItemNameBefore(text: string, p: number): number {
  let s = p;
  while (s > 0 && p - s < 24 && /[\u4e00-\u9fff]/.test(text[s - 1])) s--;
  if (p - s < 5 || (s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]))) return -1;
  if (!ITEM_OPEN.test(text.slice(Math.max(0, s - 6), s))) return -1;
  const name = text.slice(s, p);
  if (NOT_A_START.test(name) || CITING_START.test(name) || GENERIC_REGULATION.test(name)) return -1;
  return s;
}

/**
 * Rule (issue 14, zh11; a 街道办's or a reporter's words on a page about a city: 物业条例第二章第十条已有规定): a regulation's
 * own short name, 2–6 characters and 条例, after a word boundary, names a regulation as a place's name does — the
 * corpus knows no such title (known ones are found first), so its article is unknown-regulation, not an article of
 * every law in the corpus. Not a kind of regulation alone (实施条例, 暂行条例, 管理条例: those stand for one named before,
 * kindNoun.ts) nor an anaphor (本条例, 该条例, 上述条例, 新条例).
 */
function placelessRegulationBefore(text: string, p: number): number {
  // 本条例第五章第四十七条, 该条例第二章…: the document's own or an anaphor, however the words before it read.
  if (NOT_A_START.test(text.slice(p - 3, p))) return -1;
  for (let s = p - 4; s >= Math.max(0, p - 8); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s]) || !/[\u4e00-\u9fff]/.test(text[s + 1])) return -1;
    if (!shortNameMayStart(text, s)) continue;
    const name = text.slice(s, p);
    // A short title the document defines (（以下简称《屏障条例》）) is that title's, before its definition none's.
    if (NOT_A_START.test(name) || GENERIC_REGULATION.test(name) || new RegExp(`简称[《“"]${name}[》”"]`).test(text)) return -1;
    return s;
  }
  return -1;
}
/** Names that say only what kind of regulation it is, or whose regulation (这个条例, 两个条例, 有关条例, 具体办法). */
const GENERIC_REGULATION = /^(?:[其之及和与]?(?:实施|暂行|管理|试行|相关|有关|具体|这个|那个|两个|各个|这部|那部|上述|前述|以上|下列|所述|地方|行政|现行|旧|新)+)(?:条例|办法|规定|细则)$|^[这那此各两几某一][个部项]?(?:条例|办法|规定|细则)$/;

/**
 * A name opening with a city, county or district (two characters at least before 市/县/区: not 城市, 小区). Not 本市 /
 * 我省: 本市管理条例 names no regulation (the existing tables of real-gov3).
 */
const CITY = /^[\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟|旗|自治州|自治县)[\u4e00-\u9fff]{2}/;

/** Words ending in 法 that name no law (立法, 办法, 本法 …) or that open with an anaphor (该法, 上述法). */
export function notALawName(written: string): boolean {
  return NOT_A_LAW.test(written) || KIND_OF_LAW.test(written) || NOT_A_START.test(written);
}

/**
 * Rule (issue 14 rule 10, zh10; pages and replies naming a city's or province's regulation without 《》): a place glued
 * before a national regulation's title — 杭州市城市市容和环境卫生管理条例第18条, 北京市物业管理条例第十条 — makes it
 * that place's own regulation of the same name, not the national one (a national title opens with no place). The name
 * starts at the place (after a word boundary: 根据, 依照, a comma …): start of the place glued before `start`, or -1.
 */
export function placeGluedBefore(text: string, start: number): number {
  for (let s = start - 2; s >= Math.max(0, start - 12); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s])) return -1;
    if (PLACE_END.test(text.slice(s, start)) && shortNameMayStart(text, s)) return s;
  }
  return -1;
}
/** A place: a province, city, county or district (two characters at least before 市/县/区: not 城市, 本市). */
const PLACE_END = /^[\u4e00-\u9fff]{2,10}(?:省|市|自治区|自治州|自治县|县|区|州|盟|旗)$/;
