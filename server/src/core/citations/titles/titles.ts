// Title index over a corpus for the citation engine. What a title names is the corpus's rule (Corpus.findLaws:
// exact and normalised titles, short titles, region prefix left off, the national law preferred), the same for
// `lawcite show`; on top of it: a version suffix or a region prefix written but not in the corpus title,
// translations → originals, suffix matches (issuer left off; 《促进条例》 → several), near misses for did-you-mean,
// the aliases of the data files (《民诉法解释》, "the Civil Code") for the laws loaded, and the titles that may be
// cited without 《》 (titleEndings.ts).
import Fuse from 'fuse.js';
import type { CorpusLike, Law } from '../../corpus/index';
import { withoutRegionPrefix } from '../../corpus/titles';
import { chineseAliasForms, titleAliases } from '../../corpus/titleAliases';
import type { BareTitleMatcher } from '../scanTypes';
import { abbreviates, editDistance, LAW_TITLE_END, titleKey } from '../text';
import { TitleEndings } from './titleEndings';
import { composedTitle } from '../english/names/englishComposed';
import { tableChineseTitles } from '../english/names/unloadedLawTitle';
import { englishCaseKindKey } from '../english/names/englishCaseKind';
import { courtTitleByWords } from '../english/names/englishCourtTitleWords';
import { regulationTitleByWords } from '../english/names/englishRegulationWords';
import { englishNameTail, englishTitleBag, looseEnglishTitleBag, sameChineseWord } from '../english/names/englishTitleBag';
import { supervisionDroppedBag } from '../english/names/supervisionAdministration';
import { keyTerms, keyTermsExact, keyTermsLaw, keyTermsSeries } from '../english/names/englishKeyTerms';
import { oneWordShortLaw } from '../english/names/englishOneWordShort';
import { seriesMembers, seriesNames } from './amendmentSeries';
import { rocNameBefore, stateBefore } from './jurisdictionBefore';
import { droppedWordTitleLaws, maskedTitleLaws } from './maskedTitle';
import { joinedKindNamed } from './joinedCaseKind';
import { kindTailDropped } from './kindTailDropped';
import { appliedLawPartInterpretation } from './appliedLawPartName';
import { issuerlessShortName } from './issuerPrefixedName';
import { generalSubjectInterpretation } from './generalSubjectName';
import { CASE_CLOSE, CASE_VERB, COURT_ISSUER } from '../courtTitleWords';
import { subjectCoreText } from './subjectCoreName';
import { lawAndRulesWord, managedRegulation } from './regulationShortName';
import { everyTextIs } from '../../corpus/lawKind';
import { rulesTitles } from './sameLawRules';
import { SERIES_IN_BRACKETS, SERIES_NUMBER, seriesNumber } from './seriesNumber';

/**
 * A title's closing ordinal as written (seriesNumber.ts): without its brackets (…若干问题的规定三, …的解释二, 刑法修正案十一),
 * after 之 (《公司法司法解释之三》, fix-zh90), in figures ((3)) — or in brackets, as titles have it.
 */
const ORDINAL_END = new RegExp(`(规定|解释|意见|批复|决定|纪要|修正案)(${SERIES_NUMBER})$`);
/** A court interpretation's name by its kind of case (titles.ts caseKindInterpretation): the words (1), the kind word (2), the series number (3). */
const CASE_KIND_NAME = new RegExp(`^([\\u4e00-\\u9fff]{2,14}?)(?:司法)?(解释|规定)(${SERIES_NUMBER})?$`);
/**
 * The subject of a court interpretation in its title (subjectInterpretation): the words (1) after 关于 and the verb before
 * them — courtTitleWords.ts CASE_VERB (审理 / 办理) or 处理, as a text about a subject rather than a kind of case opens
 * (关于处理自首和立功具体应用法律若干问题的解释) — up to 具体应用 / 适用法律 / 若干.
 */
/** The kind of case's closing words ending a name (courtTitleWords.ts CASE_CLOSE: 案件, 纠纷案件), taken off it. */
const CASE_CLOSE_END = new RegExp(`${CASE_CLOSE}$`);
const SUBJECT_IN_TITLE = new RegExp(`关于(?:${CASE_VERB}|处理)([\\u4e00-\\u9fff]{2,20}?)(?:具体应用|适用法律|若干)`);

export interface TitleMatch {
  /** Laws the title names: one (resolved), several (ambiguous) or none (unknown). */
  laws: Law[];
  how: 'exact' | 'variant' | 'alias' | 'suffix' | 'none';
  /** For an unknown title: corpus titles one or two characters off. */
  suggestions: string[];
}

/**
 * What may stand before a short name written without 《》 (公司法第十九条): a word that governs it (依据, 违反, 属于,
 * 实施, 触犯, 增加 …, as 司法解释 write 属于刑法第二百一十三条规定的 and amendments 增加刑法第六十七条第三款; 违反了, 见, 如),
 * a conjunction, an adverb or preposition (以, 由, 对, 另 …: 另婚姻法司法解释(三)第九条规定),
 * a year or 新/原/修正后 (1997年刑法, 新公司法, 修正后刑法), 我国 or 本国 (我国民法典第585条), 中国 (中國著作權法第22條: Hong
 * Kong and Taiwan writers, and comparisons, name the country before the law), punctuation, or nothing. Also the other verbs 司法解释 and
 * judgments put before a law's name (单位犯刑法第…条规定之罪, 达到刑法第…条规定的标准, 认定民法典第…条规定的, 如无合同法第…条
 * 规定的情形, 没有履行刑事诉讼法第…条, 支付票据法第…条, 主张, 包括, 除, 藏匿, 保存, 指定): their last character, or the
 * whole word where that character also ends names (认定, not 定: 保定; 应属, 均属, not 属: 金属, 亲属). Also an item's number: （一）证券法第七十四条. Also the
 * asterisks a page masks text with (rule, issue 14, real-gov8: a published 执法事项清单 masked the start of each cell,
 * 《中华人民共和国 with it: ******消防法》(2021年4月29日施行)第五十八条第一款第四项): what the mask leaves is read as after
 * punctuation (an opening bracket too: a heading 【税收征管法第五十二条解读】, issue 14, heldout16-gov; a question or
 * exclamation mark, a half-width full stop or semicolon, a closing bracket: 如何守护“头顶上的安全”?民法典第一千二百五十四条规定, heldout17). Also the verbs a commentary or paper puts before the law it discusses (rule, issue 14, zh13: 也会讨论刑法第20条
 * 第1款和第2款, 探讨, 分析, 解读, 评析, 论述; 討論 in traditional script) — and (issue 14, heldout21-court; a paper's abstract:
 * 本文围绕某某法第二十条的规定，分析…) 围绕, the subject it is written around. After another state's name (德国民法典, 俄罗斯民法典)
 * it starts, to be read as that state's law (jurisdictionBefore.ts). After 首页, a site's breadcrumb whose separators the
 * copy lost (首页劳动法87条…; issue 14, heldout22-court; headingLineArticle.ts), the page's title starts. After other characters — a place (某某市物业管理条例), another word (母公司法, 劳动争议调解仲裁法, 海洋环境保护法) — it is not a name.
 */
// Rule (issue 14, heldout18-court; Taiwan's criminal judgments: 維持第一審論處被告刑法第320條之1第2項第3款之罪, 上訴人刑法第
// 339條之4之罪 — the party convicted, then the law whose crime): a party's name in a case (被告, 原告, 被告人, 上诉人, 被上诉人,
// 自诉人, 抗告人, 申请人, 声请人 — their last two characters, 诉人, 告人, 请人, in either script as the page may be read
// before its conversion) ends a word, as a verb before the law does: the law's name starts after it.
// Rule (issue 14 form 2, heldout25-court; a page that lost its line breaks runs a list's caption into its first item:
// （一）主要法律法规刑法第176条、《某解释》第一条…): 法律 / 法规, the words for laws in general, end a word there as a heading
// would; a law's name after them starts a name of its own (刑法), never the tail of a longer one (法规刑法 is no law).
// Rule (fix-zh37, heldout32-court; theses listing provisions: ①继承法总则第七条:“…”): a circled number (① … ⑳) numbers a
// list's item as （一） does; a law's name after it starts there.
// Rule (round 26; a lawyer's article telling a law's history: 《中华人民共和国个人所得税法》第五条规定了减征。后来所得税法第六条又
// 规定了扣除。同时公司法第五条也…): a connective or a time word opening the clause — 同时, 此时, 当时, 届时, 后来, 此外, 另外,
// 其次, 首先, 再次, 最后, 因此, 所以, 然而, 不过, 例如, 比如, 其实, 当然, 显然, 总之, 可见, 其中, 同样 — ends a word as a comma
// would: a law's name written bare after it starts there (公司法, not 时公司法), as after 而 or 并.
// Rule (round 31, f111-zh; a news report on an interpretation: 《解释》明确刑法第三百一十二条规定的犯罪方法包括…): a verb of
// saying what a text settles — 明确, 强调, 表明, 阐明, in either script — ends a word as 指出 does: the law's name after it
// starts there (刑法, not 确刑法).
// Round 32 (f121-zh; papers' titles naming an article, read on from their opening: 《论民法典第一千一百六十五条中过错的
// 认定》, workTitleOnArticle.ts): 论 opening a paper's title ends a word as a comma would.
const BEFORE_SHORT_NAME =
  /(?:同时|此时|当时|届时|后来|此外|另外|其次|首先|再次|最后|因此|所以|然而|不过|例如|比如|其实|当然|显然|总之|可见|其中|同样|法律|法规|法規|依据|根据|依照|按照|遵照|参照|对照|比照|违反|违背|触犯|构成|适用|符合|执行|落实|实施|贯彻|遵守|援引|援用|引用|讨论|討論|探讨|探討|分析|解读|解讀|评析|評析|论述|論述|围绕|圍繞|修改|修正|修订|增加|增设|删除|删去|制定|颁布|公布|施行|所称|结合|参考|现行|认定|确定|规定|决定|[应均确已即仍系实不亦也皆都则当并尚]属|限定|判定|我国|本国|中国|中國|首页|首頁|承担|行使|使用|致使|制造|伪造|编造|告知|明知|通知|提出|作出|指出|超出|明确|明確|强调|強調|表明|阐明|闡明|提起|引起|计算|提交|履行|进行|实行|发生|产生|展开|公开|存在|销售|出售|隐匿|藏匿|隐瞒|保存|储存|留存|指定|处分|从事|被告|原告|诉人|訴人|告人|请人|請人|于|即|依|据|按|照|和|及|与|或|并|且|而|以|由|将|被|对|从|同|也|又|另|还|但|有|过|了|见|如|犯|到|受|除|响|理|者|无|括|就|付|虑|查|指|张|备|入|尽|因|新|原|旧|后|前|年|的|是|在|为|、|，|,|。|；|;|：|:|？|\?|！|!|\.|（|\(|）|\)|“|”|‘|’|「|」|『|』|【|】|〔|〕|［|］|\[|\]|》|[一二三四五六七八九十\d][）)]|[\u2460-\u2473]|[*＊]|《论|\s|^)$/;

/**
 * Rule: a title that differs from a corpus title only in the ordinal of a series (刑法修正案（十三） beside 刑法修正案（七）,
 * 某解释（二） beside 某解释（一）) names another member of that series — one the corpus lacks — not a typo of the one it
 * has, so it gets no did-you-mean.
 */
export function otherSeriesMember(a: string, b: string): boolean {
  const ORDINAL = /[（(][〇零一二三四五六七八九十百]+[)）]/g;
  const wa = a.replace(ORDINAL, '（#）');
  return wa !== a && wa === b.replace(ORDINAL, '（#）');
}

/**
 * Rule (a drafter citing a regulation the corpus lacks: 《中华人民共和国营业税暂行条例》 beside 印花税暂行条例 and 契税暂行条例,
 * 《…现役军官服役条例》 beside 现役士兵服役条例, 《中华人民共和国兽药典》 beside 民法典, 《…出口管制清单》 beside 出口管制条例):
 * titles differing in one run of characters written in place of another run, two characters or more on a side, name
 * different subjects — a word, not a slip of the pen (one character wrong, some moved, left out or added) — so
 * neither is offered for the other.
 */
export function otherWord(a: string, b: string): boolean {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (!x || !y || Math.max(x.length, y.length) < 2) return false;
  return [...x].sort().join('') !== [...y].sort().join('');
}

// Rule (issue 14, real-qa20; lawyers' Q&A pages that reproduce a judicial interpretation with each article's label glued
// to its text: 最高人民法院《关于审理盗窃案件具体应用法律若干问题的解释》第二条刑法第二百六十五条规定的“以牟利为目的”，是指……):
// an interpretation's article often opens with the law it explains (刑法第X条规定的“……”，是指……). A label 第N条 (第N条之一)
// ends a word as a space would: a law's name may start right after it, and the article after that name is the law's,
// not one more of the interpretation whose label stands before it.
const ARTICLE_LABEL_BEFORE = /第[〇零一二三四五六七八九十百千0-9０-９]+条(?:之[一二三四五六七八九十]+)?$/;

/** Whether a short name may start at `i` of `text` (BEFORE_SHORT_NAME, or an article's label, before it). */
export function shortNameMayStart(text: string, i: number): boolean {
  return BEFORE_SHORT_NAME.test(text.slice(Math.max(0, i - 2), i)) || ARTICLE_LABEL_BEFORE.test(text.slice(Math.max(0, i - 12), i)) || stateBefore(text, i) || rocNameBefore(text, i);
}

/** The organs issuing a joint text: the court's (courtTitleWords.ts COURT_ISSUER) and the ministries that join them. */
const ISSUER = `${COURT_ISSUER}|公安部|司法部|国家安全部|海关总署`;
const JOINED = new RegExp(`(?<=^(?:(?:${ISSUER})、?)*(?:${ISSUER}))、(?=${ISSUER})`, 'g');
const UNJOINED = new RegExp(`(?<=^(?:(?:${ISSUER})、?)*(?:${ISSUER}))(?=${ISSUER})`, 'g');

/**
 * The issuers of a joint text are written joined by 、 or by a space (最高人民法院 最高人民检察院关于…, as LawRefBook and
 * many pages print them): the key (spaces dropped) with 、 between them when it has none, without when it has.
 */
function jointIssuersVariant(key: string): string | null {
  const without = key.replace(JOINED, '');
  if (without !== key) return without;
  const joined = key.replace(UNJOINED, '、');
  return joined !== key ? joined : null;
}

/** Titles handed to fuse.js per query at most. */
const FUZZY_CANDIDATES = 100;

/** Length of the shortest window of `text` holding the characters of `q` in order (greedy), −1 when none. */
export function subsequenceSpan(text: string, q: string): number {
  let start = -1;
  let j = 0;
  for (let i = 0; i < text.length && j < q.length; i++) {
    if (text[i] === q[j]) {
      if (j === 0) start = i;
      j++;
      if (j === q.length) return i - start + 1;
    }
  }
  return -1;
}

/** The organs a law of the people's congresses opens its title with (全国人民代表大会和地方各级人民代表大会代表法). */
const ORGANS = /^(?:全国人民代表大会和地方各级人民代表大会|地方各级人民代表大会和地方各级人民政府|各级人民代表大会常务委员会)/;

/** A version note ending a title: （2018年修正）, (2018修正), or a year alone, (2023) (scanner.ts VERSION_NOTE). */
const VERSION_SUFFIX = /[(（]\s*[0-9]{4}\s*(?:年[^()（）]{0,8}|修订|修正|修改|版|(?<=(?:19|20)[0-9]{2}\s*))[)）]$/;

export class TitleIndex implements BareTitleMatcher {
  /** Every title and prefix-less variant as a key, for suffix matches and near misses (made when first needed). */
  private keyList: { key: string; law: Law }[] | null = null;
  /** Alias key → laws (several: an alias shared by two loaded laws, reported as ambiguous). */
  private readonly aliases = new Map<string, Law[]>();
  /** Chinese aliases of each law, searched like its short titles (completion after 《民诉法解释). */
  private readonly aliasTexts = new Map<Law, string[]>();
  private readonly cache = new Map<string, TitleMatch>();
  private readonly withArticle = new Map<string, Law[]>();
  private readonly endings = new TitleEndings();
  readonly finalChars: string;
  /** English titles of the corpus (and long English short titles); the data file's English forms join them lazily. */
  private readonly corpusEnglish: string[] = [];
  /** The English side, made on first use (a Chinese text never needs it): titles found alone, titles cited. */
  private english: { titles: string[]; cited: string[]; acronyms: string[] } | null = null;
  /** Known English names and their laws (the corpus's English titles, the data's English forms), for englishTitleBag. */
  private readonly englishNames: { name: string; law: Law }[] = [];
  /** Their laws by englishTitleBag, made on first use. */
  private bags: Map<string, Law[]> | null = null;
  /** Their laws by looseEnglishTitleBag, made on first use of the second try. */
  private looseBags: Map<string, Law[]> | null = null;
  /** Aliases' target laws by title, shared by both halves of addAliases. */
  private readonly aliasTarget = new Map<string, Law | null>();

  constructor(readonly corpus: CorpusLike) {
    const finals = new Set<string>();
    const bare = new Set<string>();
    /** Titles written as the corpus has them: they name their law alone (Corpus.findLaws: the exact title first). */
    const exact = new Set<string>();
    for (const law of corpus.laws.values()) {
      const isEnglish = !/[\u4e00-\u9fff]/.test(law.title);
      const spaceless = law.title.replace(/\s+/g, '');
      if (isEnglish) this.corpusEnglish.push(law.title.trim()), this.englishNames.push({ name: law.title, law: this.original(law) });
      else {
        bare.add(spaceless);
        if (spaceless === law.title && this.original(law) === law) exact.add(spaceless);
      }
      const short = withoutRegionPrefix(spaceless);
      if (short) bare.add(short);
      for (const name of seriesNames(spaceless)) {
        bare.add(name);
        exact.add(name); // names its series, which the article cited narrows to one (amendmentSeries.ts)
      }
      if (isEnglish) {
        for (const v of law.versions) {
          for (const s of v.shortTitles ?? []) if (s.length >= 20 && !this.corpusEnglish.includes(s.trim())) this.corpusEnglish.push(s.trim());
        }
      }
    }
    // Bare (unbracketed) matching only for titles and prefix-less variants that name exactly one law.
    for (const t of bare) {
      if (t.length < 2 || (!exact.has(t) && this.named(t).laws.length !== 1)) continue;
      this.insert(t, t.length < 5);
      if (t.length >= 5) finals.add(t[t.length - 1]);
      // Rule (Q&A pages, lawyers' articles: 刑法修正案(九)第十条, 刑法修正案十一第一条): a title's closing ordinal is also
      // written in ASCII brackets or without brackets, the name still without 《》. Each form names the same law (the
      // key unifies the brackets; ORDINAL_END reads the bare ordinal), so 刑法修正案(九) is never the first 修正案 with a
      // stray (九) after it. Bare ordinals only after the words that take one (…解释三, …修正案十一).
      for (const f of chineseAliasForms(t)) {
        if (f !== t && (f.endsWith(')') || (!f.endsWith('）') && ORDINAL_END.test(f)))) this.insert(f, f.length < 5);
      }
    }
    this.addAliases('zh');
    this.finalChars = [...finals].join('');
  }

  /** Known English titles, to find them used alone, longest first. */
  get englishTitles(): readonly string[] {
    return this.englishSide().titles;
  }

  /** Known English titles after "Article N of the" (also short ones: Civil Code), longest first. */
  get citedEnglishTitles(): readonly string[] {
    return this.englishSide().cited;
  }

  /** Conventional acronyms of laws the corpus has (PIPL), read as if the document had defined them. */
  get englishAcronyms(): readonly string[] {
    return this.englishSide().acronyms;
  }

  /**
   * Make now what is otherwise made on first use (the English side, the keys for suffix matches and near misses,
   * the search list), so that no later request pays for it: for a server with time to spare after start-up.
   */
  prepare(): void {
    this.englishSide();
    void this.allKeys;
    this.searchList();
  }

  private englishSide(): { titles: string[]; cited: string[]; acronyms: string[] } {
    if (!this.english) {
      const titles = [...this.corpusEnglish];
      const cited: string[] = [];
      this.english = { titles, cited, acronyms: [] };
      this.addAliases('en');
      titles.sort((a, b) => b.length - a.length);
      cited.push(...titles);
      cited.sort((a, b) => b.length - a.length);
    }
    return this.english;
  }

  private get allKeys(): { key: string; law: Law }[] {
    if (!this.keyList) {
      const list: { key: string; law: Law }[] = [];
      for (const law of this.corpus.laws.values()) {
        const target = this.original(law);
        list.push({ key: titleKey(law.title), law: target });
        const short = withoutRegionPrefix(law.title.replace(/\s+/g, ''));
        if (short) list.push({ key: titleKey(short), law: target });
      }
      this.keyList = list;
    }
    return this.keyList;
  }

  /** The one law whose known English title has the words of `written` (englishTitleBag.ts), else null. */
  private byEnglishWords(written: string): Law | null {
    const bag = englishTitleBag(written);
    if (!bag) return null;
    this.bags ??= this.lawsByBag(englishTitleBag);
    const laws = this.bags.get(bag);
    if (laws) return laws.length === 1 ? laws[0] : null;
    // A second try with the translators' looser words read as one Chinese word (englishTitleBag.ts looseEnglishTitleBag).
    const loose = looseEnglishTitleBag(written);
    if (!loose) return null;
    this.looseBags ??= this.lawsByBag(looseEnglishTitleBag);
    const looseLaws = this.looseBags.get(loose);
    if (looseLaws) return looseLaws.length === 1 ? looseLaws[0] : null;
    // A third: "<Subject> Administration Regulations" for the one <Subject>监督管理条例 (supervisionAdministration.ts).
    return this.bySupervisionDropped(written);
  }

  /** Their 监督管理条例 by supervisionDroppedBag, made on first use of the third try. */
  private supervisionBags: Map<string, Law[]> | null = null;

  /** The one 监督管理条例 whose English title, "Supervision" left off, has the words of `written`, else null. */
  private bySupervisionDropped(written: string): Law | null {
    const bag = supervisionDroppedBag(written);
    if (!bag) return null;
    if (!this.supervisionBags) {
      this.englishSide();
      this.supervisionBags = new Map();
      for (const { name, law } of this.englishNames) {
        const b = supervisionDroppedBag(name, law.title);
        if (!b) continue;
        const laws = this.supervisionBags.get(b) ?? [];
        if (!laws.includes(law)) laws.push(law);
        this.supervisionBags.set(b, laws);
      }
    }
    const laws = this.supervisionBags.get(bag);
    return laws && laws.length === 1 ? laws[0] : null;
  }

  /** The laws of the known English titles, by the bag `bagOf` makes of each title. */
  private lawsByBag(bagOf: (title: string) => string | null): Map<string, Law[]> {
    this.englishSide();
    const byBag = new Map<string, Law[]>();
    for (const { name, law } of this.englishNames) {
      const b = bagOf(name);
      if (!b) continue;
      const laws = byBag.get(b);
      if (!laws) byBag.set(b, [law]);
      else if (!laws.includes(law)) laws.push(law);
    }
    return byBag;
  }

  /** The laws whose known English names hold the words of a law's name shortened in front (englishNameTail), else null. */
  private byEnglishTail(written: string): Law[] | null {
    const words = englishNameTail(written);
    if (!words) return null;
    this.englishSide();
    const laws: Law[] = [];
    for (const { name, law } of this.englishNames) {
      if (laws.includes(law) || !/法$/.test(law.title) || !/^Law\b|\bLaw$/.test(name.replace(/ of the (?:People's Republic of China|PRC)$/, ''))) continue;
      const bag = new Set(name.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).map(sameChineseWord));
      // 反 ("Anti-", "Counter-", "Against") is never left off: without it the name says the opposite (the Unfair
      // Competition Law is no name of the Anti-Unfair Competition Law's by this rule).
      if (words.every((w) => bag.has(w)) && !bag.has('anti') && !bag.has('counter')) laws.push(law);
    }
    return laws.length ? laws : null;
  }

  /** The one law a name one word short of its known English name stands for (englishOneWordShort.ts), else null. */
  private byOneWordShort(written: string): Law | null {
    this.englishSide();
    return oneWordShortLaw(written, this.englishNames.filter(({ law }) => /法$/.test(law.title) && !/办法$/.test(law.title)));
  }

  /** The one law whose known English title has the kind and key terms of a short name (englishKeyTerms.ts), else null. */
  private byEnglishKeyTerms(written: string): Law | null {
    const key = keyTerms(written);
    if (!key) return null;
    this.englishSide();
    const found: { law: Law; series: number; exact: boolean }[] = [];
    for (const { name, law } of this.englishNames) {
      const series = keyTermsSeries(name, key);
      if (series !== null) found.push({ law, series, exact: keyTermsExact(name, key) });
    }
    const law = keyTermsLaw(found, key.series);
    // With no number, not the first of a series whose second the corpus holds under a title the tables do not give.
    const second = law && key.series === 0 && /[（(]一[)）]$/.test(law.title) ? law.title.replace(/[（(]一[)）]$/, '（二）') : null;
    return second && this.named(second).laws.length ? null : law;
  }

  /** A translation stands for its original when the corpus has it. */
  original(law: Law): Law {
    for (const v of law.versions) {
      if (v.translationOf) {
        const o = this.corpus.laws.get(v.translationOf);
        if (o) return o;
        for (const l of this.corpus.laws.values()) if (titleKey(l.title) === titleKey(v.translationOf)) return l;
      }
    }
    return law;
  }

  /**
   * The data files' aliases of one language whose law is loaded (its title, exactly or normalised). An alias never
   * overrides what the corpus itself names (a title or short title); long English forms are also found in running
   * text. The Chinese ones are added at once (bare short names), the English ones with the English side.
   */
  private addAliases(lang: 'zh' | 'en'): void {
    const target = this.aliasTarget;
    const english = lang === 'en' ? new Set(this.english!.titles) : null;
    for (const a of titleAliases()) {
      if (a.lang !== lang) continue;
      let law = target.get(a.title);
      if (law === undefined) {
        const found = this.corpus.findLaws(a.title).filter((m) => m.via !== 'short');
        law = found.length === 1 ? this.original(found[0].law) : null;
        target.set(a.title, law);
      }
      if (!law) continue;
      const key = titleKey(a.alias);
      if (this.corpus.findLaws(a.alias).length) continue;
      const laws = this.aliases.get(key);
      if (!laws) this.aliases.set(key, [law]);
      else if (!laws.includes(law)) laws.push(law);
      if (a.lang === 'zh') {
        // Each written form of a key its one law holds (公司法解释（二）, 公司法解释(二), 公司法解释二) is found by its ending.
        if (this.aliases.get(key)!.length === 1) this.insert(a.alias.replace(/\s+/g, ''), true);
        const texts = this.aliasTexts.get(law);
        if (texts) texts.push(a.alias);
        else this.aliasTexts.set(law, [a.alias]);
      } else {
        if (a.findable && !english!.has(a.alias)) this.english!.titles.push(a.alias), english!.add(a.alias);
        this.englishNames.push({ name: a.alias, law });
        if (a.acronym) this.english!.acronyms.push(a.alias);
        else this.english!.cited.push(a.alias);
      }
    }
  }

  private insert(title: string, short = false): void {
    this.endings.add(title, short);
  }

  /**
   * Start of the longest known title that ends at `end`, or -1. With `shortNames`, also short names and
   * abbreviations (公司法, 民法典, 民诉法解释) where a word boundary is before them (used before an article).
   */
  matchEnding(text: string, end: number, shortNames = false): number {
    return this.endings.matchEnding(text, end, shortNames, (i) => shortNameMayStart(text, i));
  }

  /** Whether a known title or short name ends at `end`, whatever stands before it (单位犯刑法: 刑法). */
  knownNameEnds(text: string, end: number): boolean {
    return this.endings.matchEnding(text, end, true, () => true) !== -1;
  }

  /**
   * Rule (issue 14, zh14; judgments, complaint decisions and law-firm articles: 《破产法》第二十八条 for the 企业破产法,
   * 《采购法》第二十二条 for the 政府采购法): a law's name shortened in 《》 to its subject word and 法 (three characters)
   * names the one law whose title ends so, when that subject word is in no other 法's title — never when several titles
   * end so (《诉讼法》, 《银行法》) or another holds the word (《交通法》 is no 国防交通法: 道路交通安全法 has 交通 too), nor
   * when the name as written is a law of its own the corpus records as repealed (《合同法》, not the 劳动合同法 ending with
   * it). Only in 《》 (analyze.ts titleContext): written bare, such a name is no title (合同法第十条 stays unknown).
   */
  subjectWordLaw(written: string): Law | null {
    const key = titleKey(written);
    if (key.length !== 3 || !/[^办]法$/.test(key) || this.corpus.repeals().find(written)) return null;
    const subject = key.slice(0, 2);
    const holding: Law[] = [];
    for (const { key: k, law } of this.allKeys) if (/[^办]法$/.test(k) && k.includes(subject) && !holding.includes(law)) holding.push(law);
    const [law] = holding;
    return holding.length === 1 && this.allKeys.some((e) => e.law === law && e.key.length > 3 && e.key.endsWith(key)) ? law : null;
  }

  // Not interpretationNickname.ts's rule, nor read by it: a name fitting several, picked by the page's printed words.
  /**
   * The court interpretations an informal name without a number fits (《最高人民法院建设工程施工合同司法解释》: the
   * 2004 解释, 解释（一）, 解释（二）) — the issuer written or not, the kind of case between 审理 and (纠纷)案件 of their
   * titles, 司法解释 or their kind word, any number — for the page's printed words to pick one (printedFamilyArticle.ts).
   */
  interpretationFamily(written: string): Law[] {
    const m = /^(?:最高人民法院|最高法院|最高院|最高法)?([\u4e00-\u9fff]{2,14}?)(?:司法)?(解释|规定)$/.exec(titleKey(written));
    if (!m || /^关于|的$/.test(m[1])) return [];
    const words = m[1].replace(CASE_CLOSE_END, '');
    const end = new RegExp(`${m[2]}(?:${SERIES_IN_BRACKETS})?$`);
    const out: Law[] = [];
    for (const law of this.corpus.laws.values()) {
      const t = law.title;
      if (!t.startsWith('最高人民法院') || !end.test(t) || !(t.includes(`审理${words}案件`) || t.includes(`审理${words}纠纷案件`))) continue;
      const o = this.original(law);
      if (!out.includes(o)) out.push(o);
    }
    return out;
  }

  /** What a written title (without outer brackets) names. Cached. */
  lookup(written: string): TitleMatch {
    const cached = this.cache.get(written);
    if (cached) return cached;
    let m = this.compute(written);
    // "the Gener-al Provisions of the Contract Law in the Civil Code": an English title a PDF's line-end hyphen broke
    // inside a word (englishHyphenated.ts) names what it names whole, when only the whole title is known.
    if (!m.laws.length && /[a-z]-[a-z]/.test(written) && !/[\u3400-\u9fff]/.test(written)) {
      const whole = this.compute(written.replace(/(?<=[a-z])-(?=[a-z])/g, ''));
      if (whole.laws.length) m = whole;
    }
    // Rule (issue 14, heldout33-english; a firm's note on inventions for hire: "Article 13 of the Implement
    // Regulations of Patent Law"): writers in a second language drop the participle's ending — "Implement
    // Regulations/Rules of …" is the "Implementing Regulations/Rules of …" they mean, when only that title is known.
    if (!m.laws.length && /\bImplement[ \t]+(?:Regulations?|Rules)\b/i.test(written) && !/[\u3400-\u9fff]/.test(written)) {
      const full = this.compute(written.replace(/\b(Implement)(?=[ \t]+(?:Regulations?|Rules)\b)/gi, '$1ing'));
      if (full.laws.length) m = full;
    }
    if (this.cache.size > 10000) this.cache.clear();
    this.cache.set(written, m);
    return m;
  }

  /** The corpus's answer for one form of a title, translations standing for their originals. */
  private named(title: string): { laws: Law[]; how: TitleMatch['how'] } {
    const found = this.corpus.findLaws(title);
    const laws: Law[] = [];
    for (const m of found) {
      const law = this.original(m.law);
      if (!laws.includes(law)) laws.push(law);
    }
    return { laws, how: found.some((m) => m.via === 'short') ? 'variant' : 'exact' };
  }

  private compute(written: string): TitleMatch {
    let key = titleKey(written);
    const unversioned = key.replace(VERSION_SUFFIX, '');
    const candidates = [written, unversioned];
    const noPrefix = withoutRegionPrefix(unversioned);
    if (noPrefix) candidates.push(noPrefix);
    const joint = jointIssuersVariant(unversioned);
    if (joint) candidates.push(joint);
    // A place written in the title must be the law's place (《黑龙江省…条例》 is never Inner Mongolia's …条例).
    const place = noPrefix ? unversioned.slice(0, unversioned.length - noPrefix.length) : '';
    // Rule (notices, 禁火令, replies): writers put 中华人民共和国 before a State Council regulation's title, which has
    // none (《中华人民共和国森林防火条例》第二十八条 for 《森林防火条例》第二十八条): the nation is the place of every title
    // naming no place of its own, so such a title is the one meant. A province's title still never is.
    const inPlace = (law: Law) => !place || titleKey(law.title).startsWith(place) || (place === '中华人民共和国' && withoutRegionPrefix(titleKey(law.title)) === null);
    for (const c of candidates) {
      const m = this.named(c);
      const laws = m.laws.filter(inPlace);
      if (laws.length) return { laws, how: m.how, suggestions: [] };
    }
    // Rule (pages whose filter masked a character of a title: 《中華人民***和國刑法》 for 中华人民共和国刑法): asterisks inside
    // a title stand for one or two characters; the one title they leave is the one meant (maskedTitle.ts).
    if (/\*/.test(unversioned)) {
      const laws = maskedTitleLaws(unversioned, this.allKeys);
      if (laws.length === 1) return { laws, how: 'variant', suggestions: [] };
    }
    // A space between ideographs a word filter left where it dropped a word (审理道路 损害赔偿案件…): the titles the rest
    // spells out (maskedTitle.ts) — one is the title meant, several an ambiguity.
    const dropped = droppedWordTitleLaws(written.replace(VERSION_SUFFIX, ''), this.allKeys);
    if (dropped.length) return { laws: dropped, how: 'variant', suggestions: [] };
    // Rule (Hong Kong and Taiwan pages, comparative papers: 《中國刑法》第七條, 《中国民法典》): the country named before a
    // national law's short title is its 中华人民共和国 — the law of that name the nation has, never a place's.
    const country = /^中[国國](?!人民|共产党)(.{2,})$/.exec(unversioned);
    if (country && !withoutRegionPrefix(country[1])) {
      const m = this.named(country[1]);
      const laws = m.laws.filter((l) => withoutRegionPrefix(titleKey(l.title)) === null || titleKey(l.title).startsWith('中华人民共和国'));
      if (laws.length === 1) return { laws, how: 'variant', suggestions: [] };
    }
    // The amendments of a law named without their year (宪法修正案): every member; the article cited picks one (amendmentSeries.ts).
    const members = seriesMembers(this.corpus.laws.values(), unversioned);
    if (members.length) return { laws: members, how: 'variant', suggestions: [] };
    // A title's closing ordinal written without its brackets (…若干问题的规定三, …的解释二): the title with them.
    const ordinal = unversioned.replace(ORDINAL_END, (_, kind: string, n: string) => `${kind}(${seriesNumber(n)})`);
    if (ordinal !== unversioned) {
      const m = this.lookup(ordinal);
      if (m.laws.length) return m;
    }
    key = unversioned;
    this.englishSide(); // its aliases are in `aliases` too
    const aliased = this.aliases.get(key);
    if (aliased) return { laws: aliased, how: 'alias', suggestions: [] };
    // An English title composed on a law's title: "Implementing Regulations of the …", "SPC Interpretation on …".
    const composed = /[\u4e00-\u9fff]/.test(written) ? null : composedTitle(written);
    if (composed) {
      const inner = this.lookup(composed.law);
      // A law the corpus no longer holds (the Marriage Law) by the title table: its interpretations are still in it.
      const innerTitles = inner.laws.length === 1 ? [inner.laws[0].title] : inner.laws.length === 0 ? tableChineseTitles(composed.law) : [];
      for (const it of innerTitles) {
        for (const t of composed.titles(it)) {
          const m = this.named(t);
          if (m.laws.length) return { laws: m.laws, how: 'alias', suggestions: [] };
        }
      }
    }
    // An English title of a court interpretation named by its kind of case: the same key (englishCaseKind.ts).
    const caseKey = /[\u4e00-\u9fff]/.test(written) ? null : englishCaseKindKey(written);
    // Rule (issue 14, English memos: "Article 26 of Judicial Interpretation of Private Lending"): the court's 规定 are
    // judicial interpretations too, and English calls them so: a kind of case whose court document is a 规定 only (no
    // number written, no 解释 of that kind), that 规定.
    // Rule (issue 14, heldout21-court; lawyers' pages: 民间借贷司法解释第二十六条): 司法解释 written in Chinese names the
    // category too — the court's 规定 of that kind of case when it has no 解释 (as the English rule below).
    // Rule (fix-zh90; 《民间借贷解释》): 解释 alone names the category as 司法解释 does — a 规定 when no 解释 of that kind is.
    const byCase = this.caseKindInterpretation(caseKey ?? key) ?? (caseKey && /解释$/.test(caseKey) ? this.caseKindInterpretation(caseKey.replace(/解释$/, '规定')) : null)
      ?? (!caseKey && /解释$/.test(key) ? this.caseKindInterpretation(key.replace(/解释$/, '规定')) : null)
      ?? (caseKey ? null : this.appliedPart(key)) ?? (caseKey ? null : this.issuerPrefixed(written, key));
    if (byCase) return { laws: [byCase], how: 'alias', suggestions: [] };
    // An English title with a known one's words in another order or form (englishTitleBag.ts): that law, when only one.
    const byWords = /[\u4e00-\u9fff]/.test(written) ? null : this.byEnglishWords(written);
    if (byWords) return { laws: [byWords], how: 'alias', suggestions: [] };
    // A short English name of a court interpretation or a rule by its kind and key terms (englishKeyTerms.ts).
    const byTerms = /[\u4e00-\u9fff]/.test(written) ? null : this.byEnglishKeyTerms(written);
    if (byTerms) return { laws: [byTerms], how: 'alias', suggestions: [] };
    // A court interpretation's English title by its words, rendered into the Chinese titles (englishCourtTitleWords.ts).
    const byCourtWords = /[\u4e00-\u9fff]/.test(written) ? null : courtTitleByWords(written, this.corpus.laws.values(), (l) => this.original(l));
    if (byCourtWords) return { laws: [byCourtWords], how: 'alias', suggestions: [] };
    // A regulation's or a ministry's rule's English title by its words, the same way (englishRegulationWords.ts).
    const byRegulationWords = /[\u4e00-\u9fff]/.test(written) ? null : regulationTitleByWords(written, this.corpus.laws.values(), (l) => this.original(l));
    if (byRegulationWords) return { laws: [byRegulationWords], how: 'alias', suggestions: [] };
    // A law's English short name with its first words left off ("the Mediation and Arbitration Law"): every law whose
    // name has those words (englishTitleBag.ts englishNameTail) — one, or an ambiguity, as 《调解仲裁法》 is.
    const tail = /[\u4e00-\u9fff]/.test(written) ? null : this.byEnglishTail(written);
    if (tail) return { laws: tail, how: 'suffix', suggestions: [] };
    // A law's English name one word short ("the Fire Law"): the one law whose known name has one word more (englishOneWordShort.ts).
    const short = /[\u4e00-\u9fff]/.test(written) ? null : this.byOneWordShort(written);
    if (short) return { laws: [short], how: 'alias', suggestions: [] };
    // Suffix: the issuer or region left off (《关于办理…的解释》), or a generic short title (《促进条例》). Not another
    // title's end when the corpus records the title as written as a repealed regulation of its own (rule, issue 14,
    // heldout12 gov): 《公路管理条例》 is that repealed regulation, which the corpus lacks, not 收费公路管理条例 ending with it
    // (the law that replaced it under the same name, as a court interpretation replaced by a new one, still is).
    if (key.length >= 4 && (LAW_TITLE_END.test(key) || /^关于/.test(key))) {
      const laws: Law[] = [];
      for (const { key: k, law } of this.allKeys) if (k.length > key.length && k.endsWith(key) && !laws.includes(law)) laws.push(law);
      const repealed = laws.length ? this.corpus.repeals().find(written) : undefined;
      const successor = repealed ? this.corpus.findLaw(repealed.by) : undefined;
      const another = repealed && !(successor && laws.includes(successor));
      if (laws.length && !another) return { laws, how: 'suffix', suggestions: [] };
    }
    // 《调解规定》, 《查封扣押冻结规定》: a court text named by its subject core (subjectCoreName.ts).
    const core = subjectCoreText(key, this.corpus);
    if (core) return { laws: [this.original(core)], how: 'alias', suggestions: [] };
    // 《医疗器械条例》, 《征管法实施细则》: a regulation without its 管理, a law's rules by its short name (regulationShortName.ts).
    const managed = managedRegulation(key, this.corpus.laws.values(), this.corpus) ?? this.rulesOfLawNamed(key);
    if (managed) return { laws: [this.original(managed)], how: 'alias', suggestions: [] };
    // Near miss: one or two characters off a corpus title or variant.
    const suggestions: string[] = [];
    if (key.length >= 6) {
      const max = key.length >= 10 ? 2 : 1;
      let bestD = max + 1;
      for (const { key: k, law } of this.allKeys) {
        const d = editDistance(key, k, max);
        if (d === 0 || d > max || !inPlace(law) || otherSeriesMember(key, k) || otherWord(key, k)) continue;
        if (d < bestD) {
          bestD = d;
          suggestions.length = 0;
        }
        if (d === bestD && inPlace(law) && !suggestions.includes(law.title)) suggestions.push(law.title);
      }
    }
    return { laws: [], how: 'none', suggestions };
  }

  /**
   * Rule (Q&A pages, law-firm articles, judgments): a 司法解释 is named by the kind of case it is about —
   * 《人身损害赔偿解释》, 《民间借贷规定》, 《劳动争议解释（一）》 — the words between 审理 and (纠纷)案件 of its title, then
   * the word its title ends with (解释, 规定) and its number. The one corpus title written 审理X案件 or 审理X纠纷案件
   * that ends so; none or several: null.
   */
  private caseKindInterpretation(key: string): Law | null {
    const m = CASE_KIND_NAME.exec(key);
    if (!m || /^关于|的$/.test(m[1])) return null;
    const end = m[2] + (m[3] ? `（${seriesNumber(m[3])}）` : '');
    // Rule (issue 14, qa12; Q&A pages, lawyers' answers): a criminal interpretation is named by its crime —
    // 《交通肇事罪司法解释》, 盗窃罪解释, 盗窃解释 — the words between 审理 or 办理 and 刑事案件 of its title (罪 after them).
    const crime = m[1].replace(/罪$/, '');
    // Rule (issue 14, heldout21-court; 释义 pages: 交通事故损害赔偿案件司法解释第一条的理解): the kind of case may be written
    // with its 案件 (纠纷案件), and with the first words of the title's kind left off (道路 of 审理道路交通事故损害赔偿案件) —
    // read so only when no title has the words exactly, and still only when one title fits.
    const words = m[1].replace(CASE_CLOSE_END, '');
    const found: Law[] = [];
    const loose: Law[] = [];
    for (const law of this.corpus.laws.values()) {
      const t = law.title;
      if (!t.endsWith(end)) continue;
      // Rule (issue 14, real-court30; execution and procedure provisions: 《财产保全规定》, 《执行异议和复议规定》 for
      // 最高人民法院关于人民法院办理…案件若干问题的规定): a court handles (办理) a kind of case as it tries (审理) one, so
      // 办理X案件 names the kind as 审理X案件 does.
      const handled = t.includes(`办理${words}案件`);
      const named = t.includes(`审理${crime}刑事案件`) || t.includes(`办理${crime}刑事案件`) || t.includes(`审理${words}案件`) || t.includes(`审理${words}纠纷案件`) || handled;
      const l = this.original(law);
      if (named || joinedKindNamed(t, words) === 'exact') {
        if (!found.includes(l)) found.push(l);
        continue;
      }
      if (joinedKindNamed(t, words) === 'part' || kindTailDropped(t, words)) {
        if (!loose.includes(l)) loose.push(l);
        continue;
      }
      const at = words.length >= 4 ? t.indexOf(`${words}案件`) : -1;
      const at2 = at === -1 && words.length >= 4 ? t.indexOf(`${words}纠纷案件`) : -1;
      const w = at !== -1 ? at : at2;
      if (w !== -1 && /审理[\u4e00-\u9fff]{1,4}$/.test(t.slice(0, w)) && !loose.includes(l)) loose.push(l);
    }
    if (found.length) return found.length === 1 ? found[0] : null;
    if (loose.length) return loose.length === 1 ? loose[0] : null;
    // 精神损害赔偿解释: words of a subject that is no kind of case (generalSubjectName.ts) — not the part of a law another
    // interpretation reads by its title (《执行程序解释》: 适用《民事诉讼法》执行程序…的解释, appliedLawPartName.ts; fix-zh100).
    const general = end === '解释' && !this.appliedPart(key) ? generalSubjectInterpretation(words, this.corpus.laws.values()) : null;
    return this.subjectInterpretation(words, end) ?? (general ? this.original(general) : null);
  }

  /** A court interpretation's short name after the court's name (issuerPrefixedName.ts): what the name alone names. */
  private issuerPrefixed(written: string, key: string): Law | null {
    const rest = issuerlessShortName(key);
    if (!rest || this.interpretationFamily(written).length > 1) return null;
    const m = this.compute(rest);
    return m.laws.length === 1 && m.laws[0].title.startsWith('最高人民法院') ? m.laws[0] : null;
  }

  /** The implementing rules the name `key` (税收征管法实施细则) names by its law's short name (regulationShortName.ts). */
  private rulesOfLawNamed(key: string): Law | null {
    const w = lawAndRulesWord(key);
    const named = w ? this.lookup(w.law).laws : [];
    const short = w && !named.length ? this.abbreviationOf(w.law) : null; // 税收征管法 abbreviating 税收征收管理法
    const law = short ? [short] : named;
    if (!w || law.length !== 1 || !everyTextIs(law[0], 'law')) return null;
    for (const t of rulesTitles(law[0].title, w.rules)) if (this.named(t).laws.length === 1) return this.named(t).laws[0];
    return null;
  }

  /** The interpretation of a part of a law named by the part (appliedLawPartName.ts), its translations standing for it. */
  private appliedPart(key: string): Law | null {
    const law = appliedLawPartInterpretation(key, this.corpus.laws.values());
    return law ? this.original(law) : null;
  }

  /**
   * Rule (issue 14, heldout23-court; judges' and lawyers' articles: 《自首立功司法解释》第一条第（一）项 for 最高人民法院关于处理
   * 自首和立功具体应用法律若干问题的解释): an interpretation not about a kind of case is named by its subject — the words of
   * its title after 关于审理 / 办理 / 处理 up to 具体应用 / 适用法律 / 若干 — written without the 和 / 与 / 及 / 、 joining
   * them, then 司法解释 or the word the title ends with. The one corpus title whose subject so reads; none or several: null.
   */
  private subjectInterpretation(words: string, end: string): Law | null {
    const bare = words.replace(/[和与及、]/g, '');
    if (bare.length < 4) return null;
    let one: Law | null = null;
    for (const law of this.corpus.laws.values()) {
      const t = law.title;
      if (!t.endsWith(end)) continue;
      const m = SUBJECT_IN_TITLE.exec(t);
      if (!m || m[1].replace(/[和与及、]/g, '') !== bare) continue;
      const l = this.original(law);
      if (one && one !== l) return null;
      one = l;
    }
    return one;
  }

  /** Titles and short titles of the laws (latest version), in corpus order, for search. */
  private searchable: { law: Law; title: string; shortTitles: readonly string[] }[] | null = null;
  /** character → indexes into `searchable` of the titles containing it, to pick candidates before fuzzy matching. */
  private byChar: Map<string, number[]> | null = null;

  private searchList(): { law: Law; title: string; shortTitles: readonly string[] }[] {
    if (!this.searchable) {
      this.searchable = [];
      this.byChar = new Map();
      for (const law of this.corpus.laws.values()) {
        const shortTitles = [...(this.corpus.version(law, null).shortTitles ?? []), ...(this.aliasTexts.get(law) ?? [])];
        const i = this.searchable.push({ law, title: law.title, shortTitles }) - 1;
        for (const ch of new Set([...law.title, ...shortTitles.join('')])) {
          const list = this.byChar.get(ch);
          if (list) list.push(i);
          else this.byChar.set(ch, [i]);
        }
      }
    }
    return this.searchable;
  }

  /**
   * Title search (completion after 《): titles containing the words first, then titles holding the characters in
   * order (生态屏障 → …生态安全屏障…, tightest first), then typo-tolerant matches (民法点 → 民法典, fuse.js on the
   * titles sharing most of the query's characters, so it stays fast on thousands). Empty query → all titles.
   */
  search(query: string, limit: number): Law[] {
    const list = this.searchList();
    const q = query.replace(/\s+/g, '');
    if (!q) return list.slice(0, limit).map((e) => e.law);
    const out: Law[] = [];
    const seen = new Set<Law>();
    const add = (law: Law) => {
      if (out.length < limit && !seen.has(law)) {
        seen.add(law);
        out.push(law);
      }
    };
    for (const e of list) {
      if (e.title.includes(q) || e.shortTitles.some((s) => s.includes(q))) add(e.law);
      if (out.length >= limit) return out;
    }
    const spread: { e: (typeof list)[number]; span: number }[] = [];
    for (const e of list) {
      if (seen.has(e.law)) continue;
      const span = subsequenceSpan(e.title, q);
      if (span >= 0) spread.push({ e, span });
    }
    spread.sort((a, b) => a.span - b.span || a.e.title.length - b.e.title.length);
    for (const s of spread) add(s.e.law);
    if (out.length >= limit || out.length >= 20) return out;
    const chars = [...new Set(q)];
    const counts = new Map<number, number>();
    for (const ch of chars) for (const i of this.byChar!.get(ch) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(chars.length * 0.5));
    const candidates = [...counts.entries()]
      .filter(([, n]) => n >= need)
      .sort((a, b) => b[1] - a[1] || list[a[0]].title.length - list[b[0]].title.length)
      .slice(0, FUZZY_CANDIDATES)
      .map(([i]) => list[i]);
    if (candidates.length) {
      const fuse = new Fuse(candidates, {
        keys: [
          { name: 'title', weight: 1 },
          { name: 'shortTitles', weight: 0.6 },
        ],
        ignoreLocation: true,
        threshold: 0.4,
      });
      for (const r of fuse.search(q, { limit })) add(r.item.law);
    }
    return out;
  }

  /** Each Chinese law's name (its title without 中华人民共和国), for abbreviations: made when first needed. */
  private lawNames: { name: string; law: Law }[] | null = null;
  private readonly abbreviated = new Map<string, Law | null>();

  /**
   * Rule (what writers do): a law is shortened to characters of its title in order, the first first (地方组织法 of
   * 地方各级人民代表大会和地方各级人民政府组织法, 民诉法 of 民事诉讼法), or — for the laws of the people's congresses —
   * to the words after the organs its title opens with (代表法, 选举法 of 全国人民代表大会和地方各级人民代表大会代表法 /
   * 选举法, 监督法 of 各级人民代表大会常务委员会监督法). A name ending in 法 (not 办法) that the corpus does not know
   * names the one law of the corpus it shortens so; none or several (诉讼法 of three), or one while the name ends
   * another law's (银行法: 商业银行法): no law. Other words that end a title are not its name: 合同法 is not 劳动合同法,
   * 交通法 not 国防交通法.
   */
  abbreviationOf(written: string): Law | null {
    const q = written.replace(/\s+/g, '').replace(/^中华人民共和国/, '');
    if (q.length < 3 || !/(?<!办)法$/.test(q)) return null;
    const hit = this.abbreviated.get(q);
    if (hit !== undefined) return hit;
    let found: Law | null = null;
    let several = false;
    for (const { name, law } of this.namesOfLaws()) {
      if (name === q || !(name.replace(ORGANS, '') === q || abbreviates(q, name))) continue;
      if (found && found !== law) {
        several = true;
        break;
      }
      found = law;
    }
    // A name that ends another law's name is that law's short name as much (银行法 of 商业银行法 — and 银行业监督管理法
    // shortened): unsure, no law.
    const ending = !several && found !== null && this.namesOfLaws().some((n) => n.law !== found && n.name.length > q.length && n.name.endsWith(q));
    const law = several || ending ? null : found;
    if (this.abbreviated.size > 5000) this.abbreviated.clear();
    this.abbreviated.set(q, law);
    return law;
  }

  /** The corpus's names of laws ending in 法 (without 中华人民共和国), for abbreviations. */
  private namesOfLaws(): { name: string; law: Law }[] {
    if (!this.lawNames) {
      this.lawNames = [];
      for (const law of this.corpus.laws.values()) {
        const name = law.title.replace(/\s+/g, '').replace(/^中华人民共和国/, '');
        if (/[\u4e00-\u9fff]/.test(name) && /(?<!办)法$/.test(name)) this.lawNames.push({ name, law: this.original(law) });
      }
    }
    return this.lawNames;
  }

  /** Whether a name ends the name of a law of the corpus other than itself (调解仲裁法; unknownLawName.ts). */
  endsLawNames(written: string): boolean {
    const q = written.replace(/\s+/g, '').replace(/^中华人民共和国/, '');
    return q.length >= 4 && this.namesOfLaws().some((n) => n.name.length > q.length && n.name.endsWith(q));
  }

  private readonly caseKindNames = new Map<string, boolean>();

  /** Whether a name ending in 司法解释 names one court interpretation by its kind of case (scanner, caseKindName.ts). */
  caseKindNamed(written: string): boolean {
    let named = this.caseKindNames.get(written);
    if (named === undefined) {
      // 劳动争议司法解释一 / 之一 / (1): a series number written any way reads as in brackets (fix-zh100), as in 《》 (ORDINAL_END).
      const key = titleKey(written).replace(ORDINAL_END, (_, kind: string, n: string) => `${kind}(${seriesNumber(n)})`);
      named = !!(this.caseKindInterpretation(key) ?? this.caseKindInterpretation(key.replace(/解释$/, '规定')) ?? this.appliedPart(key) ?? this.issuerPrefixed(written, key) ?? subjectCoreText(key, this.corpus));
      this.caseKindNames.set(written, named);
    }
    return named;
  }

  /** Whether a name shortens exactly one law of the corpus (scanner, proseLawName.ts). */
  shortensLaw(written: string): boolean {
    return this.abbreviationOf(written) !== null;
  }

  /** Laws having an article, for no-context candidates. */
  lawsWithArticle(article: number, insert: number | null, date: string | null, limit = 50): Law[] {
    const key = `${article}-${insert}-${date}-${limit}`;
    const hit = this.withArticle.get(key);
    if (hit) return hit;
    const out: Law[] = [];
    if (this.withArticle.size > 5000) this.withArticle.clear();
    this.withArticle.set(key, out);
    for (const law of this.corpus.laws.values()) {
      if (this.original(law) !== law) continue;
      const reg = this.corpus.version(law, date);
      if (this.corpus.article(reg, article, insert)) out.push(law);
      if (out.length >= limit) break;
    }
    return out;
  }
}

const indexes = new WeakMap<CorpusLike, { laws: Law[]; generation: number | undefined; index: TitleIndex }>();

/**
 * The title index of a corpus, built once per corpus and rebuilt when its set of laws changes (a corpus that
 * re-loads files replaces Law objects).
 */
export function titleIndexOf(corpus: CorpusLike): TitleIndex {
  const cached = indexes.get(corpus);
  if (cached && corpus.generation !== undefined && cached.generation === corpus.generation) return cached.index;
  if (cached && corpus.generation === undefined && cached.laws.length === corpus.laws.size) {
    let same = true;
    let i = 0;
    for (const law of corpus.laws.values()) {
      if (cached.laws[i++] !== law) {
        same = false;
        break;
      }
    }
    if (same) return cached.index;
  }
  const index = new TitleIndex(corpus);
  indexes.set(corpus, { laws: [...corpus.laws.values()], generation: corpus.generation, index });
  return index;
}
