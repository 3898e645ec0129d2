// Scanner: text → syntactic citation chains (no corpus lookups beyond "is this a known bare title").
// Offsets are UTF-16 code units into the text; the analyzer turns them into LSP ranges.
import { twoLawsBefore } from '../titles/twoLaws';
import { eachListedHost } from '../layout/eachListed';
import { readAsPreceding } from './upperParagraph';
import { countBack } from './countBack';
import { yearGluedBefore } from './yearGluedTitle';
import { ofLawArticle } from './ofLawArticle';
import { amendingListDecision, entryAloneInCell, entryListTitle, entryNameAfter } from '../titles/listEntryItem';
import { bareChineseArticleCited, CHINESE_ARTICLE_DIGITS, citedBeforeName, shortLawNameBefore } from './bareNameLooseArticle';
import { interpretationAround, interpretationTitleEndingAt } from '../titles/bareInterpretation';
import { bodyOwnRuleAt } from '../titles/bodyOwnRules';
import { contractClauseAt, contractTitle } from '../titles/contractClause';
import { chapterFirstArticleAt } from '../layout/chapterArticle';
import { draftBefore } from '../titles/draftArticle';
import { draftSourceBefore } from '../titles/draftSource';
import { inForceWordBefore } from '../titles/lawInForceWord';
import { orderNumberBefore } from '../titles/orderNumber';
import { earlyShortNameEndingAt, earlyShortNames } from '../titles/laterShortName';
import { macauActBefore } from '../titles/macauActNumber';
import { nextArticleReproducedAt } from '../quotation/entryParagraphs';
import { kindNounBefore } from '../titles/kindNoun';
import { pastStandardCode, RULES_TITLE, standardTitleAt } from '../layout/standardClauses';
import { dottedRuleClausesAt } from './dottedRuleClauses';
import { printedParagraphAt } from '../layout/printedParagraph';
import { taiwanPage } from '../jurisdiction/rocPage';
import { looseRepeatAt, looseRepeatCandidate } from './looseRepeat';
import { titleArticleRepeated } from './titleArticleRepeated';
import { articleAfterChapter } from './chapterLooseArticle';
import { documentNameBefore } from '../titles/documentName';
import { headingInRun } from '../layout/headingRun';
import { paragraphOfArticleCited } from '../layout/paragraphAlone';
import { paragraphAfterTitleNamed } from '../layout/paragraphAfterTitle';
import { clauseParagraph, thatUnitRefersBack, type ThatUnit } from '../layout/thatArticle';
import { restatedAroundOwnReference } from '../layout/restatedOwnReference';
import { itemsRetoldAt } from '../layout/retoldItems';
import { restatedArticleBefore } from '../layout/thatArticleRestated';
import { citationsOfParagraphBefore, citationsOfWordsBefore } from '../quotation/pastedParagraph';
import { versionWordDefinedName } from '../titles/versionWord';
import { quotedParagraphAfter } from '../quotation/quotedParagraphAlone';
import { withoutDatabaseFields } from '../layout/databaseFields';
import { pastedArticlesGoOn, paragraphListHeading } from '../layout/lawExcerpt';
import { LostLawNames } from '../titles/lostLawName';
import { SHORT_FORM_BRACKET, SHORT_NAME_OPEN, shortFormAt } from '../titles/shortFormBracket';
import { doubledTitle } from '../titles/doubledTitle';
import { ARTICLE_NUMERAL, atLineStart, CITING_VERBS, CoveredSpans, LAW_TITLE_END, lineEndAt, nonSpaceFrom, sentenceStart, wordAt } from '../text';
import { markHeadedText } from '../english/headings/headedText';
import { knownEnglishName, parseEnglish } from '../english/english';
import { englishDefinitions } from '../english/englishDefinitions';
import { englishHeadingAt, statuteTextEnd } from '../english/headings/englishStatuteText';
import { englishTitleAt } from '../english/names/englishTitleAt';
import { thisArticleAfterQuotedArticle } from '../english/context/quotedThenThisArticle';
import { THIS_CLAUSE, contractClauseAfter, headedProvision, predecessorCited, readerSentence } from '../english/context/headedProvision';
import { openingProvision } from '../english/context/openingProvision';
import { writerPieceBefore } from '../english/context/writerPieceBefore';
import { SAID_ANAPHOR, saidReachesBack } from '../english/context/saidArticle';
import { ARTICLE_ANAPHOR, CLAUSE_ANAPHOR, keptBySentences, keptInCommentary, pageArticleAt, sentenceEndsBetween } from '../english/context/englishThisArticle';
import { itsParagraphNumber } from '../english/context/englishItsParagraph';
import { runInHeadingAt } from '../english/headings/englishRunIn';
import { headingLabelNumber } from '../english/headings/spelledHeading';
import { pastedArticleLabelAt } from '../english/headings/pastedArticles';
import { articleNavigationEnd } from '../english/headings/englishNavigation';
import { seriesCounterEnd } from '../english/headings/seriesCounter';
import { wikiTitleLabelEnd } from '../english/headings/englishWikiTitle';
import { workTitleAt } from '../english/englishWorkTitle';
import { numberedParagraphsAfter } from '../english/lists/numberedParagraphs';
import { basisItemsBelow } from '../english/lists/basisItems';
import { reportedTextEnd } from '../english/headings/reportedStatute';
import { bareReportedRange } from '../english/headings/bareReported';
import { commaReportedFrom } from '../english/headings/commaReported';
import { labelRunsOnFrom } from '../english/headings/labelRunsOn';
import { itemLineAt } from '../english/context/precedingPlaced';
import { abbreviatedHeadingAt } from '../english/headings/abbreviatedHeading';
import { paragraphHeadingAt } from '../english/headings/paragraphHeading';
import { implementingTitleOf } from '../english/context/implementingRulesOf';
import { sectionTitleLabelEnd } from '../english/headings/sectionTitle';
import { mayDefineLowerShort } from '../english/names/lowerUnquotedShort';
import { captionedTextBelow, englishParagraphAt, headingAloneAt, ownParagraphAt, quotedParagraphsBelow, labelledTextAfter, lowerCaseHeadingAt, runOnHeadingInStatute, precedingInStatute, runsOnBelow } from '../english/headings/englishHeadings';
import { capitalLineText, capitalRunText } from '../english/headings/englishCaps';
import { announcedHeadingAt, lastHeadingAloneAt, selfNamedHeadingAt } from '../english/lists/englishSequence';
import { addEnglishShortNames, addEnglishTitlesAlone, distributeEnglishTitles } from '../english/englishPasses';
import { addCountedArticleLists } from '../english/lists/englishCountedList';
import { initialsInText } from '../english/names/englishInitials';
import { lawAfterLabel } from '../english/englishAcronymStyle';
import { lawInBracketAfterArticle } from '../english/names/lawInBracketAfterArticle';
import { addedArticleTextFrom } from '../english/versions/addedArticle';
import { addTheLawMentions } from '../english/context/englishTheLaw';
import { addTheseRegulationsMentions } from '../english/context/englishTheseRegulations';
import { acronymOfOtherSubject } from '../english/names/englishAcronymSubject';
import { blockFrom, TextBreaks, unmarkedQuotationAfter } from '../quotation/unmarkedQuotation';
import { addedAs, numberedByAmendment } from '../quotation/amendedWording';
import { notALawName, placeGluedBefore, unheldLawNameBeforeDigits, unknownNameBefore } from '../titles/unknownLawName';
import { spacedGluedTitleBefore, spacedRocNameBefore } from '../titles/spacedRocName';
import { adoptedNameBefore } from '../titles/adoptedName';
import { basicLawNameBefore } from '../titles/basicLawName';
import { codePartBefore, markCodePart } from './codePart';
import { garbledNationalTitle } from '../titles/garbledTitle';
import { quotedDocumentBefore } from '../titles/quotedDocumentName';
import { closedUnknownTitleBefore } from '../titles/closedUnknownTitle';
import { interpretationNumberAt } from '../titles/interpretationNumber';
import { noteBeforeParagraph } from './notedParagraph';
import { inLawWordsAt, inLawWordsBefore } from './inLawWords';
import { dotBeforeArticle, dottedArticle } from './dottedArticle';
import { proseLawName } from '../titles/proseLawName';
import { readRegionTitles } from '../english/context/englishRegions';
import type { EnglishScope, Head, ScanEvent, ScanOptions, RawTarget, ScannedCitation, TitleHead } from '../scanTypes';
import { headingLineArticle } from './headingLineArticle';
import { articleInsideMarks } from './articleInsideMarks';
import { caseKindNameBefore } from '../titles/caseKindName';
import { ruleNameGluedBefore } from '../titles/ruleNameGlued';
import { implementingRulesAloneBefore } from '../titles/implementingRulesAlone';
import { workTitleOnArticle } from './workTitleOnArticle';
import { paragraphInRun } from './paragraphRun';
import { paragraphItemAfterArticle } from './paragraphItemAfterArticle';
import { paragraphLabelsListEntry } from './listEntryParagraph';
import { paragraphCountedBefore } from './paragraphsCounted';
import { joinItemsAfterQuotedParagraph } from './quotedLeadItem';
import { ANAPHORS, BEFORE_CI, type Chain, MAX_EVENTS, OPEN_CLOSE, SAME_ARTICLE, SAME_LAW_BEFORE, SELF_WORDS, anaphorInMarks, endsWithAt, forgetUnits, isDigitAt, looseArticle, numberAfterBreak, parseChain, parseUnit, quotedParagraphs, readNum } from '../chain/chain';
import { commentaryHeadingTitle } from '../layout/commentaryHeading';
import { spacedArticleText } from '../layout/spacedParagraphs';
import { interpretationAfterTitle } from '../titles/titleInterpretation';
import { amendedUnitsIn } from '../english/versions/englishAmendedUnit';
import { statedParagraphsIn } from '../english/context/englishNextParagraph';
import { itemsAloneIn } from '../english/context/englishItemsAlone';
import { draftSubjectOf, draftOfSentenceBefore, draftItemsAfter, lawNamedInParagraphBefore, draftNewArticleOf } from '../english/context/englishDraftAfter';
import { gluedOwnWords } from '../layout/reproducedUnderCited';
import { historyNoteVersion, orderNoteAt } from '../titles/historyNote';
import { amendingNoteEnd } from '../titles/amendingNote';
import { amendedTakingEffectYear } from '../english/versions/englishAmendedTakingEffect';
import { issuedOnYearBefore } from '../english/versions/englishIssuedOn';
import { titleEnd, afterTitleLinks, wrappedAfterCitedTitle } from './titleLinks';
import { VERSION_IN_TITLE, VERSION_AFTER, VERSION_BEFORE, versionEventOf, bareVersionBefore } from './versionNote';
import { trialNoteBefore, trialTitle } from './trialNote';
import { quotationAfter } from './quotationAfter';
import { AnchorFinder } from './selfAnchor';
import { unmarkedTitle, addBareTitles } from './bareTitles';
import { lawNameBare } from './bareLawProvides';
import { ITEM_CUE, ownedNumber, paragraphDiscussed, AFTER_ARTICLE_WITHOUT_DI, itemCitedAlone } from './citedAlone';
import { articleHeadingAt } from './articleHeading';
import { qianPartOfWord } from './qianWord';
import { itemConductCited } from './itemConduct';
import { itemsGoOn, type ItemsAfter } from './itemsGoOn';
import { precedingItems } from '../layout/precedingItem';
import { nextQuotedProvision } from '../layout/quotedProvisionRun';

/** "… to read:", "… is amended to read:" after a citation of an article: its new wording follows (an amending decision's). */
const AMENDED_TO_READ = /^[ \t]+(?:(?:is|was|be)[ \t]+(?:amended|revised)[ \t]+)?to[ \t]+read[ \t]*[:：][ \t]*/;
/** "is amended to", "is amended to read", "is revised as follows" closing a line after a bare article (the colon left to labelledTextAfter). */
const AMENDED_TO_LINE = /^[ \t]*(?:is|shall[ \t]+be)[ \t]+(?:hereby[ \t]+)?(?:amended|revised)[ \t]+(?:to(?:[ \t]+read)?|as(?:[ \t]+follows)?)(?=[ \t]*[:：][ \t]*\r?\n)/;

/**
 * A proposal's or request's title on an article of a regulation named in 〈〉 (see the rule where it is read). Not an
 * amending decision's (《关于修改〈某法〉第三十条的决定》): laws' history notes name them by the dozen, the article there
 * being the text's before it was renumbered.
 */
const PROPOSAL_ON_ARTICLE = new RegExp(`^关于(?:修改|修订|废止|删除|补充|调整|完善|实施)?〈[^〈〉《》]{2,60}〉第${ARTICLE_NUMERAL}条[^〈〉《》]{0,20}的(?:议案|建议|提案|意见|请示|报告)$`);

/** A law's or regulation's name after a verb citing it, right before a 以下简称 bracket (its name in group 1). */
const UNKNOWN_NAME_BEFORE_DEFINITION = /(?:依照|依据|根据|按照|依)([\u4e00-\u9fff]{2,12}?(?:法|条例))$/;

/** The codes of CHINESE_ARTICLE_DIGITS, for the anchor's first character. */
const CHINESE_DIGIT_CODES = new Set([...CHINESE_ARTICLE_DIGITS].map((d) => d.charCodeAt(0)));

const NATIONAL_PREFIX = '中华人民共和国';
const NATIONAL_TITLE_REST = /^[\u4e00-\u9fff]{1,30}(?:法典|法|条例|办法|规定|细则|决定|规则)$/;

/** Start of a national law title written without 《》 that ends at p (中华人民共和国畜牧法第…), or -1. */
function nationalTitleBefore(text: string, p: number): number {
  const from = Math.max(0, p - 40);
  const rel = text.slice(from, p).lastIndexOf(NATIONAL_PREFIX, p - from - NATIONAL_PREFIX.length - 1);
  if (rel === -1) return -1;
  const at = from + rel;
  if (text[at - 1] === '《' || text[at - 1] === '〈') return -1;
  const rest = text.slice(at + NATIONAL_PREFIX.length, p);
  return NATIONAL_TITLE_REST.test(rest) && !SELF_WORD_END.test(rest) ? at : -1;
}

/** 请求中华人民共和国就本法第二十五条…: 中华人民共和国 the state, 本法 the text's own — no title between. */
const SELF_WORD_END = /(?:本|该|此|上述|前述)(?:法|条例|办法|规定|细则|决定|规则)$/;

/** 该条 after a citing word (根据该条，): the writer's words, also where they were read as an article's text. */
const CITING_THAT = /(?:根据|依据|依照|按照|对照)[ \u3000]?该条/;
/** Characters that, right before 本, make it part of another word (基本条件, 资本条款); for 前 see qianWord.ts. */
const BEFORE_BEN = '基根资成样原版日课账剧脚文';

/** Whether 年 stands in text[from, to) (read back by character code: a title's version word before it needs one). */
function yearWordWithin(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 0x5e74 /* 年 */) return true;
  return false;
}

/** Scan a text for citations, titles and short-title definitions, in document order. Never throws. */
export function scanText(text: string, options: ScanOptions = {}): ScanEvent[] {
  forgetUnits();
  const events: ScanEvent[] = [];
  const matcher = options.matcher;
  const headings = options.headingLabels ?? new Set<number>();
  const selfRefs = options.selfReferences ?? false;
  const from = options.from ?? 0;
  // Short titles defined in the document: [shortTitle, from offset]; used bare after their definition.
  const shortTitles: { short: string; from: number }[] = [];
  const covered = new CoveredSpans();
  const shortSeen = new Set<string>();
  /** A short title is known from its first definition on; a redefinition adds nothing to scan for. */
  const addShort = (short: string, from: number) => {
    if (shortSeen.has(short)) return;
    shortSeen.add(short);
    shortTitles.push({ short, from });
  };
  for (const s of options.knownShortTitles ?? []) addShort(s, 0);

  // Definitions after a title written without 《》: 内蒙古自治区……条例（以下简称“条例”）.
  if (matcher) {
    const defRe = new RegExp(SHORT_NAME_OPEN, 'g');
    defRe.lastIndex = from;
    for (let m = defRe.exec(text); m; m = defRe.exec(text)) {
      const q = m.index;
      // 2005年修订前的公司法（以下简称“原公司法”）: a short name so defined with its version word (versionWord.ts).
      let start = matcher.matchEnding(text, q);
      if (start === -1) start = versionWordDefinedName(text, q, matcher);
      // Rule (issue 14, fix-en17b; the first article of every Taiwan 施行細則: 本細則依勞動基準法(以下簡稱本法)第八十五條
      // 規定訂定之): a law's name the corpus does not know, written without 《》 after a verb citing it (依, 依照, 根据 …),
      // is named and given its short name in the bracket as a known one is; the article after the bracket is its.
      const unknown = start === -1 ? UNKNOWN_NAME_BEFORE_DEFINITION.exec(text.slice(Math.max(0, q - 16), q)) : null;
      if (unknown && !notALawName(unknown[1])) start = q - unknown[1].length;
      if (start === -1 || text[start - 1] === '《' || text[start - 1] === '〈') continue;
      SHORT_FORM_BRACKET.lastIndex = q;
      const def = SHORT_FORM_BRACKET.exec(text);
      if (!def) continue;
      const head = unmarkedTitle(text, start, q, unknown ? { unknownName: true } : undefined);
      events.push({ type: 'title', head });
      events.push({ type: 'definition', shortTitle: def[2], start: q, end: SHORT_FORM_BRACKET.lastIndex, of: head });
      addShort(def[2], SHORT_FORM_BRACKET.lastIndex);
      covered.push(start, SHORT_FORM_BRACKET.lastIndex);
    }
  }

  // English definitions after an English title: the Company Law of the PRC (the "New Company Law"), (AML).
  // Only a text with a bracket opening such a definition needs the English titles (a title index makes them on first use).
  const englishDefined = new Set<string>();
  /** Where each English short name is defined (used alone after it, it names its law). */
  const englishDefinedAt: { short: string; end: number }[] = [];
  if (matcher && /\([ \t]*(?:["“]|the\s|these\s|hereinafter|referred\s|henceforth|hereafter|[A-Z][\w'’-]*\)|[A-Z][\w'’-]*\s[A-Z]|[A-Z][\w'’-]*[ \t](?:19|20)\d\d[ \t]*\)|(?:19|20)\d\d[ \t]+[A-Z][a-z]+\.?\)|[A-Z][\w'’-]*[,;][ \t]*(?:or[ \t]+|also[ \t]+)?Law[ \t])/.test(text) || (matcher && mayDefineLowerShort(text))) {
    const known = [...(matcher.citedEnglishTitles ?? []), ...matcher.englishTitles];
    for (const d of englishDefinitions(text, from, known)) {
      // "an amendment to the Widget Law ("Revised Law"), which will take effect on …": that text (englishAmendedTakingEffect.ts).
      const effective = d.head.kind === 'title' && !d.head.versionYear ? amendedTakingEffectYear(text, d.head.start, d.head.end) : null;
      if (effective && d.head.kind === 'title') {
        d.head.versionYear = effective;
        d.head.versionEvent = 'effective';
      }
      // "On January 30, 2015, the SPC issued the Interpretation … (the "Interpretation")": the text as issued that year
      // (englishIssuedOn.ts).
      const issuedOn = d.head.kind === 'title' && !d.head.versionYear ? issuedOnYearBefore(text, d.head.start) : null;
      if (issuedOn && d.head.kind === 'title') d.head.versionYear = issuedOn;
      events.push({ type: 'title', head: d.head });
      events.push({ type: 'definition', shortTitle: d.short, start: d.start, end: d.end, of: d.head });
      if (!englishDefined.has(d.short)) englishDefinedAt.push({ short: d.short, end: d.end });
      englishDefined.add(d.short);
      covered.push(d.head.start, d.end);
    }
  }
  // A conventional acronym (Article 38 of the PIPL) is read as a defined one; the document's own definition comes first.
  // Asked of the title index only for a text with capitals in it: its English side is made on first use.
  // Used alone ("Under the DSL, …", "PIPL applies when …") it names its law as a defined short name does, the law in
  // context for bare articles after it (addEnglishShortNames), where the document did not define it otherwise.
  const acronymsAlone: { short: string; end: number }[] = [];
  if (matcher && /\b[A-Z]{2,6}\b/.test(text)) {
    for (const a of matcher.englishAcronyms ?? []) {
      if (!text.includes(a) || acronymOfOtherSubject(a, text)) continue;
      if (!englishDefined.has(a)) acronymsAlone.push({ short: a, end: from });
      englishDefined.add(a);
    }
  }
  // So are the initials of a law the text names (englishInitials.ts: "Article 7 of the NIL"), read as that law's name.
  const initials = matcher && /\b[A-Z]{3,6}\b/.test(text) ? initialsInText(text, matcher.citedEnglishTitles ?? matcher.englishTitles, englishDefined) : null;
  for (const a of initials?.keys() ?? []) englishDefined.add(a);
  const acronymAt = acronymsAlone.map((a) => wordAt(text, a.short)).filter((i) => i !== -1);
  /** Where another state's law named after an article starts (one title event each). */
  const foreignTitlesAt = new Set<number>();
  const englishScope: EnglishScope = { matcher, defined: englishDefined, ...(acronymAt.length ? { acronymStyleFrom: Math.min(...acronymAt) } : {}), foreignNamed: [] };

  // A short name used before the bracket defining it, glued to an article (titles/laterShortName.ts).
  const early = earlyShortNames(text, from);
  const matchBareTitle = (end: number): { start: number; defined: boolean } | null => {
    let best = early.length ? earlyShortNameEndingAt(text, end, early) : -1;
    let defined = best !== -1;
    for (const s of shortTitles) {
      if (s.from <= end - s.short.length && end >= s.short.length && text.startsWith(s.short, end - s.short.length)) {
        const st = end - s.short.length;
        if (best === -1 || st < best) {
          best = st;
          defined = true;
        }
      }
    }
    if (matcher) {
      const st = matcher.matchEnding(text, end, true);
      if (st !== -1 && (best === -1 || st < best)) {
        best = st;
        defined = false;
      }
    }
    if (best === -1) return null;
    // A bare title cannot start inside a bracketed title just closed, nor right after 《.
    const before = text[best - 1];
    if (before === '《' || before === '〈') return null;
    return { start: best, defined };
  };

  const headFor = (p: number): { head: Head; start: number } => {
    // Rule (what real writers do): 《民法典》第二百七十八条第一款……同条第二款 / 该条第（三）项 — the article cited last.
    const same = endsWithAt(text, p, SAME_ARTICLE);
    if (same && !(same === '条文' && text[p - 3] === '本') && !(same === '此条' && BEFORE_CI.includes(text[p - 3]))) return { head: { kind: 'same-article', start: p - same.length, end: p }, start: p - same.length };
    // 两法第N条 / 两部法律第N条: the two texts named just before, each (titles/twoLaws.ts).
    const two = twoLawsBefore(text, p);
    if (two !== -1) return { head: { kind: 'anaphor', start: two, end: p, two: true }, start: two };
    const an = endsWithAt(text, p, ANAPHORS);
    if (an && !(an.startsWith('该') && text[p - an.length - 1] === '应') && !(an === '此法' && BEFORE_CI.includes(text[p - 3])) && !(an === '同法' && !SAME_LAW_BEFORE.test(text.slice(Math.max(0, p - 4), p - 2)))) {
      return { head: { kind: 'anaphor', start: p - an.length, end: p, noun: an.replace(/^(该|上述|前述|同|此)/, '') }, start: p - an.length };
    }
    // 现行法第十条 next to a draft's articles: the law in force, not the draft (lawInForceWord.ts).
    const inForce = inForceWordBefore(text, p);
    if (inForce) return { head: { kind: 'anaphor', start: inForce.start, end: p, inForce: true }, start: inForce.start };
    // Rule (pages whose layout breaks lines at a fixed width: …应当分别认定为刑法⏎第二百六十四条规定的…): a law's name ending
    // a line, its article opening the next, is one citation — one line break, the name glued to the words before it.
    const wrapped = text[p - 1] === '\n' ? p - (text[p - 2] === '\r' ? 2 : 1) : -1;
    const wrappedTitle = wrapped > 0 && /[\u4e00-\u9fff]/.test(text[wrapped - 1]) ? matchBareTitle(wrapped) : null;
    if (wrappedTitle && /[\u4e00-\u9fff]/.test(text[wrappedTitle.start - 1] ?? '') && !endsWithAt(text, wrapped, SELF_WORDS)) {
      return { head: unmarkedTitle(text, wrappedTitle.start, p, { defined: wrappedTitle.defined }, wrapped), start: wrappedTitle.start };
    }
    // A title whose 《 and first characters the page's encoding lost (…?!吨腥A人民共和國民法典》第…條): garbledTitle.ts.
    const garbled = matcher && text[p - 1] === '》' ? garbledNationalTitle(text, p - 1, (t) => matcher.matchEnding(t, t.length) === 0) : null;
    if (garbled) return { head: unmarkedTitle(text, garbled.start, p, { written: garbled.title }, p - 1), start: garbled.start };
    // 刑法分则第九章第三百九十八条: the law's (codePart.ts). A name the corpus does not know before the part (民法总则, a law
    // of its own) is read as below.
    const part = codePartBefore(text, p) ? matchBareTitle(p - 2) : null;
    if (part) return { head: unmarkedTitle(text, part.start, p, { defined: part.defined }, p - 2), start: part.start };
    // Rule (issue 14 form 2 with the version rule; fix-zh28, heldout26 court: 公司法(2013)第71条, 某法（2018年修正）第N条): a
    // law's name written without 《》, its version noted in brackets right after it and its article right after that,
    // names that version as 《公司法》(2013)第71条 does — the text of that year, a text the corpus lacks when it has none.
    const close = text.charCodeAt(p - 1);
    if (close === 0x29 /* ) */ || close === 0xff09 /* ） */) {
      const before = text.slice(Math.max(0, p - 24), p);
      const noted = VERSION_IN_TITLE.exec(before);
      const nameEnd = noted ? p - before.length + noted.index : -1;
      const named = noted && !endsWithAt(text, nameEnd, SELF_WORDS) ? matchBareTitle(nameEnd) : null;
      if (noted && named) {
        const version = { defined: named.defined, versionYear: +noted[1], versionEvent: versionEventOf(noted[2] ?? noted[3] ?? noted[4]) };
        return { head: unmarkedTitle(text, named.start, p, version, nameEnd), start: named.start };
      }
      // 企业破产法(试行)第37条: the text issued on trial, a title of its own (trialNote.ts).
      const trial = trialNoteBefore(text, p);
      const tried = trial !== -1 && !endsWithAt(text, trial, SELF_WORDS) ? matchBareTitle(trial) : null;
      if (tried) return { head: unmarkedTitle(text, tried.start, p, { written: trialTitle(text.slice(tried.start, trial)) }, trial), start: tried.start };
    }
    const bare = matchBareTitle(p);
    const sw = endsWithAt(text, p, SELF_WORDS);
    // 香港基本法第158条, 基本法第17条: the Basic Law named, not 本法 (basicLawName.ts).
    const basic = sw === '本法' ? basicLawNameBefore(text, p) : null;
    if (basic) return { head: unmarkedTitle(text, basic.start, p, { written: basic.written }), start: basic.start };
    // A place glued before a national title (杭州市城市市容和环境卫生管理条例第18条): that place's own regulation (unknownLawName.ts).
    const place = bare && !bare.defined && !sw ? placeGluedBefore(text, bare.start) : -1;
    if (place !== -1) return { head: unmarkedTitle(text, place, p, { unknownName: true }), start: place };
    if (bare && (!sw || p - bare.start > sw.length)) return { head: unmarkedTitle(text, bare.start, p, { defined: bare.defined, ...bareVersionBefore(text, bare.start) }), start: bare.start };
    // 民间借贷司法解释第二十六条: a court interpretation named by its kind of case, without 《》 (caseKindName.ts).
    const byCase = !sw && matcher ? caseKindNameBefore(text, p, matcher) : -1;
    if (byCase !== -1) return { head: unmarkedTitle(text, byCase, p), start: byCase };
    const national = nationalTitleBefore(text, p);
    if (national !== -1) return { head: unmarkedTitle(text, national, p), start: national };
    // 新劳动合同法解释：第四十六条【经济补偿】: a commentary page's heading names the law, then its article (commentaryHeading.ts);
    // the citation is the article, as where the page's heading names the law alone (刑法条文释义：第二十条).
    const commentary = matcher && !sw ? commentaryHeadingTitle(text, p, matcher) : null;
    if (commentary) return { head: unmarkedTitle(text, commentary.start, commentary.end), start: p };
    // 依据最高人民法院关于审理…的规定第二十六条, …若干问题的解释:第一条 — an interpretation's title without 《》.
    const colon = text[p - 1] === ':' || text[p - 1] === '：' ? 1 : 0;
    const interp = interpretationTitleEndingAt(text, p - colon);
    if (interp !== -1) {
      const end = p - colon;
      return { head: unmarkedTitle(text, interp, end), start: interp };
    }
    // 财政部令87号第五十四条: a regulation named by its order's number, unknown to the corpus (orderNumber.ts); a Macau
    // act by its number and year, 第122/84/M号法令第十五条 (macauActNumber.ts).
    const order = sw ? null : orderNumberBefore(text, p) ?? macauActBefore(text, p);
    if (order) return { head: unmarkedTitle(text, order.start, p, { written: order.written, unknownName: true }), start: order.start };
    // 中华人民共 和国税收征收 管理法第六 十条: a title broken by a table's wrapping, read unspaced (spacedRocName.ts).
    const broken = sw ? null : spacedGluedTitleBefore(text, p, matcher);
    if (broken) return { head: unmarkedTitle(text, broken.start, p, { written: broken.written, unknownName: !broken.known }), start: broken.start };
    if (!sw) {
      const unknown = unknownNameBefore(text, p, matcher);
      if (unknown !== -1) {
        return { head: unmarkedTitle(text, unknown, p, { unknownName: true, ...bareVersionBefore(text, unknown) }), start: unknown };
      }
    }
    // 相關法條 行政程序法 第 159、160 條: a Taiwan law's name standing apart before its article (spacedRocName.ts).
    const spaced = sw ? null : spacedRocNameBefore(text, p, matcher);
    if (spaced) return { head: unmarkedTitle(text, spaced.start, p, { unknownName: true }, spaced.end), start: spaced.start };
    if (sw) return { head: { kind: 'self', start: p - sw.length, end: p }, start: p - sw.length };
    // 草案第二十条, “草案”第二十条: the draft discussed, no corpus law; a draft's own articles in its text (draftArticle.ts).
    const draft = draftBefore(text, p);
    if (draft) {
      if (selfRefs) return { head: { kind: 'self', start: draft.start, end: p }, start: draft.start };
      return { head: unmarkedTitle(text, draft.start, p, { written: draft.written, unknownName: true, draft: true }), start: draft.start };
    }
    // 二审稿在总则中规定“……”（第七条第一款）: the draft the paragraph's sentence opened with, no citation (draftSource.ts).
    const source = selfRefs ? null : draftSourceBefore(text, p);
    if (source) return { head: unmarkedTitle(text, source.start, source.end, { unknownName: true, draft: true }), start: p };
    // 《劳动合同法》第三十九条和实施条例第十九条: the law's rules, as 该法实施条例 (implementingRulesAlone.ts).
    const rulesAlone = implementingRulesAloneBefore(text, p);
    if (rulesAlone) return { head: unmarkedTitle(text, rulesAlone.start, p, { written: `该法${rulesAlone.rules}`, unknownName: true }), start: rulesAlone.start };
    // 根据解释第十八条, 按照条例第五条: the kind alone stands for 该解释, 该条例 (kindNoun.ts).
    const kind = kindNounBefore(text, p);
    if (kind) return { head: { kind: 'anaphor', start: kind.start, end: p, noun: kind.noun }, start: kind.start };
    // 》 right before the article with its 《 lost (…">某某登记条侊/a>》第五条): a title of its own (closedUnknownTitle.ts),
    // unless a known title read already ends at that 》.
    const lastEvent = events[events.length - 1];
    const closed = text.charCodeAt(p - 1) === 0x300b ? closedUnknownTitleBefore(text, p, !lastEvent ? 0 : lastEvent.type === 'title' ? lastEvent.head.end : lastEvent.end) : -1;
    if (closed !== -1 && !titleEventEndingAt(p - 1)) return { head: unmarkedTitle(text, closed, p, { unknownName: true }, p - 1), start: closed };
    // “参照《某某条例》审理…的通知”法(2010)5号第二条: the quoted notice's article, not the nested title's (quotedDocumentName.ts).
    const quotedDoc = quotedDocumentBefore(text, p);
    if (quotedDoc !== -1) return { head: unmarkedTitle(text, quotedDoc, p, { unknownName: true }), start: quotedDoc };
    return { head: { kind: 'bare' }, start: p };
  };

  /**
   * The 款 alone at `p` after a bracketed note glued to the article a citation ended on (notedParagraph.ts): that
   * article's 款, added to the citation's last target. Whether it was so taken.
   */
  const notedArticleTakes = (p: number, chain: Chain): boolean => {
    const open = noteBeforeParagraph(text, p);
    if (open === -1) return false;
    for (let i = events.length - 1; i >= 0 && i >= events.length - 8; i--) {
      const e = events[i];
      if (e.type !== 'citation' || e.end !== open) {
        if (eventStart(e) < open) return false;
        continue;
      }
      const t = e.targets[e.targets.length - 1];
      if (!t || t.article === null || t.paragraph !== null || t.item !== null) return false;
      e.targets = [...e.targets.slice(0, -1), ...chain.targets.map((r) => ({ ...r, article: t.article, insert: t.insert }))];
      return true;
    }
    return false;
  };

  /** Whether the last title read (a bare one found in the text) ends at `end`. */
  const titleEventEndingAt = (end: number): boolean => {
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.type === 'title') return e.head.end === end || (e.head.kind === 'title' && e.head.innerEnd === end);
    }
    return false;
  };

  /** A law named in the prose of the sentence before a bare article at p: a title of its own (proseLawName.ts). */
  const namedInProse = (p: number) => {
    let from = sentenceStart(text, p);
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      const end = e.type === 'citation' || e.type === 'definition' ? e.end : e.type === 'title' ? e.head.end : -1;
      if (end > from) from = end;
      if (end !== -1) break;
    }
    const found = proseLawName(text, from, p, matcher!);
    if (!found) return;
    const [start, end, known] = found;
    const head = unmarkedTitle(text, start, end);
    if (!known) head.unknownName = true;
    events.push({ type: 'title', head });
    covered.push(start, end);
  };

  /** Lines of quoted statute text under an English article heading ("Article 465 A lawfully formed contract …"). */
  const statuteLines: [from: number, to: number, article: number, labelled?: boolean, insert?: number | null, firstParagraph?: number][] = [];
  /** The article number of the English article heading printed last (a page printing a law's articles in order). */
  let lastEnglishHeading: number | null = null;
  /** The item lines a draft's article introduces, and the draft (englishDraftAfter.ts draftItemsAfter). */
  let draftItems: { from: number; to: number; head: TitleHead & { end: number }; article: number } | null = null;
  /** An English article label alone on its line, read as a heading (headingAloneAt): "the article" below may point to it. */
  let lastAloneHeading: { end: number; article: number } | null = null;
  /** The last English "this article" read as a mention (englishThisArticle.ts): a later one in its paragraph keeps to it. */
  let lastArticleAnaphor: { start: number; end: number; article: number; insert: number | null; of?: ScannedCitation } | null = null;
  /** The provision the page is headed by (headedProvision.ts), found at the first "this article"; undefined before. */
  let headedPage: ScannedCitation | null | undefined;
  /** Where a writer's "the article" pointed too far back to be a mention (englishThisArticle.ts); -1 if none. */
  let farTheArticle = -1;
  const inStatute = (p: number) => statuteLines.length > 0 && p >= statuteLines[statuteLines.length - 1][0] && p < statuteLines[statuteLines.length - 1][1];
  /**
   * The statute text quoted last (statuteLines): its span, its article and 之N, whether a label printed it, and the
   * marks a citation read inside it carries for the analyzer.
   */
  const quotedStatute = () => {
    const [from, to, article, labelled, insert, firstParagraph] = statuteLines[statuteLines.length - 1];
    return { from, to, article, insert: insert ?? null, labelled: labelled === true, firstParagraph: firstParagraph ?? 1, marks: { inStatuteText: true as const, statuteFrom: from, statuteLabelled: labelled === true } };
  };
  /** The English title of the law ("Patent Law") the sentence holding p cited last before p (implementingRulesOf.ts). */
  const englishLawCitedBefore = (p: number): string | undefined => {
    const from = sentenceStart(text, p);
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.type !== 'citation') continue;
      if (e.start < from) break;
      if (e.head.kind === 'title' && e.lang === 'en' && /(?:Law|Code)$/.test(e.head.written)) return e.head.written;
    }
    return undefined;
  };
  /** The damaged titles restored so far, read the same when they recur (lostLawName.ts). */
  const lostNames = new LostLawNames();
  /** The title of the law (…法) the sentence holding p cited last before p (lostLawName.ts). */
  const lawCitedBefore = (p: number): string | undefined => {
    const from = sentenceStart(text, p);
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      const head = e.type === 'title' ? e.head : e.type === 'citation' ? e.head : null;
      const at = e.type === 'title' ? e.head.start : e.type === 'citation' ? e.start : -1;
      if (at < from) break;
      if (head?.kind === 'title' && /法(?:典)?$/.test(head.written)) return head.written;
    }
    return undefined;
  };

  /**
   * The English article a writer's "this article" at p may point back to (englishThisArticle.ts): the last English
   * citation of one article (a list names several: none), or a label alone on its line read as a heading after it.
   */
  const articleBefore = (p: number): { start: number; end: number; article: number; insert: number | null } | null => {
    let found: { start: number; end: number; article: number; insert: number | null } | null = null;
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.type !== 'citation' || e.end > p) continue;
      if (e.lang !== 'en' || !e.targets.length) break;
      const a = e.targets[0];
      if (a.article === null || e.targets.some((t) => t.article !== a.article || (t.insert ?? null) !== (a.insert ?? null))) break;
      found = { start: e.start, end: e.end, article: a.article, insert: a.insert ?? null };
      break;
    }
    if (lastAloneHeading && lastAloneHeading.end <= p && (!found || lastAloneHeading.end > found.end)) found = { start: -1, end: lastAloneHeading.end, article: lastAloneHeading.article, insert: null };
    return found;
  };
  /** Characters a document may spend on finding quotations (a pathological text of unclosed quotes stays linear). */
  let quoteBudget = 4 * text.length + 100_000;
  /** The quotation of cited text being read (references inside it are the quoted provision's). */
  let quote: { start: number; end: number; of: ScannedCitation; unmarked?: boolean } | null = null;
  /** Line, cell and paragraph ends, found when the first unmarked quotation is looked for. */
  let breaks: TextBreaks | undefined;
  const quotedAt = (p: number): ScannedCitation | undefined => (quote && p >= quote.start && p < quote.end ? quote.of : undefined);
  /** The same for 本条, 前款 and a bare 第X款, which a provision's new wording has as its own (amendedWording.ts). */
  const relativeQuotedAt = (p: number): ScannedCitation | undefined => {
    const of = quotedAt(p);
    return of?.newWording ? undefined : of;
  };
  /**
   * Inside a provision's new wording (amendedWording.ts): its 本条, 前款 and a bare 款 or 项 are the new provision's, not
   * the amending text's own articles (a 修正案 numbered as articles) — not read there.
   */
  const inNewWording = (p: number): boolean => !!quotedAt(p)?.newWording;
  /**
   * Rule (issue 14, fix-zh31; judges' articles and commentaries quoting an amendment: 在《刑法》第二百七十七条中增加一款作为
   * 第五款：“……依照第一款的规定从重处罚。”, 第二款修改为：“……依照第一款的规定处罚。”): the new wording of one 款 stands in the
   * amended article among its other 款, and a 款 it names alone that comes before it (第一款 in a new or rewritten 第五款) is
   * one of that article's 款 the amendment leaves in place — the amended article's, as in any quotation of that article.
   * A 款 numbered at or after the new one, or any 款 in the wording of a whole new article (增加一条), is the new text's
   * and stays unread (amendedWording.ts).
   */
  const earlierParagraphInNewWording = (p: number, chain: Chain): boolean => {
    const of = quotedAt(p);
    if (!of?.newWording || chain.top !== 1) return false;
    const own = of.targets.length === 1 ? of.targets[0].paragraph : null;
    return own !== null && own > 1 && chain.targets.every((t) => t.paragraph !== null && t.paragraph < own);
  };
  /** The citation whose quotation was read last, and where that quotation ends (its closing mark). */
  let lastQuoted: { end: number; of: ScannedCitation } | null = null;
  /**
   * Rule (penalty decisions, judgments): a writer citing two 款 of one article quotes each after its number —
   * 依据《…》第一百二十四条第一款第（一）项“……”和第二款“……”的规定 —, so a 款 cited alone right after a quotation closes
   * (和, 及, 以及, 、 or a comma between), and itself followed by its quotation or 的规定, is a 款 of the article quoted
   * before it; the text quoted after it is that 款's. So is an item after the quotation of an item (第一款第四项“……”及
   * 第五项“……”): an item of the same 款. So, too, a 款 opening the next sentence right after the quotation closes, with
   * no word or only 。 or ； between, and followed by 规定 or its own quotation (第七条第一款规定：“……”第二款规定：“……”;
   * citations.real-zhp15.test.ts): the writer goes on quoting the same article 款 by 款. Returns that citation.
   */
  const paragraphAfterQuotation = (p: number, end: number, level: number): ScannedCitation | undefined => {
    const last = lastQuoted;
    const t = last?.of.targets[0];
    // Rule (issue 14, heldout21-gov; penalty decisions quoting a 款 and then an item of it: 按照《某某基准》第9条，第三款“…”，
    // 第一项“…”; 《某法》第九十九条第一款“…”，第一项“…”): an item alone quoted right after a quoted 款 (the last one the
    // citation names) is an item of that 款, as a 款 after a quoted 款 is a 款 of that article.
    const quotedParagraph = level === 2 && last ? last.of.targets[last.of.targets.length - 1] : undefined;
    if (!last || !t || t.article === null || p - last.end > 8 || (level === 2 && t.item === null && (quotedParagraph?.paragraph ?? null) === null)) return undefined;
    if (!/^[”"」』][ \u3000]*(?:和|及|以及|、|，|,|[。；;]?)[ \u3000]*$/.test(text.slice(last.end, p))) return undefined;
    return /^(?:[“"「『]|的规定|之规定|规定)/.test(text.slice(end, end + 4)) ? last.of : undefined;
  };
  /** A 款 alone after the citation of another 款 of an article, in the same passage (paragraphAlone.ts). */
  const paragraphAfterParagraph = (p: number, end: number): boolean => {
    const last = events[events.length - 1];
    // A law's article (a title, 该法, a bare article in context, 该条/同条) or a 款 read so itself — not the document's own (本办法).
    // Rule (issue 14, fix-zh26; a page that is no regulation setting out an interpretation's article: …是指行为人具有本解释第二条
    // 第一款规定和第二款第(一)至(五)项规定的情形之一): there 本解释 is the text set out (analyze.ts paraphrasedLaw), and a 款
    // joined to its article's 款 is that article's, as after a title.
    const selfOfText = !!last && last.type === 'citation' && last.head.kind === 'self' && !selfRefs;
    if (!last || last.type !== 'citation' || last.lang !== 'zh' || (last.head.kind !== 'title' && last.head.kind !== 'anaphor' && last.head.kind !== 'bare' && last.head.kind !== 'same-article' && !selfOfText)) return false;
    // Not after a 款 alone read only if it stands in a cited article's words (pastedIn below): the analysis may drop it.
    if (last.head.kind === 'bare' && last.top === 1 && last.wordsOf) return false;
    const t = last.targets[last.targets.length - 1];
    const namesParagraph = !!t && t.paragraph !== null && (t.article !== null || last.top === 1);
    return paragraphOfArticleCited(text, p, end, { end: last.end, namesParagraph, quoted: !!last.quotation }, ownedNumber);
  };
  /**
   * Rule (修改决定, 修正案 and their drafts): an amending item numbers the 款 it adds or moves — 在第五条中增加两款，分别作为
   * 第二款、第三款：“…”, 原第二款作为第三款, 第三款相应改为第四款 — and those 款 are the amended article's, the one its
   * item cited last (amendedWording.ts numberedByAmendment; analyze.ts reads them in it). Only after a citation in the
   * same paragraph: a 款 alone anywhere else stays unread.
   */
  /**
   * Rule (issue 14, fix-zh19; Taiwan lawyers' notes on one article: 民法第1052條規定: ⏎ its text ⏎ 說明: 既已增列第二項…，則不僅以
   * 第一項之十款事由為限…第一項第三款係採有責主義; 立法者…修正時增訂第2項, 在同條增列第2項規定): on a page written under
   * Taiwan's laws (rocPage.ts), whose 項 is the paragraph, a 項 written alone in the writer's words is a paragraph of the
   * article he cited last (and a 款 alone, Taiwan's item, is an item of it: 因原第三款語意有欠明確), as long as that article (of a law, named or in context) was cited within the last 1500
   * characters, with no other law's title between — read as the mainland's 款 of the article cited last is in its own
   * forms. Not a 項 a word owns (合同第二項, 判決第二項: ownedNumber), nor elsewhere than on a Taiwan page.
   */
  const taiwanParagraphDiscussed = (p: number): boolean => {
    if (selfRefs || !taiwanPage(text) || ownedNumber(text, p) || !/^第[0-9０-９一二三四五六七八九十]{1,3}[项款]/.test(text.slice(p, p + 6))) return false;
    // The article cited last, past the paragraphs read so since (a bare 項 or 款 of it, 前項, 同條第1項) and nothing else.
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.type !== 'citation' || e.lang !== 'zh' || p - e.end > 1500) return false;
      // and 前項 in its text, 同條第1項, and 該條 / 該條文 pointing back to the article (thatArticle.ts)
      if ((e.head.kind === 'bare' && e.top >= 1) || e.head.kind === 'prev-paragraphs' || (e.head.kind === 'same-article' && (e.top >= 1 || !e.targets.length))) continue;
      if (e.head.kind !== 'title' && e.head.kind !== 'anaphor' && e.head.kind !== 'same-article' && e.head.kind !== 'bare' && e.head.kind !== 'this-article') return false;
      return e.targets.length > 0 && (e.head.kind === 'this-article' || e.targets[e.targets.length - 1].article !== null);
    }
    return false;
  };
  const amendedParagraph = (p: number, end: number): boolean => {
    const last = events[events.length - 1];
    if (!last || last.type !== 'citation' || last.heading || p - last.end > 1000 || /\n[ \t\u3000]*\r?\n/.test(text.slice(last.end, p))) return false;
    return numberedByAmendment(text, p, end);
  };
  const pushReference = (event: ScannedCitation) => {
    // Unmarked quoted text ends where another title is cited (that one's own text may follow it) — not where the quoted
    // text refers to another law and goes on (…应当分别认定为刑法第二百六十四条规定的“数额较大”…。⏎各省…在前款规定的…).
    // (What follows is read only where it decides: a slice and a pattern at every citation cost more than the rest.)
    if (quote?.unmarked && event.head.kind === 'title' && event.start >= quote.start
      && !(event.start < quote.end && /^(?:规定|的|之|中|[、，,和及或与等])/.test(text.slice(event.end, event.end + 2)))) {
      if (event.start < quote.end) event.titleInQuoted = quote.of;
      quote = null;
    }
    const of = quotedAt(event.start);
    if (of) event.quotedIn = of;
    // A bilingual page's Chinese text run on inside the English statute text it translates (… property.第一千零六十二条
    // 夫妻…本法第一千零六十三条第三项…): 本法 there is the quoted law, as "hereof" in the English words is.
    if (event.lang === 'zh' && event.head.kind === 'self' && inStatute(event.start)) event.inStatuteText = true;
    if (event.lang === 'zh' && addedAs(text, event.start)) event.added = true;
    const amendedParagraph = event.lang === 'en' && event.targets.length === 1 && event.targets[0].paragraph !== null;
    // Rule (issue 14, heldout22 English: a thesis abstract defining an article as its subject — '… (hereinafter referred
    // to as "Article 24")established the standard …, the basis of this article …'): a citation written inside straight
    // quotes, as a name is quoted, ends where its closing mark stands; that mark, glued to it, closes the quotation
    // opened right before it and opens none (a straight quote looks the same both ways). Curly marks tell already.
    const quotedName = event.lang === 'en' && text.charCodeAt(event.start - 1) === 0x22 && text.charCodeAt(event.end) === 0x22;
    const q = quotedName ? null : quoteBudget > 0 ? quotationAfter(text, event.end, event.lang, event.added === true) ?? (amendedParagraph ? quotationAfter(text, event.end, 'en', false, true) : null) : null;
    if (q) quoteBudget -= q.end - q.start;
    else quoteBudget -= 64; // an opener without its close was looked for (bounded per document, whatever the text)
    if (q) {
      event.quotation = { start: q.start, end: q.end };
      lastQuoted = { end: q.end, of: event };
      if (q.newWording) event.newWording = true;
      if (q.unclosed) event.unclosedQuotation = true;
      quote = { start: q.start, end: q.end, of: event };
    } else if (!selfRefs && event.lang === 'zh' && (!of || quote?.unmarked)) {
      const u = unmarkedQuotationAfter(text, event.end, event.start, (breaks ??= new TextBreaks(text)), quotedParagraphs(event.targets));
      if (u) {
        event.unmarked = u;
        quote = { ...u, of: event, unmarked: true };
      }
    }
    events.push(event);
    covered.push(event.start, event.end);
  };
  /**
   * Rule (what real pages do): statute text quoted as it is printed — a title on its own line (or 法律依据：《…》) and
   * under it article headings with their text (第四十六条 有下列情形之一的…（一）…依照本法第三十八条…). Outside a draft
   * regulation, such a heading right after a title, or within the text of the heading before it, starts that
   * article's text (to an empty line): references there are the quoted law's. The heading is not a citation.
   */
  /** A line above the heading (blank lines between) holding a known title alone, written without 《》 (a 释义 page). */
  const titleLineAbove = (p: number): boolean => {
    if (!matcher || !atLineStart(text, p)) return false;
    let end = p;
    while (end > 0 && /[\s\u3000]/.test(text[end - 1])) end--;
    if (end === 0 || p - end > 8) return false;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    // Rule (issue 14, zh9; commentary pages): the law's name may be followed by the chapter the printed article is
    // in (某某法(第三章), 某某法（第二章 劳动合同的履行）): the title line still heads the article's text.
    const chapter = TITLE_LINE_CHAPTER.exec(text.slice(Math.max(lineStart, end - 30), end));
    if (chapter) end -= chapter[0].length;
    const start = matcher.matchEnding(text, end, false);
    return start >= lineStart && /^[#\s\u3000]*$/.test(text.slice(lineStart, start));
  };
  /**
   * Whether the heading at `p` (its text from `textStart`) is of the line-start shape reproducedUnderCited.ts reads, under a
   * citation by title of the same text within a few lines (the list's entry).
   */
  const reproducedUnderCitation = (p: number, textStart: number): boolean => {
    if (!atLineStart(text, p) || !gluedOwnWords(text, textStart)) return false;
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k];
      if (p - (e.type === 'title' ? e.head.end : e.end) > 600) return false;
      if (e.type === 'citation' && e.head.kind === 'title' && !e.heading) return !/\n[ \t\u3000]*\r?\n/.test(text.slice(e.end, p));
    }
    return false;
  };
  /** The heading read last, for the next label of a flattened reprint's run (headingRun.ts). */
  let lastHeading: ScannedCitation | null = null;
  const quotedHeading = (p: number, textStart: number) => {
    // Between the title and the heading only spaces, a colon, or the title's 文号 and history: （某部令第55号）。 /
    // （…令第57号）修订。 (amendmentNote.ts), or a law database's issuer and date fields (databaseFields.ts).
    const gap = (from: number) => from >= 0 && p - from <= 60 && TITLE_TO_HEADING.test(withoutDatabaseFields(text.slice(from, p)));
    const last = events[events.length - 1];
    const titleEnd = !last ? -1 : last.type === 'title' ? last.head.end : last.type === 'citation' && last.head.kind === 'title' ? last.end : -1;
    const wholeLaw = !!last && (last.type === 'title' || (last.type === 'citation' && last.head.kind === 'title' && last.targets.every((t) => t.article === null)));
    const announced = wholeLaw && titleEnd >= 0 && p - titleEnd <= 60 && TITLE_ANNOUNCES_TEXT.test(text.slice(titleEnd, p));
    const inBlock = !!quote?.unmarked && p >= quote.start && (p <= quote.end || gap(quote.end));
    const u = parseUnit(text, p);
    // The next label of a run goes on with the text reprinted, whatever its previous article cited (刑法第七十八条 there).
    const run = lastHeading && u && u.level === 0 && u.nums.length === 1 && lastHeading.targets[0].article === u.nums[0].n - 1
      && p - lastHeading.start <= 2000 && headingInRun(text, p, u.end, u.nums[0].n) ? lastHeading : undefined;
    // Rule (Q&A pages and commentaries): a heading at a line start right under a citation of that same article prints
    // the article cited (《劳动合同法》第三十九条规定如下：⏎第三十九条 劳动者有下列情形之一的…; 某某法条文释义：第四十七条 ⏎…⏎
    // 第四十七条 下列劳动争议…): its text is the cited law's, 本法 and 本条 there and under it that law's and article's.
    // Rule (issue 14, zh12; Q&A and 普法 pages): the line may cite several whole articles (一、劳动合同法46条47条的内容
    //是什么? ⏎ 第四十六条 … ⏎ 第四十七条 …): a heading of the first of them prints it, the next ones run on from it.
    const cited = last && last.type === 'citation' && !last.heading ? last : null;
    const repeats = !!cited && !!u && u.level === 0 && u.nums.length === 1 && cited.targets.length >= 1 && cited.targets.length <= 20
      && cited.targets.every((t) => t.article !== null && t.paragraph === null)
      && cited.targets[0].article === u.nums[0].n && cited.targets[0].insert === u.nums[0].insert && atLineStart(text, p) && p - cited.end <= 200;
    // A later article pasted under a line that opened with a citation and its article's text (lawExcerpt.ts).
    const pasted = !inBlock && !run && !repeats && !!cited && cited.head.kind === 'title' && !!cited.unmarked && atLineStart(text, cited.start)
      && atLineStart(text, p) && pastedArticlesGoOn(text, cited.unmarked.end, p);
    // Rule (issue 14, real-zh19; Q&A answers pasting a law's articles): a title alone on its line may end with a full
    // stop (《…的解释》。 ⏎ 第一条盗窃公私财物…): it still heads the text under it. Not a writer's line with words before
    // the title (另见《…》。).
    const titleStart = !last ? -1 : last.type === 'title' ? last.head.start : last.type === 'citation' && last.head.kind === 'title' ? last.start : -1;
    const stopped = titleEnd >= 0 && p - titleEnd <= 8 && /^。[ \t\u3000]*\r?\n[\s\u3000]*$/.test(text.slice(titleEnd, p))
      && /^[\s\u3000]*$/.test(text.slice(text.lastIndexOf('\n', titleStart - 1) + 1, titleStart));
    // Rule (issue 14, heldout20 English; bilingual pages): the Chinese text of the English article printed, its label run
    // on after the English text on the same line ("Article 1219 Medical staff … liability.第一千二百一十九条 医务人员…"):
    // the same article reprinted, its 前款 counted in its own words as in any article's text printed.
    const last0 = statuteLines[statuteLines.length - 1];
    const bilingual = !!u && u.level === 0 && u.nums.length === 1 && inStatute(p) && last0[2] === u.nums[0].n && text.lastIndexOf('\n', p - 1) < last0[0];
    // An article reproduced under the one a list cited (reproducedUnderCited.ts): the text of the title cited last.
    const reproduced = !inBlock && !run && !repeats && !pasted && !!u && reproducedUnderCitation(p, textStart);
    // The next provision of a run each quoted after its label and a colon (quotedProvisionRun.ts): the same law's words.
    const quotedRun = !inBlock && !run && !repeats && !pasted && !!u && last?.type === 'citation' && nextQuotedProvision(text, p, u.end, last) ? last : undefined;
    if (!inBlock && !gap(titleEnd) && !stopped && !announced && !run && !repeats && !pasted && !bilingual && !reproduced && !quotedRun && !titleLineAbove(p)) return;
    const first = blockFrom(text, textStart, (breaks ??= new TextBreaks(text)));
    // Over the empty lines a page sets between the article's paragraphs (spacedParagraphs.ts).
    const block = first && spacedArticleText(text, first);
    if (!u || u.level !== 0 || !block) return;
    // The label of one 款 printed (第十九条第二款　…, paragraphLabelHeading): the text is that 款's, its 前款 the one before.
    const lower = textStart > u.end && text.charCodeAt(u.end) === 0x7b2c ? parseUnit(text, u.end) : null;
    // A list of 款 (第十条第二款、第三款 …, paragraphListHeading): the text opens with the first listed.
    const paragraph = lower && lower.level === 1 && lower.nums.length === 1 && (lower.end === textStart || paragraphListHeading(text, p, lower.end) === textStart) ? lower.nums[0].n : null;
    const event: ScannedCitation = {
      type: 'citation', start: p, end: u.end, head: { kind: 'bare' }, top: 0, parts: [], arabic: [], lang: 'zh', heading: true, unmarked: block,
      targets: [{ article: u.nums[0].n, insert: u.nums[0].insert, paragraph, item: null, subitem: null }],
    };
    // Rule (issue 14, heldout19 court): the next article's heading after the empty line that ends the text printed
    // before it (…第二条 …。⏎⏎第三条 …本解释第一条…) goes on with the same text, not with a law its words cited.
    const of = run ?? quotedRun ?? (pasted ? cited! : quotedAt(p) ?? (inBlock && p > quote!.end ? quote!.of : undefined));
    if (of) event.quotedIn = of;
    quote = { ...block, of: event, unmarked: true };
    lastHeading = event;
    events.push(event);
  };
  const pushCitation = (start: number, head: Head, chain: Chain, headParts: ScannedCitation['parts'], paragraphOf?: ScannedCitation, wordsOf?: ScannedCitation[], quotesParagraph = false) => {
    const event: ScannedCitation = {
      type: 'citation', start, end: chain.end, head, top: chain.top, targets: chain.targets,
      // The chain's parts as they are when no head part comes before them (no part is changed once read).
      parts: headParts.length ? headParts.concat(chain.parts) : chain.parts, arabic: chain.arabic, lang: 'zh',
    };
    if (paragraphOf) event.paragraphOf = paragraphOf;
    if (wordsOf?.length) event.wordsOf = wordsOf;
    if (quotesParagraph) event.quotesParagraph = true;
    if (chain.missing) event.missing = chain.missing;
    if (head.kind === 'bare' && countedThingAfter(text, chain)) return;
    pushReference(event);
  };

  // The contract named last in 《》 (《通用条款》, contractClause.ts) — where it or its last clause ends, and how many
  // events were found by then. Bare articles after it in the same paragraph, with no title or citation between, are
  // its clauses, as a bracketed title's would be its articles. (After 合同第八条约定, unbracketed, a bare article is the
  // regulation's in context again.)
  let contractEnd = -1;
  let contractEvents = -1;
  /** Short names given to technical standards (《某某通则》(以下简称《通则》)): standards too (standardClauses.ts). */
  const standardNames = new Set<string>();
  const contractGoesOn = (p: number): boolean =>
    contractEnd !== -1 && contractEnd <= p && events.length === contractEvents && !/[\r\n]/.test(text.slice(contractEnd, p));
  const nextClose = new Map<string, number>();
  const re = new AnchorFinder();
  re.lastIndex = from;
  let guard = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++guard > 20_000_000 || events.length >= MAX_EVENTS) break;
    const p = m.index;
    const c = m[0][0];
    const code = m[0].charCodeAt(0);
    try {
      // 依据票据法12条规定, 民法典1165条第1款: an article written without 第 right after a law's name (Q&A pages, lawyers'
      // answers); read as after a title (looseArticle: a 款/项 or 规定 after it), with malformed-citation's fix.
      // 刑诉法五十条, 依据民法典五百零九条第一款: the same in Chinese numerals, on the terms of bareNameLooseArticle.ts.
      // (By code: a string comparison and a search of the digits' string cost more at every anchor of a document.)
      const chinese = CHINESE_DIGIT_CODES.has(code);
      if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || chinese) {
        // Rule (issue 14, real-zh16; Hong Kong writers: 須根據基本法159(2)條的規定): 基本法 before the digits is the Basic
        // Law's name (basicLawName.ts), as before 第.
        // Digits after another character (认为35条, 和32条) are read only by the rule on numbers alone (looseRepeat.ts).
        // 某某法当中58条所规定的: 当中 (当中的, 中的) between the name and the article (inLawWords.ts).
        /** The article in Chinese numerals after the bare name starting at `start`, when bareNameLooseArticle.ts reads it. */
        const chineseLooseArticle = (start: number): Chain | null => {
          const accepted = looseArticle(text, p);
          const any = accepted ?? parseChain(text, p, 0, false, undefined, true);
          return any && any.top === 0 && bareChineseArticleCited(text, start, p, any.end, !!accepted) ? any : null;
        };
        // 土地管理法.62条: a dot between the name and the article (dottedArticle.ts), read as 当中 is.
        const dot = chinese ? 0 : dotBeforeArticle(text, p);
        const inLaw = dot || (chinese || text[p - 1] === '法' || text[p - 1] === '典' ? 0 : inLawWordsBefore(text, p));
        const nameEnd = p - inLaw;
        // 担保制度解释68条, 海关行政处罚实施条例三十三条: a known name ending in 解释 / 规定 / 条例 as well (ruleNameGlued.ts).
        const ruleName = inLaw || text[nameEnd - 1] === '法' || text[nameEnd - 1] === '典' ? -1 : ruleNameGluedBefore(text, nameEnd, matchBareTitle, matcher);
        const named = ((text[nameEnd - 1] === '法' || text[nameEnd - 1] === '典') && (!inLaw || !endsWithAt(text, nameEnd, SELF_WORDS))) || ruleName !== -1;
        const basic = named && !inLaw && endsWithAt(text, p, SELF_WORDS) === '本法' ? basicLawNameBefore(text, p) : null;
        const short = named && !inLaw && !basic && !matchBareTitle(nameEnd) ? shortLawNameBefore(text, nameEnd, matcher?.shortensLaw?.bind(matcher)) : -1;
        const known = !named ? null : basic ? { start: basic.start, defined: false } : short !== -1 ? { start: short, defined: false } : ruleName !== -1 ? { start: ruleName, defined: false } : matchBareTitle(nameEnd);
        // 婚姻法32条也有类似规定: a law the corpus lacks, named bare (unknownLawName.ts unheldLawNameBeforeDigits).
        const unheld = named && !known && !inLaw && !chinese && !dot ? unheldLawNameBeforeDigits(text, nameEnd) : -1;
        const bare = known ?? (unheld !== -1 ? { start: unheld, defined: false } : null);
        const chain = !bare ? null : chinese ? chineseLooseArticle(bare.start) : dot ? dottedArticle(text, p - 1) : inLaw ? looseArticle(text, p) : looseArticle(text, p, lawNameBare(text, bare.start, nameEnd), citedBeforeName(text, bare.start)) ?? headingLineArticle(text, bare.start, p, /法(?:典)?$/.test(text.slice(bare.start, p)));
        if (!bare) {
          if (chinese) continue;
          // No name before: the number of an article cited just before, or joined to one written without 第 (looseRepeat.ts),
          // or glued to the chapter a title's citation just named (《…》第二章24条, chapterLooseArticle.ts).
          const loose = looseRepeatCandidate(text, p, events) ? parseChain(text, p, 0, false, undefined, true) : null;
          if (loose && (looseRepeatAt(text, p, loose, events) || articleAfterChapter(text, p, loose, events))) {
            pushCitation(p, { kind: 'bare' }, loose, []);
            re.lastIndex = loose.end;
          }
          continue;
        }
        if (!chain) continue;
        pushCitation(bare.start, unmarkedTitle(text, bare.start, nameEnd, basic ? { written: basic.written } : short !== -1 || unheld !== -1 ? { unknownName: true, ...bareVersionBefore(text, bare.start) } : { defined: bare.defined, ...bareVersionBefore(text, bare.start) }), chain, [{ kind: 'title', start: bare.start, end: nameEnd }]);
        re.lastIndex = chain.end;
        continue;
      }
      if (c === '第') {
        if (headings.has(p)) {
          const u = parseUnit(text, p);
          re.lastIndex = u ? u.end : p + 1;
          continue;
        }
        const next = text[p + 1];
        if (next !== '（' && next !== '(' && !readNum(text, p + 1) && !(next === ' ' && (isDigitAt(text, p + 2) || text[p + 2] === '(' || text[p + 2] === '（'))
          && !numberAfterBreak(text, p + 1)) continue;
        // A commentary page's heading (新劳动合同法解释：第四十六条【经济补偿】) cites the article it names, colon or not.
        const heading = matcher && commentaryHeadingTitle(text, p, matcher) ? -1 : articleHeadingAt(text, p);
        if (heading !== -1) {
          if (!selfRefs) quotedHeading(p, heading);
          re.lastIndex = heading;
          continue;
        }
        // The next article a list entry reproduces, its label opening the indented paragraph right after the open quotation
        // of the one before (    第六十条“…): that article's heading, its words the same law's (entryParagraphs.ts).
        const reproducedOf = quote && !quote.unmarked && !selfRefs && quote.of.unclosedQuotation && quote.of.lang === 'zh' ? quote.of : null;
        const lastArticle = reproducedOf?.targets[reproducedOf.targets.length - 1]?.article;
        if (reproducedOf && lastArticle !== null && lastArticle !== undefined && p > quote!.end) {
          const u = parseUnit(text, p);
          if (u && u.level === 0 && u.nums.length === 1 && u.missingUnit === undefined && nextArticleReproducedAt(text, p, u.end, u.nums[0].n, quote!.start, quote!.end, lastArticle)) {
            const event: ScannedCitation = {
              type: 'citation', start: p, end: u.end, head: { kind: 'bare' }, top: 0, parts: [], arabic: [], lang: 'zh', heading: true,
              targets: [{ article: u.nums[0].n, insert: u.nums[0].insert, paragraph: null, item: null, subitem: null }], quotedIn: reproducedOf,
            };
            const q = quoteBudget > 0 ? quotationAfter(text, u.end, 'zh') : null;
            if (q) {
              quoteBudget -= q.end - q.start;
              event.unmarked = { start: q.start, end: q.end };
              if (q.unclosed) event.unclosedQuotation = true;
              quote = { start: q.start, end: q.end, of: event };
            }
            events.push(event);
            re.lastIndex = u.end;
            continue;
          }
        }
        // A bilingual statute text: "Article 323 Whoever … 第三百二十三条故意破坏…" — the same article's Chinese label
        // on the line its English heading opens is that heading again, not a citation.
        if (inStatute(p) && text.lastIndexOf('\n', p) < statuteLines[statuteLines.length - 1][0]) {
          const u = parseUnit(text, p);
          if (u && u.level === 0 && u.nums.length === 1 && u.nums[0].n === statuteLines[statuteLines.length - 1][2]) {
            re.lastIndex = u.end;
            continue;
          }
        }
        const { head, start } = headFor(p);
        const titled = head.kind === 'title' || head.kind === 'anaphor' || head.kind === 'self';
        const chain = parseChain(text, p, 0, titled && !atLineStart(text, start)) ?? (head.kind === 'title' ? parseChain(text, p, 0, false, undefined, false, true) : null);
        markCodePart(text, p, chain);
        // 第二百六十条（注：已修订为第二百五十八条）第一款: the 款 after an editor's note is the article's (notedParagraph.ts).
        if (chain && head.kind === 'bare' && chain.top === 1 && notedArticleTakes(p, chain)) {
          re.lastIndex = chain.end;
          continue;
        }
        let ok = !!chain;
        const goesOn = chain && head.kind === 'bare' && contractGoesOn(p);
        if (chain && head.kind === 'bare' && (goesOn || contractClauseAt(text, p, chain.end) || bodyOwnRuleAt(text, p))) {
          re.lastIndex = chain.end; // the whole list is the contract's (合同第五条、第六条约定)
          if (goesOn) contractEnd = chain.end;
          continue;
        }
        // 民事权利一章第一条: the first article of a chapter named by its subject, no article of the law (chapterArticle.ts).
        if (chain && head.kind === 'bare' && chain.top === 0 && chapterFirstArticleAt(text, p, chain.end)) {
          re.lastIndex = chain.end;
          continue;
        }
        const paragraphOf = chain && head.kind === 'bare' && (chain.top === 1 || chain.top === 2) && !selfRefs ? paragraphAfterQuotation(p, chain.end, chain.top) : undefined;
        // A 款 alone quoted right after its article was cited (第八十二条规定了两款…：第一款“…”；第二款“…”): read only when the
        // quotation is that 款's text (quotedParagraphAlone.ts; analyze.ts checks it).
        let quotesParagraph = false;
        let afterTitle = false;
        /** Items retold under the article's items printed above (retoldItems.ts): their 款 is the one listing them. */
        let retold = false;
        /** Items going on from the citation just before them, or picked out by it (itemsGoOn.ts). */
        let itemsOn: ItemsAfter | undefined;
        /** The citations whose article's words a 款 alone may stand in (pastedParagraph.ts), nearest first. */
        let pastedIn: ScannedCitation[] | undefined;
        if (chain && head.kind === 'bare') {
          const lastEvent = events[events.length - 1];
          // A 款 a few words after its regulation's title named again alone (paragraphAfterTitle.ts; analyze.ts checks the law).
          afterTitle = chain.top === 1 && !selfRefs && lastEvent?.type === 'title' && !ownedNumber(text, p) && !quotedAt(p) && paragraphAfterTitleNamed(text, p, chain.end, lastEvent.head.end);
          const plain = chain.top === 1 && (selfRefs || relativeQuotedAt(p) !== undefined || paragraphDiscussed(text, p, chain.end) || (!selfRefs && paragraphInRun(text, p, chain.end)) || !!paragraphOf || paragraphAfterParagraph(p, chain.end) || amendedParagraph(p, chain.end) || taiwanParagraphDiscussed(p) || afterTitle || earlierParagraphInNewWording(p, chain) || (!selfRefs && paragraphCountedBefore(text, p, events))
            || (!selfRefs && !quotedAt(p) && !ownedNumber(text, p) && paragraphItemAfterArticle(text, p, chain.targets, events)));
          quotesParagraph = chain.top === 1 && !plain && !selfRefs && !quotedAt(p) && chain.targets.every((t) => t.paragraph !== null) && quotedParagraphAfter(text, p, chain.end, lastEvent?.type === 'citation' ? lastEvent : undefined);
          itemsOn = chain.top === 2 && !quotedAt(p) ? itemsGoOn(text, p, chain.end, lastEvent) : undefined;
          ok = chain.top === 0 || plain || quotesParagraph || !!itemsOn || (chain.top === 2 && (itemCitedAlone(text, p, chain.end) || (selfRefs && !quotedAt(p) && itemConductCited(text, p, chain.end)) || !!paragraphOf || taiwanParagraphDiscussed(p) || (retold = itemsRetoldAt(text, p, chain.end))));
          // A 款 alone in a cited article's words written out after its citation (…依照第一款的规定处罚; pastedParagraph.ts):
          // read where analyze.ts finds the words around it in that article's text, as 前款 there.
          // Only as a law's words name a 款 (…第一款的规定, 第一款规定的…, 第一款所列…), the host's words running on to it with
          // no blank line between, or pasted in blank-spaced 款 under it (pastedParagraph.ts citationsOfParagraphBefore).
          if (!ok && chain.top === 1 && !selfRefs && !quotedAt(p) && !ownedNumber(text, p) && /^的?(?:规定|所列|所称)/.test(text.slice(chain.end, chain.end + 3))) {
            const hosts = citationsOfParagraphBefore(text, p, events);
            if (hosts.length) {
              pastedIn = hosts;
              ok = true;
            }
          }
          if (selfRefs && chain.top !== 0 && inNewWording(p)) ok = false;
          // 按照下列程序处理：第二款调查取证: the label of a list's entry, no 款 cited (listEntryParagraph.ts).
          if (ok && chain.top === 1 && paragraphLabelsListEntry(text, p, chain.end)) ok = false;
          // “第二十条之一 … opening a paragraph of new wording: the added article's heading, not a citation.
          if (chain.top === 0 && inNewWording(p) && text[p - 1] === '“' && atLineStart(text, p - 1)) ok = false;
        }
        else if (chain && head.kind === 'same-article') ok = chain.top === 1 || chain.top === 2;
        else if (chain) {
          ok = chain.top === 0 || (chain.top === -2 && titled);
          // 第27/2020號行政長官批示第一款(一)項: a Macau dispatch's or order's 款, no article (macauActNumber.ts).
          if (!ok && chain.top === 1 && head.kind === 'title' && head.unknownName && start < p && macauActBefore(text, p)) ok = true;
        }
        // Rule (issue 14, real-gov7): a 款 or 项 right after an article written without 第 (和六十条第一款第(一)项, a PDF
        // table's cell pushed between 第 and 六十条) is that article's, not one of the article cited before: left unread.
        if (ok && chain && head.kind === 'bare' && chain.top >= 1 && AFTER_ARTICLE_WITHOUT_DI.test(text.slice(Math.max(0, p - 16), p))) {
          re.lastIndex = chain.end; // the list of its 款 too (十八条第一款、第二款)
          continue;
        }
        if (!chain || !ok) {
          re.lastIndex = p + 1;
          continue;
        }
        if (head.kind === 'bare' && chain.top === 0 && matcher && !selfRefs && !quotedAt(p)) {
          // A local regulation's bare name, then its adoption note, then this article (adoptedName.ts): its title.
          const adopted = adoptedNameBefore(text, p, matcher);
          if (adopted) {
            events.push({ type: 'title', head: unmarkedTitle(text, adopted[0], adopted[1], { unknownName: true }) });
            covered.push(adopted[0], adopted[1]);
          }
          // A document named without 《》 as governments title theirs (某某省人民政府关于…的决定，第5条): its title (documentName.ts).
          const document = adopted ? null : documentNameBefore(text, p, matcher);
          if (document) {
            events.push({ type: 'title', head: unmarkedTitle(text, document[0], document[1], document[2] ? {} : { unknownName: true }) });
            covered.push(document[0], document[1]);
          }
          namedInProse(p);
        }
        const headParts: ScannedCitation['parts'] = head.kind === 'title' ? [{ kind: 'title', start: head.start, end: head.end }]
          : head.kind !== 'bare' ? [{ kind: 'reference', start: head.start, end: head.end }] : [];
        if (paragraphOf) {
          const t = paragraphOf.targets[0];
          const paragraph = chain.top === 2 ? paragraphOf.targets[paragraphOf.targets.length - 1].paragraph : null;
          pushCitation(start, head, { ...chain, targets: chain.targets.map((r) => ({ ...r, article: t.article, insert: t.insert, paragraph: r.paragraph ?? paragraph })) }, headParts, paragraphOf);
        } else {
          // Rule (issue 14; Q&A pages and law-firm articles writing out a cited article's words without marks: 劳动合同法第
          // 四十六条，有下列情形之一的，…（一）劳动者依照本法第三十八条规定解除…): 本法 there is the cited law, as its 前款 is
          // the cited article's (pastedParagraph.ts) — read so only where the words around it are that article's own.
          const wordsOf = head.kind === 'self' && !selfRefs && !quotedAt(p) ? citationsOfWordsBefore(text, start, events) : pastedIn;
          const pushed = events.length;
          pushCitation(start, head, chain, headParts, undefined, wordsOf, quotesParagraph);
          if (afterTitle && events.length > pushed) (events[events.length - 1] as ScannedCitation).afterTitleNamed = true;
          if (retold && events.length > pushed) (events[events.length - 1] as ScannedCitation).retoldItems = true;
          if (itemsOn === 'picked-out' && events.length > pushed) (events[events.length - 1] as ScannedCitation).itemsPickedOut = true;
        }
        re.lastIndex = chain.end;
        continue;
      }
      if (c === '《' || c === '〈' || c === '﹤') {
        const closeChar = OPEN_CLOSE[c];
        let next = nextClose.get(closeChar) ?? -2;
        if (next !== -1 && next < p) {
          next = text.indexOf(closeChar, p);
          nextClose.set(closeChar, next);
        }
        if (next === -1 || next - p > 121) {
          // A 〉 within a title's length may close it (a title typed with mismatched brackets: titleEnd).
          let small = c === '《' ? nextClose.get('〉') ?? -2 : -1;
          if (small !== -1 && small < p) {
            small = text.indexOf('〉', p);
            nextClose.set('〉', small);
          }
          if (small === -1 || small - p > 121) continue;
        }
        const close = titleEnd(text, p);
        if (close === -1) continue;
        const inner = text.slice(p + 1, close);
        if (!inner.trim() || /[《〈]$|^[》〉]/.test(inner)) continue;
        // 《货物运输合同》第五条: a contract's clause, and the contract is no regulation (contractClause.ts).
        if (c === '《' && contractTitle(inner)) {
          re.lastIndex = close + 1;
          contractEnd = close + 1;
          contractEvents = events.length;
          continue;
        }
        // 《某某通则(GB 12345-2018)》(以下简称《通则》)第4.2条、第7条: a technical standard's clauses, and the standard is no
        // regulation (standardClauses.ts); read like a contract's, its short name too.
        if (c === '《' && (standardNames.has(inner) || standardTitleAt(text, p, close, inner))) {
          let end = pastStandardCode(text, close);
          const def = shortFormAt(text, end);
          if (def) {
            standardNames.add(def.name);
            end = def.end;
          }
          re.lastIndex = end;
          contractEnd = end;
          contractEvents = events.length;
          continue;
        }
        // Rule (issue 14, real-gov16; 人大 reports listing proposals: 曾志云等12名代表提出的《关于修订〈贵州省生态文明建设促进
        // 条例〉第六十四条的议案》): a proposal's or request's title naming an article of a regulation in 〈〉 cites that article —
        // the title is read on from its opening, so the nested title and its article are a citation there, and the proposal
        // itself is no regulation. Only when the article follows the nested title straight away.
        // So too a work's title on an article (《〈反不正当竞争法〉第六条适用研究》; workTitleOnArticle.ts).
        if (c === '《' && (PROPOSAL_ON_ARTICLE.test(inner) || workTitleOnArticle(inner))) {
          re.lastIndex = p + 1;
          continue;
        }
        // 根据《某某法第二十条》规定: the article inside the marks (articleInsideMarks.ts), read as 《某某法》第二十条.
        const inside = c === '《' ? articleInsideMarks(text, p, close) : null;
        if (inside) {
          const head: TitleHead = { kind: 'title', written: text.slice(p + 1, inside.nameEnd), start: p, end: inside.nameEnd, innerStart: p + 1, innerEnd: inside.nameEnd, bracketed: true, lang: 'zh' };
          // 《某法(2009修订)第十七条》: the version noted in the marks, as in 《某法(2009修订)》.
          const vInside = VERSION_IN_TITLE.exec(head.written);
          if (vInside) {
            head.versionYear = +vInside[1];
            head.versionEvent = versionEventOf(vInside[2] ?? vInside[3] ?? vInside[4]);
          }
          const missing = [...(inside.chain.missing ?? []), { at: inside.nameEnd, word: '》' as const }, { at: close, word: '' as const, drop: 1 }];
          pushCitation(p, head, { ...inside.chain, end: close + 1, missing }, [{ kind: 'title', start: p, end: inside.nameEnd }]);
          re.lastIndex = close + 1;
          continue;
        }
        const anaphoric = anaphorInMarks(text, p, close, inner, shortSeen);
        if (anaphoric) {
          pushCitation(anaphoric.head.start, anaphoric.head, anaphoric.chain, [{ kind: 'reference', start: anaphoric.head.start, end: anaphoric.head.end }]);
          re.lastIndex = anaphoric.chain.end;
          continue;
        }
        // 最高人民法院关于执行《…行政诉讼法》若干问题的解释第一条: the law's title stands inside an interpretation's title
        // written without 《》, and that interpretation is the one cited (bareInterpretation.ts).
        const around = interpretationAround(text, p, close);
        // 《《食品安全法》法》: a title doubled, its last character repeated outside the inner marks (doubledTitle.ts).
        const restored = (c === '《' ? doubledTitle(inner) : null) ?? (!around && inner.length < 30 ? lostNames.restore(inner, lawCitedBefore, p) : null);
        const tStart = around ? around.start : p;
        const head: TitleHead = around
          ? unmarkedTitle(text, around.start, around.end)
          : { kind: 'title', written: restored ?? inner, start: p, end: close + 1, innerStart: p + 1, innerEnd: close, bracketed: true, lang: /[\u4e00-\u9fff]/.test(inner) ? 'zh' : 'en' };
        // (Its match holds 年: with none in the 20 characters before, no slice is read.)
        const vBefore = yearWordWithin(text, Math.max(0, tStart - 20), tStart) ? VERSION_BEFORE.exec(text.slice(Math.max(0, tStart - 20), tStart)) : null;
        if (vBefore) {
          head.versionYear = +vBefore[1];
          head.versionEvent = versionEventOf(vBefore[3] ?? vBefore[2] ?? vBefore[4] ?? vBefore[5]);
        }
        // 2023《公司法》: a year glued before 《 without 年, that year's text (yearGluedTitle.ts).
        const glued = vBefore || around ? null : yearGluedBefore(text, tStart);
        if (glued) head.versionYear = glued;
        const vIn = around ? null : VERSION_IN_TITLE.exec(inner);
        if (vIn) {
          head.versionYear = +vIn[1];
          head.versionEvent = versionEventOf(vIn[2] ?? vIn[3] ?? vIn[4]);
        }
        let q = head.end;
        VERSION_AFTER.lastIndex = q;
        const vAfter = VERSION_AFTER.exec(text);
        if (vAfter) {
          head.versionYear = +vAfter[1];
          head.versionEvent = versionEventOf(vAfter[2] ?? vAfter[3] ?? vAfter[4]);
          q = VERSION_AFTER.lastIndex;
          head.end = q;
        }
        // A list's history note after the title, closing on the last amendment it knew (historyNote.ts): that version.
        const history = vAfter || vIn ? null : historyNoteVersion(text, q);
        if (history) {
          head.versionYear = history.year;
          head.versionEvent = 'amended';
        }
        // A note naming the amending decision by its title, the article right after it (amendingNote.ts): the law's
        // article; the decision's title in the note takes nothing over.
        // fix-zh42 (heldout35 gov: 《气象灾害防御条例》(2010年1月27日…令第570号,2017年10月7日《国务院关于修改部分行政法规的决定》
        // 修订)第二十三条): a history note naming the amending decision by its title is both — its last amendment names the
        // version, and the note, decision's title and all, stands between the title and its article.
        const amending = vAfter || vIn ? -1 : amendingNoteEnd(text, q, head.written);
        if (amending !== -1) q = head.end = amending;
        // The order that published the text, in brackets after the title (historyNote.ts orderNoteAt): its year names the version; with
        // no year the analyzer reads the order's date from the corpus.
        const order = vAfter || vIn || vBefore || history || amending !== -1 ? null : orderNoteAt(text, q);
        if (order) head.order = { series: order.series, n: order.n, written: order.written };
        if (order && order.year !== null) {
          head.versionYear = order.year;
          head.versionEvent = order.event ?? 'year';
        }
        // （法释〔2001〕33号） after an interpretation's title: the year of the text it issued (interpretationNumber.ts).
        const numberNote = vAfter || vIn || vBefore || history || !'（(【'.includes(text[q]) ? null : interpretationNumberAt(text, q);
        if (numberNote) head.numberYear = numberNote.year;
        // 《婚姻法》司法解释(三)第15条: the court's interpretation of the law in marks (titleInterpretation.ts).
        const interpreted = !around && matcher ? interpretationAfterTitle(text, inner, q, matcher) : null;
        if (interpreted) {
          head.written = interpreted.written;
          head.end = q = interpreted.end;
        }
        // 《…若干规定》【法释[2003]2号】(以下简称《2003版若干规定》): the short name after the number (interpretationNumber.ts).
        SHORT_FORM_BRACKET.lastIndex = numberNote && !interpreted && shortFormAt(text, numberNote.end) ? numberNote.end : q;
        const def = SHORT_FORM_BRACKET.exec(text);
        let chainAt = q;
        if (def) {
          const short = def[2];
          events.push({ type: 'title', head });
          events.push({ type: 'definition', shortTitle: short, start: q, end: SHORT_FORM_BRACKET.lastIndex, of: head });
          addShort(short, SHORT_FORM_BRACKET.lastIndex);
          chainAt = SHORT_FORM_BRACKET.lastIndex;
          // Rule (issue 14, fix-zh31; penalty cases and guiding cases: 依据《中华人民共和国某某法》(以下简称《某某法》)(2015年
          // 修订)第七十条第一款): the writer names the law, gives its short name, then the version applied, the article
          // last. The version in brackets after the short name's bracket is the title's, as right after the title; the
          // citation then reads from the title on (title, short name, version and article are one reference). No
          // version there: the citation stays the article's, as before.
          VERSION_AFTER.lastIndex = chainAt;
          const vDefined = vAfter || vIn || vBefore || history ? null : VERSION_AFTER.exec(text);
          if (vDefined && text.charCodeAt(VERSION_AFTER.lastIndex) === 0x7b2c) {
            head.versionYear = +vDefined[1];
            head.versionEvent = versionEventOf(vDefined[2] ?? vDefined[3] ?? vDefined[4]);
            chainAt = VERSION_AFTER.lastIndex;
          }
          // （以下简称《行政诉讼法》）74条第1款: 第 left out after the bracket, as right after a title.
          const chain = text.charCodeAt(chainAt) === 0x7b2c ? parseChain(text, chainAt, 0, false) ?? (RULES_TITLE.test(head.written) ? dottedRuleClausesAt(text, chainAt) : null) : readNum(text, chainAt) ? looseArticle(text, chainAt) : null;
          if (chain && chain.top === 0 && vDefined && chainAt === VERSION_AFTER.lastIndex) {
            pushCitation(tStart, head, chain, [{ kind: 'title', start: tStart, end: head.end }]);
            re.lastIndex = chain.end;
          } else if (chain && chain.top === 0) {
            pushCitation(chainAt, head, chain, []);
            re.lastIndex = chain.end;
          } else re.lastIndex = chainAt;
          continue;
        }
        const titleLinks = afterTitleLinks(text, q);
        const linked = titleLinks !== -1 ? titleLinks : wrappedAfterCitedTitle(text, tStart, q);
        // 《…规定》 第一条减刑…。 第二条对于…: the title of a flattened reprint, its first label a heading (headingRun.ts).
        if (linked > q && /^[ \u3000]+$/.test(text.slice(q, linked))) {
          const u = parseUnit(text, linked);
          if (u && u.level === 0 && u.nums.length === 1 && !u.nums[0].insert && headingInRun(text, linked, u.end, u.nums[0].n)) {
            events.push({ type: 'title', head });
            covered.push(tStart, head.end);
            re.lastIndex = linked;
            continue;
          }
        }
        // 《…》五十二条第一款: 第 left out right after a title.
        // Rule (issue 14, zh12; replies and decisions: 根据《…法》的八十一条之规定): a law's title, 的, then its article
        // without 第 followed by (之)规定 — read as 《…法》第八十一条 (malformed-citation gives the fix).
        // Rule (issue 14, heldout21-court; papers on a law: 执行异议的依据仅有《某法》中的31条及33条): 中的 before it as well —
        // the articles "in" the law — on the same terms (a list, or 规定 after it; 《条例》中的20条措施 is a name). 中 alone
        // is not read (《某法》中20条涉及… may count the law's articles).
        // Also 当中 / 当中的 (inLawWords.ts).
        // Also 的 and an article closing its clause or compared with the next (的48条与《…》第52条: ofLawArticle.ts).
        const inLaw = text[q] === '的' ? 0 : inLawWordsAt(text, q);
        const ofAt = linked !== -1 || !/法$/.test(head.written) ? -1 : text[q] === '的' ? q + 1 : inLaw ? q + inLaw : -1;
        const ofArticle = ofAt !== -1 && readNum(text, ofAt) ? looseArticle(text, ofAt) ?? (text[q] === '的' ? ofLawArticle(text, ofAt) : null) : null;
        const chain = linked !== -1 ? parseChain(text, linked, 0, true) ?? parseChain(text, linked, 0, false, undefined, false, true) ?? (RULES_TITLE.test(head.written) ? dottedRuleClausesAt(text, linked) : null) : readNum(text, q) ? looseArticle(text, q, /法$/.test(head.written), CITED_TITLE.test(text.slice(Math.max(0, tStart - 2), tStart))) ?? headingLineArticle(text, tStart, q, /法(?:典)?$/.test(head.written)) ?? titleArticleRepeated(text, q, head, events) : ofArticle ?? (linked === -1 ? dottedArticle(text, q) : null);
        if (linked !== -1) markCodePart(text, linked, chain);
        if (chain && ((chain.top !== 1 && chain.top !== 2 && chain.top !== 3) || (chain.top === 2 && numberedEntries(head.written)) || (chain.top === 2 && (approvalItemsDecision(head.written) || amendingListDecision(head.written) || entryListTitle(head.written, text, q, linked)) && (ITEM_CUE.test(text.slice(chain.end, chain.end + 4)) || entryNameAfter(text, chain.end) || entryAloneInCell(head.written, approvalItemsDecision(head.written), text, chain.end))) || (chain.top === 1 && noticeTitle(head.written)))) {
          pushCitation(tStart, head, chain, [{ kind: 'title', start: tStart, end: head.end }]);
          re.lastIndex = chain.end;
        } else {
          // A regulation named in unmarked quoted text starts its own text there (【规章】《…办法》（…）。 第三十二条 …):
          // the quoted text before it ends. A certificate's title inside the text (《网络文化经营许可证》) does not.
          const open = quote as { start: number; end: number; unmarked?: boolean } | null; // set by the closures above
          if (open?.unmarked && p >= open.start && p < open.end && LAW_TITLE_END.test(head.written.replace(/\s+/g, ''))) quote = null;
          events.push({ type: 'title', head });
          covered.push(tStart, head.end);
          re.lastIndex = q;
        }
        continue;
      }
      if (c === '该' || c === '此') {
        // 该条 / 该款 / 该项 alone pointing back to the article, 款 or item cited just before (thatArticle.ts); analyze.ts reads
        // it in that article (该条: the article itself; 该款 / 该项: the 款 or item that citation named).
        re.lastIndex = p + 2;
        const unit = text[p + 1] as ThatUnit;
        // 各该条 / 各该款: every article or 款 the citation before listed (eachListed.ts).
        const each = c === '该' && unit !== '项' ? eachListedHost(text, p, events, unit, selfRefs) : undefined;
        if (each && !quotedAt(p)?.newWording) {
          pushReference({ type: 'citation', start: p - 1, end: p + 2, head: { kind: 'same-article', start: p - 1, end: p + 2 }, top: unit === '条' ? 0 : 1, targets: each.targets, parts: [{ kind: 'reference', start: p - 1, end: p + 2 }], arabic: [], lang: 'zh', eachOf: each });
          continue;
        }
        const words = quote as { unmarked?: boolean } | null; // set by the closures above
        // Words read as an article's text glued to its label (《某法》第十条有两处变化。…) are unmarked, not quoted: 根据该条，
        // there is the writer's again (thatArticle.ts).
        const back = (!quotedAt(p) || !!quotedAt(p)?.newWording || (!!words?.unmarked && CITING_THAT.test(text.slice(Math.max(0, p - 3), p + 3)))) ? thatUnitRefersBack(text, p, events, unit, selfRefs) : undefined;
        // 该条 opening the writer's sentence after an article's words restated without marks (thatArticleRestated.ts): that
        // article, also where 该条 would otherwise point back to an article those words cite.
        const restatedOpening = unit !== '条' || selfRefs || (quotedAt(p) && !words?.unmarked) ? -1 : restatedArticleBefore(text, p, events);
        // Also 此条 after an article restated with the law's own 本法第N条 in its words (restatedOwnReference.ts).
        const pastOwn = restatedOpening !== -1 || unit !== '条' || selfRefs || quotedAt(p) ? -1 : restatedAroundOwnReference(text, p, events);
        const restated = restatedOpening !== -1 ? restatedOpening : pastOwn;
        if (back || restated !== -1) {
          // 该条款 after a citation of one 款: that 款 (thatArticle.ts clauseParagraph).
          const clause = unit === '条' ? clauseParagraph(text, p, events, back) : null;
          const targets = clause !== null ? [{ article: null, insert: null, paragraph: clause, item: null, subitem: null }]
            : unit === '条' || !back ? [] : [{ article: null, insert: null, paragraph: back.paragraph, item: unit === '项' ? back.item : null, subitem: null }];
          // The word written (该条文, 该条法律, 该条款) is the reference's span.
          const end = p + (unit === '条' ? /^[该此]条(?:文|法律|款)?/.exec(text.slice(p, p + 4))![0].length : 2);
          pushReference({ type: 'citation', start: p, end, head: { kind: 'same-article', start: p, end }, top: clause !== null ? 1 : unit === '条' ? -1 : unit === '款' ? 1 : 2, targets, parts: [{ kind: 'reference', start: p, end: p + 2 }], arabic: [], lang: 'zh', ...(restated !== -1 ? { restatedFrom: restated } : {}), ...(pastOwn !== -1 ? { restatedPastOwn: true as const } : {}) });
        }
        continue;
      }
      if (c === '本' || c === '前' || c === '上') {
        // Rule (issue 14, fix-tw18): on a page written under Taiwan's laws, whose 項 is the paragraph (chain.ts unitLevel),
        // 前項 / 本項 are the previous and this paragraph, read as 前款 / 本款 are (依前項第八款指定時, 前項第一款及第二款之期間).
        // Elsewhere 前项 / 本项 stay unread, as before.
        // 前项 / 前两项 in the words of an enumerated item of the page's own text: the items before it (precedingItem.ts).
        if (m[0].endsWith('项') && !taiwanPage(text)) {
          const len = m[0].length;
          const items = c === '前' && selfRefs && !inNewWording(p) && !qianPartOfWord(text, p, m[0]) ? precedingItems(text, p, countBack(m[0])) : null;
          if (!items) continue;
          pushReference({ type: 'citation', start: p, end: p + len, head: { kind: 'this-article', start: p, end: p + len, thisParagraph: true }, top: 2, targets: items.map((item) => ({ article: null, insert: null, paragraph: null, item, subitem: null })), parts: [{ kind: 'reference', start: p, end: p + len }], arabic: [], lang: 'zh' });
          re.lastIndex = p + len;
          continue;
        }
        // Outside a regulation only 本条 (the article under discussion, analyze.ts discussedArticle), else only in quotations.
        // Also 前款 in the words of an article cited just before, written out without marks (pastedParagraph.ts).
        // Rule (issue 14, real-zh19; Q&A pages setting out an interpretation's article after 规定， : 根据上述司法解释第二条规定，
        // …“数额较大”的标准可以按照前条规定标准的百分之五十确定): 前条 there too — read only where the words from it on are
        // found in the cited article's text (analyze.ts quotedTargets), then the article before it.
        // 上款 is 前款 (upperParagraph.ts).
        const word = readAsPreceding(m[0]);
        const wordsOf = !selfRefs && !quotedAt(p) && /^前[两二三]?[款项]$|^前条$/.test(word) ? citationsOfWordsBefore(text, p, events) : [];
        // Also 前款 in the text of a law's article printed under its label on the page (printedParagraph.ts).
        const printed = !selfRefs && !wordsOf.length && /^前[两二三]?[款项]$/.test(word) && !relativeQuotedAt(p) ? printedParagraphAt(text, p) : null;
        // 本款 too: the 款 a commentary named on its own just before (analyze.ts paragraphUnderDiscussion), else unread there.
        if ((!selfRefs && !relativeQuotedAt(p) && word !== '本条' && word !== '本款' && word !== '本项' && !wordsOf.length && !printed) || (selfRefs && inNewWording(p))) continue;
        const pushed = events.length;
        const before = text[p - 1] ?? '';
        if (c !== '上' && (c === '本' ? BEFORE_BEN.includes(before) && before !== '' : qianPartOfWord(text, p, word))) continue;
        let head: Head;
        if (word === '本条') head = { kind: 'this-article', start: p, end: p + 2 };
        else if (word === '本款' || word === '本项') head = { kind: 'this-article', start: p, end: p + 2, thisParagraph: true };
        else if (word === '前条') head = { kind: 'prev-article', start: p, end: p + 2, count: 1 };
        else if (word.endsWith('条')) head = { kind: 'prev-article', start: p, end: p + word.length, count: countBack(word) };
        else head = { kind: 'prev-paragraphs', start: p, end: p + word.length, count: countBack(word) };
        const q = p + word.length;
        // 本条第一款 / 前款第（三）项: the chain below the head's level.
        const headLevel = head.kind === 'this-article' ? (head.thisParagraph ? 1 : 0) : head.kind === 'prev-article' ? 0 : 1;
        const chain = text.charCodeAt(q) === 0x7b2c ? parseChain(text, q, headLevel + 1, false, headLevel) : null;
        const headParts: ScannedCitation['parts'] = [{ kind: 'reference', start: p, end: q }];
        if (chain) {
          pushCitation(p, head, chain, headParts, undefined, relativeQuotedAt(p) ? undefined : wordsOf);
          re.lastIndex = chain.end;
        } else {
          pushReference({ type: 'citation', start: p, end: q, head, top: -1, targets: [], parts: headParts, arabic: [], lang: 'zh', ...(wordsOf.length ? { wordsOf } : {}) });
          re.lastIndex = q;
        }
        const event = events.length > pushed ? events[events.length - 1] : null;
        if (printed && event?.type === 'citation') event.printedParagraph = printed.paragraph;
        continue;
      }
      // "this Article", "the Article", "the said Article" in a writer's prose (englishThisArticle.ts): the article named
      // in the same sentence or the one before (quoted words aside), or the one this paragraph has so called already —
      // the same article, read in the law in context as a bare "Article N" there would be. Not the page itself
      // ("In this article, we …"), not in a regulation's own text, quoted statute text or quotation marks.
      // "the above-mentioned clause" after an article cited as "Clause N of …" (englishThisArticle.ts CLAUSE_ANAPHOR).
      const clauseAnaphor = CLAUSE_ANAPHOR.test(m[0]);
      // "This clause" in the sentence after an article's citation, "this article" on a page headed by one provision (headedProvision.ts).
      const thisClause = THIS_CLAUSE.test(m[0]);
      // "That provision", "the said Article": the last article cited in the paragraph (english/context/saidArticle.ts).
      const said = SAID_ANAPHOR.test(m[0]);
      if (clauseAnaphor || thisClause || said || ARTICLE_ANAPHOR.test(m[0])) {
        const end = p + m[0].length;
        re.lastIndex = end;
        if (selfRefs || quotedAt(p) || inStatute(p) || (!clauseAnaphor && pageArticleAt(text, p, end)) || (thisClause && contractClauseAfter(text, end)) || (!clauseAnaphor && !said && /^[Tt]he[ \t]+article$/i.test(m[0]) && writerPieceBefore(text, p))) continue;
        if (headedPage === undefined) headedPage = headedProvision(text, events);
        // Or a page whose first sentence opens with one provision, nothing else cited since (openingProvision.ts).
        // "The Article’s scope …" there too: the capitalised definite word names the page's provision (openingProvision.ts).
        const theCapital = /^[Tt]he[ \t]+Article$/.test(m[0]);
        const pageProvision = headedPage ?? (/^[Tt]his[ \t]/.test(m[0]) || theCapital ? openingProvision(text, events, p) : null);
        const headed = !clauseAnaphor && !thisClause && (/^[Tt]his[ \t]/.test(m[0]) || (theCapital && !headedPage)) && pageProvision && !readerSentence(text, p, end) ? pageProvision : null;
        const viaHead = (): boolean => {
          if (!headed) return false;
          const target = headed.targets[0];
          pushReference({ type: 'citation', start: p, end, head: { kind: 'bare' }, top: 0, targets: [{ article: target.article, insert: target.insert ?? null, paragraph: null, item: null, subitem: null }],
            parts: [{ kind: 'reference', start: p, end }], arabic: [], lang: 'en', anaphorOf: headed });
          lastArticleAnaphor = { start: p, end, article: target.article!, insert: target.insert ?? null, of: headed };
          return true;
        };
        // "The first attempt to implement the article failed … under Article 18 of the Basic Law. A second attempt at
        // implementing the article …": a writer repeating "the article" in one paragraph means one article throughout —
        // the one its first "the article" meant. When that first one pointed further back than the sentence before it
        // (no mention), a later "the article" in the paragraph is that same far article, not one named in passing since.
        const definite = !clauseAnaphor && /^(?:[Tt]he|THE)[ \t]/.test(m[0]);
        if (definite && farTheArticle !== -1 && !/\n[ \t]*\r?\n/.test(text.slice(farTheArticle, p))) continue;
        const ref = articleBefore(p);
        if (!ref || (clauseAnaphor && (ref.start < 0 || !/^[Cc]lause[ \t]/.test(text.substr(ref.start, 7))))) {
          viaHead();
          continue;
        }
        // An article of the law the headed provision replaced ("the original … Law") is never "this article" there.
        // Unless "This article" opens the sentence right after that article's quoted words (quotedThenThisArticle.ts).
        if (headed && predecessorCited(text, ref.start, ref.end) && !thisArticleAfterQuotedArticle(text, ref.start, ref.end, p, end) && viaHead()) continue;
        if (thisClause && (ref.start < 0 || sentenceEndsBetween(text, ref.end, p, 1) > 1)) continue;
        const sameParagraph: boolean = !thisClause && lastArticleAnaphor !== null && ref.end === lastArticleAnaphor.end && !/\n[ \t]*\r?\n/.test(text.slice(ref.end, p));
        // "above-mentioned" looks further back than "this": up to the third sentence after the article's.
        const reach = clauseAnaphor ? 3 : 1;
        // Sentences between that open by pointing back at the article ("This provision …") keep it (englishThisArticle.ts keptBySentences).
        // A commentary on one article keeps calling it so through its sections, no other article or law named since (keptInCommentary).
        if (!sameParagraph && !(said && saidReachesBack(text, ref.end, p)) && (p - ref.end > 2000 || (sentenceEndsBetween(text, ref.end, p, reach) > reach && (clauseAnaphor || !keptBySentences(text, ref.end, p, 2)))) &&
          (clauseAnaphor || !keptInCommentary(text, ref.start, ref.end, m[0], p, lastArticleAnaphor !== null && lastArticleAnaphor.article === ref.article &&
            lastArticleAnaphor.insert === ref.insert && p - lastArticleAnaphor.end < 3000 && !/\n[ \t]*\r?\n/.test(text.slice(lastArticleAnaphor.end, p))))) {
          if (definite) farTheArticle = p;
          viaHead();
          continue;
        }
        // The article a "this article" before it was read as on a headed page: that provision still.
        const of: ScannedCitation | undefined = sameParagraph ? lastArticleAnaphor!.of : undefined;
        pushReference({ type: 'citation', start: p, end, head: { kind: 'bare' }, top: 0, targets: [{ article: ref.article, insert: ref.insert, paragraph: null, item: null, subitem: null }],
          parts: [{ kind: 'reference', start: p, end }], arabic: [], lang: 'en', ...(of ? { anaphorOf: of } : {}) });
        lastArticleAnaphor = { start: p, end, article: ref.article, insert: ref.insert, of };
        continue;
      }
      // "Article 30 specifies the right to support. Its second paragraph reads: …" (englishItsParagraph.ts): the
      // paragraph of the article named in the same or the previous sentence, as 该条第二款 is.
      if (/^[Ii]ts[ \t]/.test(m[0])) {
        const end = p + m[0].length;
        re.lastIndex = end;
        const ref = selfRefs || quotedAt(p) || inStatute(p) ? null : articleBefore(p);
        const n = ref ? itsParagraphNumber(m[0]) : null;
        if (ref && n !== null && ref.start >= 0 && p - ref.end < 2000 && sentenceEndsBetween(text, ref.end, p, 1) <= 1) {
          pushReference({ type: 'citation', start: p, end, head: { kind: 'bare' }, top: 0,
            targets: [{ article: ref.article, insert: ref.insert, paragraph: n, item: null, subitem: null }],
            parts: [{ kind: 'reference', start: p, end }], arabic: [], lang: 'en' });
        }
        continue;
      }
      // English; a line in capitals is read in the ordinary case (englishCaps.ts): "ARTICLE 52 OF THE CONTRACT LAW".
      // A title in capitals run into a line that lost its break: the run citing an article of a law (englishCaps.ts).
      const enText = c === 'A' ? capitalLineText(text, p) ?? capitalRunText(text, p) ?? text : text;
      // "ARTICLE 20" elsewhere (" date 2020-07-05 ARTICLE 20: SECESSION", a page's running head) is no line in capitals.
      if (m[0].startsWith('ARTICLE') && enText === text) continue;
      // "the second paragraph" (or "… of this Article") named without its article is read in quoted statute text only
      // (ownParagraphAt below); elsewhere it is no anchor, as before.
      // One climbing to an article ("the second paragraph of Article 5", the anchor stopping before "of") is parsed.
      if (/^[Tt]he\s+(?:first|second|third|fourth|fifth)\s+[Pp]aragraph(?:[^]*[Pp]aragraph)?$/.test(m[0]) && !/^\s+of\s+(?!this\s+[Aa]rticle\b)/.test(text.substr(p + m[0].length, 24)) && !(inStatute(p) && !quotedAt(p))) {
        // Rule (issue 14, heldout23 English: "Article 36 of the X Law was the first rule on …, with the second paragraph
        // being the notice rule and the third paragraph being …"): a writer who has just cited one article names its
        // paragraphs by ordinal alone in the same sentence — that article's paragraphs, as 第二款 after 第三十六条 in
        // one sentence of commentary is. Only one paragraph named alone (not "of …"), the article cited last in the
        // same sentence, quoted words aside; not the writer's paragraphs ("the second paragraph below/above"), nor the
        // paragraph a lower unit is placed in ("Subparagraph (2) of the first paragraph", read elsewhere), nor an
        // amendment's new paragraph ("… is added to Article 7 as the second paragraph", "Add one paragraph to article 6
        // … to be the second paragraph", machine-translated "to be article the second paragraph"). Only in the article's own
        // clause: after a semicolon or a line break the writer may be on another provision.
        const one = /^[Tt]he\s+(first|second|third|fourth|fifth)\s+[Pp]aragraph$/.exec(m[0]);
        const ref = one && !selfRefs && !quotedAt(p) && !inStatute(p) && !/^\s+(?:of|in|on|above|below|here)\b/.test(text.substr(p + m[0].length, 12)) &&
          !/\b(?:of|as|to\s+be(?:\s+[Aa]rticle)?)\s+$/.test(text.slice(Math.max(0, p - 20), p)) ? articleBefore(p) : null;
        if (ref && ref.start >= 0 && p - ref.end < 300 && !/[;；\n]/.test(text.slice(ref.end, p)) && sentenceEndsBetween(text, ref.end, p, 0) === 0) {
          const end = p + m[0].length;
          pushReference({ type: 'citation', start: p, end, head: { kind: 'bare' }, top: 0,
            targets: [{ article: ref.article, insert: ref.insert, paragraph: ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(one![1].toLowerCase()) + 1, item: null, subitem: null }],
            parts: [{ kind: 'reference', start: p, end }], arabic: [], lang: 'en' });
          re.lastIndex = end;
        }
        continue;
      }
      // "Article 1 | Article 2 | Article 3 | …": a page's navigation bar over its own articles (englishNavigation.ts).
      // "= Article 23 =": a wiki page's title line over the text on that article (englishWikiTitle.ts).
      const wiki = text.charCodeAt(p - 1) === 0x3d || text.charCodeAt(p - 2) === 0x3d ? wikiTitleLabelEnd(text, p) : -1;
      if (wiki !== -1) {
        re.lastIndex = wiki;
        continue;
      }
      const bar = articleNavigationEnd(text, p);
      if (bar !== -1) {
        re.lastIndex = bar;
        continue;
      }
      // "(Article 3 of 10)": a series' counter of its own pieces (seriesCounter.ts).
      const counter = c === 'A' ? seriesCounterEnd(text, p) : -1;
      if (counter !== -1) {
        re.lastIndex = counter;
        continue;
      }
      // "Article 3: PIPL applies when …": a Q&A's label for the article of the law its answer names (englishAcronymStyle.ts).
      // "Article 303 (Criminal Law):": the law named in brackets after the label (lawInBracketAfterArticle.ts).
      const labelLaw = c === 'A' ? lawAfterLabel(text, p, englishDefined) ?? (matcher ? lawInBracketAfterArticle(text, p, (name) => knownEnglishName(name, englishScope) !== null) : null) : null;
      const heading = labelLaw ? -1 : englishHeadingAt(enText, p);
      if (heading !== -1) {
        lastEnglishHeading = +/\d+/.exec(text.slice(p, heading))![0];
        // "Article 2 (Application Scope)" alone on its line (official translations of local rules): its text below it,
        // after blank lines, as under a label alone (headingAloneAt).
        const below = /^[ \t]*\r?\n/.test(text.slice(heading, heading + 8)) ? text.indexOf('\n', heading) + 1 : -1;
        const first = below === -1 ? -1 : nonSpaceFrom(text, below);
        statuteLines.push([p, statuteTextEnd(text, first === -1 ? p : first), lastEnglishHeading]);
        re.lastIndex = heading;
        continue;
      }
      // "Article 196 (3) Theft of …", "Paragraph 1 of Article 210 Anyone who …", "Section 1, article 62, original
      // translation: If …" opening a line: the heading of the paragraph or article printed after it (paragraphHeading.ts).
      const paragraphHeading = !labelLaw ? paragraphHeadingAt(text, p) : null;
      if (paragraphHeading) {
        lastEnglishHeading = paragraphHeading.article;
        statuteLines.push([p, statuteTextEnd(text, paragraphHeading.end), paragraphHeading.article, undefined, null, paragraphHeading.paragraph ?? 1]);
        re.lastIndex = paragraphHeading.end;
        continue;
      }
      // "1. Art.9: Business operators may not …": an abbreviated label over the article's text (abbreviatedHeading.ts).
      const abbreviated = c === 'A' && !labelLaw ? abbreviatedHeadingAt(text, p) : null;
      if (abbreviated) {
        lastEnglishHeading = abbreviated.article;
        statuteLines.push([abbreviated.end, statuteTextEnd(text, abbreviated.end), abbreviated.article, undefined, null, abbreviated.paragraph ?? 1]);
        re.lastIndex = abbreviated.end;
        continue;
      }
      // "Article 1165" alone on its line, the article's text below it (englishHeadings.ts).
      const alone = headingAloneAt(text, p, lastEnglishHeading);
      if (alone !== -1) {
        lastEnglishHeading = headingLabelNumber(text, p, alone);
        lastAloneHeading = { end: alone, article: lastEnglishHeading };
        const below = text.indexOf('\n', alone) + 1;
        const first = nonSpaceFrom(text, below);
        statuteLines.push([p, statuteTextEnd(text, first === -1 ? below - 1 : first), lastEnglishHeading]);
        re.lastIndex = alone;
        continue;
      }
      // "Article 4" alone on the page's last line after the heading of article 3 (englishSequence.ts).
      const cut = lastHeadingAloneAt(text, p, lastEnglishHeading);
      if (cut !== -1) {
        lastEnglishHeading = +/\d+/.exec(text.slice(p, cut))![0];
        re.lastIndex = cut;
        continue;
      }
      // "Art. 9 – Caption" ⏎ "According to Article 9 …": a commentary's section title over its prose (sectionTitle.ts).
      const titled = c === 'A' ? sectionTitleLabelEnd(text, p) : -1;
      if (titled !== -1) {
        re.lastIndex = titled;
        continue;
      }
      const cit = parseEnglish(enText, p, englishScope);
      // Another state's law named after an article (englishRunIn.ts foreignLawNamedAfter): a title, the law in context next.
      for (const head of englishScope.foreignNamed!.splice(0)) {
        if (foreignTitlesAt.has(head.start)) continue;
        foreignTitlesAt.add(head.start);
        events.push({ type: 'title', head });
      }
      if (labelLaw && cit && cit.head.kind === 'bare' && cit.end <= labelLaw.start) cit.head = labelLaw;
      // "The 2021 Draft proposed to remove … (Article 21).": the draft the sentence opens with (englishDraftAfter.ts draftSubjectOf).
      // "However, the draft amendment would …. Article 22 outlines …": the draft's article (englishDraftAfter.ts draftOfSentenceBefore).
      // "The Draft for Comments adds a new Article 44": the draft's numbering (englishDraftAfter.ts draftNewArticleOf).
      const draftSubject = cit && cit.head.kind === 'bare' && cit.targets.length === 1 ? draftSubjectOf(text, cit.start, cit.end) ?? draftOfSentenceBefore(text, cit.start, cit.end) ?? draftNewArticleOf(text, cit.start) : null;
      if (draftSubject) cit!.head = draftSubject;
      // The items a draft's article lists under it: the amended law's articles there are the draft's (englishDraftAfter.ts draftItemsAfter).
      if (draftSubject && text[cit!.start - 1] !== '(') {
        const items = draftItemsAfter(text, cit!.end);
        if (items) draftItems = { from: items[0], to: items[1], head: draftSubject, article: cit!.start };
      }
      if (cit && draftItems && cit.start >= draftItems.from && cit.start < draftItems.to && cit.head.kind === 'title' && cit.lang === 'en' &&
          lawNamedInParagraphBefore(text, draftItems.article, cit.head.written)) cit.head = draftItems.head;
      // "… as stipulated in the first paragraph …" alone in quoted statute text: the quoted article's 第一款, as 第一款
      // in an article's text is its own (englishHeadings.ts ownParagraphAt).
      const own = !cit && inStatute(p) && !quotedAt(p) ? ownParagraphAt(text, p) : null;
      if (own) {
        const s = quotedStatute();
        pushReference({ type: 'citation', start: p, end: own.end, head: { kind: 'self', start: p, end: own.end }, top: 0,
          targets: [{ article: s.article, insert: s.insert, paragraph: own.n, item: null, subitem: null }], parts: [{ kind: 'reference', start: p, end: own.end }],
          arabic: [], lang: 'en', ...s.marks });
        re.lastIndex = own.end;
        continue;
      }
      // 'the film "Article 20"': a work titled after an article, no citation (englishWorkTitle.ts).
      if (cit && cit.head.kind === 'bare' && workTitleAt(text, cit.start, cit.end)) {
        re.lastIndex = cit.end;
        continue;
      }
      // "… Law. Article 4 The trademark …": a run-in heading of the text being quoted (englishRunIn.ts); "Article 39
      // enterprises …" after the heading of article 38 (englishHeadings.ts). A heading labels a whole article.
      const one = cit && cit.head.kind === 'bare' && cit.targets.length === 1 && cit.parts.length === 1 ? cit.targets[0] : null;
      // "Article 2 of these regulations referred to as …" after the heading of article 1, "as follows: Article 1 is to …
      // Article 2 …" (englishSequence.ts): labels of a run of headings.
      const selfOne = cit && cit.head.kind === 'self' && cit.targets.length === 1 ? cit.targets[0] : null;
      if (selfOne && selfOne.article !== null && selfOne.paragraph === null && selfOne.item === null && selfOne.insert === null &&
          selfNamedHeadingAt(text, p, cit!.end, selfOne.article, lastEnglishHeading)) {
        lastEnglishHeading = selfOne.article;
        statuteLines.push([p, statuteTextEnd(text, p), selfOne.article]);
        re.lastIndex = cit!.end;
        continue;
      }
      // "Article 13 – Legal Bases" alone on its line above the article's text: a translation's heading with its caption
      // (englishHeadings.ts captionedTextBelow); the text under it is the law's in context, so "this Law" there is too.
      const captioned = one && one.article !== null && one.paragraph === null && one.item === null
        ? captionedTextBelow(text, p, cit!.end, (q) => statuteTextEnd(text, q)) : null;
      if (captioned) {
        lastEnglishHeading = one!.article;
        statuteLines.push([captioned[0], captioned[1], one!.article!, true, one!.insert]);
        re.lastIndex = cit!.end;
        continue;
      }
      // "… shall be fined. Article 40 bis knowingly sells …" inside the quoted text of article 40: the next article's
      // heading run on (englishHeadings.ts runOnHeadingInStatute); the text after it is that article's.
      if (one && one.article !== null && one.paragraph === null && one.item === null && inStatute(p)) {
        const s = quotedStatute();
        if (!/\n/.test(text.slice(s.from, p)) && runOnHeadingInStatute(text, p, cit!.end, one.article, one.insert, s.article, s.insert)) {
          lastEnglishHeading = one.article;
          // Its own number again ("Article 40-1 … Article 40 bis …"): the article added next, as headings run in order.
          const next = one.article === s.article && (one.insert ?? 0) <= (s.insert ?? 0) ? (s.insert ?? 0) + 1 : one.insert;
          statuteLines.push([cit!.end, s.to, one.article, s.labelled, next]);
          // A writer's pasted run ("Legal basis: Article 287 of the Criminal Law … . Article 287 bis …") cites it (pastedArticles.ts),
          // the article its heading names.
          if (!pastedArticleLabelAt(enText, p)) {
            re.lastIndex = cit!.end;
            continue;
          }
          if (next !== one.insert) cit!.targets[0] = { ...one, insert: next };
        }
      }
      if (one && one.article !== null && one.paragraph === null && one.item === null &&
          (runInHeadingAt(enText, p, cit!.end, (q) => englishTitleAt(enText, q, englishScope) !== null) !== -1 ||
            lowerCaseHeadingAt(text, p, cit!.end, one.article, lastEnglishHeading) !== -1 ||
            (one.insert === null && announcedHeadingAt(text, p, cit!.end, one.article)))) {
        lastEnglishHeading = one.article;
        // An article added between two keeps its number in its heading ("Article 280-1 Whoever uses forged …", the
        // English of 第二百八十条之一): "the preceding paragraph" in its text is its own paragraph (precedingInStatute).
        statuteLines.push([p, statuteTextEnd(text, p), one.article, undefined, one.insert]);
        // "… summarized as follows: Article 71 Whoever …": a named law's articles a writer pasted are cited, their
        // text still theirs (pastedArticles.ts).
        if (!pastedArticleLabelAt(enText, p)) {
          re.lastIndex = cit!.end;
          continue;
        }
      }
      // "the first paragraph of this Article" (本条第一款) in quoted statute text: the quoted article's, read in its law.
      if (cit && cit.lang === 'en' && cit.head.kind === 'this-article' && cit.targets.length && !quotedAt(p) && inStatute(p)) {
        const s = quotedStatute();
        pushReference({ ...cit, head: { kind: 'self', start: cit.head.start, end: cit.head.end }, targets: cit.targets.map((r) => ({ ...r, article: s.article, insert: s.insert })), ...s.marks });
        re.lastIndex = Math.max(cit.end, p + 1);
        continue;
      }
      // "the preceding paragraph" (前款) in English: the quoted article's in quoted statute text, the draft's own in a
      // draft regulation; in a writer's prose it is the writer's paragraph, no citation.
      if (cit && cit.lang === 'en' && (cit.head.kind === 'prev-paragraphs' || cit.head.kind === 'prev-article')) {
        if (!quotedAt(p) && inStatute(p)) {
          const s = quotedStatute();
          // Under a label of one paragraph ("Art.22.2: …", abbreviatedHeading.ts) the text starts in that paragraph.
          const paragraph = englishParagraphAt(text, s.from, p) + s.firstParagraph - 1;
          const concrete = precedingInStatute(cit, s.article, paragraph, s.insert);
          if (concrete) pushReference({ ...concrete, statuteFrom: s.from, statuteLabelled: s.labelled });
          else if (cit.head.kind === 'prev-paragraphs' && paragraph === 1) {
            // Counted in the first paragraph, where nothing precedes: the text ran its paragraphs together, and the
            // quoted article's own text tells which one refers so (precedingPlaced.ts, read by the analyzer).
            const chain: RawTarget[] = cit.targets.length ? cit.targets : [{ article: null, insert: null, paragraph: null, item: null, subitem: null }];
            pushReference({ ...cit, head: { kind: 'self', start: cit.head.start, end: cit.head.end }, top: 0, targets: chain.map((r) => ({ ...r, article: s.article, insert: s.insert })),
              ...s.marks, unplacedPreceding: cit.head.count, ...itemLineAt(text, p, s.from) });
          }
        } else if (quotedAt(p) || selfRefs) pushReference(cit);
        re.lastIndex = Math.max(cit.end, p + 1);
        continue;
      }
      // "Article 33 of the Patent Law and Article 51 of the Implementing Rules": the cited law's implementing rules
      // (implementingRulesOf.ts).
      if (cit && cit.lang === 'en' && cit.head.kind === 'title') {
        const composed = implementingTitleOf(cit.head.written, englishLawCitedBefore(cit.start));
        if (composed) cit.head = { ...cit.head, written: composed };
      }
      if (cit && cit.targets.length) {
        if (cit.head.kind !== 'bare' && inStatute(cit.start)) cit.inStatuteText = true;
        pushReference(cit);
        // "Article 32 of the … Law provides as follows: … Article 2.1 of this Law …": the article's text quoted after
        // it, to the end of its line, is the cited law's ("this Law" there is that law), as 《…》第X条规定：… is.
        // "Article 285 provides as follows:" ⏎ "1. …" ⏎ "2. …": the article's paragraphs numbered below it, the law
        // named or in context (numberedParagraphs.ts).
        const numbered = (cit.head.kind === 'title' || cit.head.kind === 'bare') && cit.targets.length === 1 && cit.targets[0].paragraph === null
          ? numberedParagraphsAfter(text, cit.end) : null;
        // 'Add an article after Article 37 of the … Law, as Article 37-1: "…"': the new article's quoted paragraphs, of
        // the amended law (addedArticle.ts).
        const added = !numbered && cit.lang === 'en' && cit.targets.length === 1 && cit.targets[0].article !== null && cit.targets[0].paragraph === null
          ? addedArticleTextFrom(text, cit.start, cit.end) : -1;
        if (numbered) statuteLines.push([numbered[0], numbered[1], cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
        else if (added !== -1) statuteLines.push([added, statuteTextEnd(text, added), cit.targets[0].article!, true, cit.targets[0].insert]);
        else if (cit.head.kind === 'title' && cit.targets.length === 1) {
          let commaFrom: number;
          let says = /^(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?,?[ \t]+(?:provides|stipulates|states|reads|prescribes|regulates)(?:[ \t]+(?:as[ \t]+follows|that))?[ \t]*[:：]/.exec(text.substr(cit.end, 40));
          // "the amendment of Article 17 of the Criminal Law to read: a person who …": the new wording of the whole
          // article follows, its paragraphs on the lines below too — "the preceding three paragraphs" there are its own.
          const toRead = says ? null : AMENDED_TO_READ.exec(text.substr(cit.end, 40));
          if (toRead) {
            const from = cit.end + toRead[0].length;
            statuteLines.push([from, statuteTextEnd(text, from), cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
          } else if (says) {
            // In quotation marks, the quoted text is to the closing mark; else to the end of the line.
            const from = cit.end + says[0].length;
            const nl = text.indexOf('\n', from);
            let to = nl === -1 ? text.length : nl;
            const open = /^[ \t]*(["“])/.exec(text.substr(from, 4));
            if (open) {
              const close = text.indexOf(open[1] === '"' ? '"' : '”', from + open[0].length);
              if (close !== -1 && close < to) to = close;
            } else if (/[:：][ \t]*$/.test(text.slice(from, to))) {
              // The quoted paragraph introduces a list ("… in any of the following circumstances:"): its items below
              // are the article's text too, as an article's lines run (statuteTextEnd) — "hereof" in item (3) is the law's.
              to = statuteTextEnd(text, from);
            } else if (/^[ \t]*\r?$/.test(text.slice(from, to))) {
              // The colon ends the line: the article's paragraphs quoted below it, a blank line between each
              // (englishHeadings.ts quotedParagraphsBelow) — "the preceding paragraph" there is its paragraph before.
              const below = quotedParagraphsBelow(text, to);
              if (below) statuteLines.push([below[0], below[1], cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
              re.lastIndex = Math.max(cit.end, p + 1);
              continue;
            } else if (runsOnBelow(text, to)) {
              // The article's next paragraphs on the lines right below, no blank line between (englishHeadings.ts):
              // its text too, as an article's lines run — "the preceding paragraph" there is its paragraph before.
              to = statuteTextEnd(text, from);
            }
            statuteLines.push([from, to, cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
          } else {
            // "Article 50 of the Labor Law: wages …", the citation alone on its line above the text (englishHeadings.ts).
            // "According to Article 46 of the … Law, the employer shall pay … circumstances:" ⏎ "1) …": the article's
            // items below its opening words (basisItems.ts).
            const labelled = labelledTextAfter(text, cit.start, cit.end, (q) => statuteTextEnd(text, q)) ?? basisItemsBelow(text, cit.start, cit.end);
            if (labelled) statuteLines.push([labelled[0], labelled[1], cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
            else if ((says = REPORTED_AFTER_NOTE.exec(text.substr(cit.end, 240)))) {
              // "Article 37 of the Enterprise Income Tax Law stipulates that the tax on the income in the third paragraph
              // of Article 3 of this Law shall be withheld …": the article's words reported in the writer's sentence, so
              // "this Law" in that sentence is the cited law, as in the quotation above ("… of People's Republic
              // of China (PRC) stipulates that …": the country's initials in brackets after the title, too; and who issued
              // it when, and the short name it is given, "… issued by the State Council 1998 (hereinafter referred to as
              // the Measures) stipulates that …").
              // Its next sentences and paragraphs reported after it are the article's too (reportedStatute.ts).
              const from = cit.end + says[0].length;
              statuteLines.push([from, reportedTextEnd(text, from), cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
            } else if ((commaFrom = commaReportedFrom(text, cit.start, cit.end)) !== -1) {
              // "Article 176 of the Criminal Law, whoever …": the article's words after a comma (commaReported.ts).
              statuteLines.push([commaFrom, reportedTextEnd(text, commaFrom), cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
            } else if ((commaFrom = labelRunsOnFrom(text, cit.start, cit.end)) !== -1) {
              // "Article 6 of the Trademark Law commits one of the acts … listed in Article 57 of this Law, … shall …": the label run on into its words (labelRunsOn.ts).
              statuteLines.push([commaFrom, reportedTextEnd(text, commaFrom), cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
            } else if ((says = /^(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?,?[ \t]+(?:provides|stipulates|prescribes)[ \t]+(?=[a-z])/.exec(text.substr(cit.end, 40)))) {
              // "Article 17 of the Marriage Law stipulates the scope of the property …, that is, the following property
              // shall be jointly owned:" ⏎ "(1) …": the writer's sentence, one, ends its line with a colon above the
              // article's items, printed below it: they are the article's text ("this Law" in item (4) is the cited law),
              // as under "… provides as follows:" above. Not a sentence that ends before the line does.
              const from = cit.end + says[0].length;
              const nl = text.indexOf('\n', from);
              const line = text.slice(from, nl === -1 ? text.length : nl);
              if (nl !== -1 && /[:：][ \t]*\r?$/.test(line) && !/[.。!?;；](?=\s)/.test(line)) statuteLines.push([nl + 1, statuteTextEnd(text, nl + 1), cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
            }
          }
        }
        else if (cit.head.kind === 'bare' && cit.targets.length === 1 && atLineStart(text, cit.start, 21)) {
          // "Article 19 (Paragraph 3) is amended to:" alone on its line, as a note on an amending decision prints the new
          // wording below it: that article's text, of the law in context ("this Law" there is that law).
          const amended = AMENDED_TO_LINE.exec(text.slice(cit.end, cit.end + 40));
          let reported: [number, number] | null;
          const below = amended ? labelledTextAfter(text, cit.start, cit.end + amended[0].length, (q) => statuteTextEnd(text, q)) : null;
          if (below) statuteLines.push([below[0], below[1], cit.targets[0].article ?? 0, true]);
          // Rule (issue 14, heldout17-english; a survey answer printing a paragraph under its label: "Article 253a para.3
          // In case of …, the sentence shall be in accordance with the provisions of the first Paragraph."): a label
          // with its paragraph opening the line, the paragraph's words run on after it, labels that text — the
          // article's, of the law in context — as a title's label does (labelledTextAfter): "the first paragraph" there
          // is that article's own (ownParagraphAt), as 第一款 in an article's text is. Not the label without a paragraph
          // (a heading, englishHeadings.ts), nor words that do not run on as a sentence.
          else if (cit.targets[0].paragraph !== null) {
            const run = labelledTextAfter(text, cit.start, cit.end, (q) => lineEndAt(text, q));
            if (run && run[0] > cit.end && run[0] - cit.end <= 2) statuteLines.push([run[0], run[1], cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
          }
          // "Article 29 stipulates that … Article 26 of this Law": the words it reports are the law in context's (bareReported.ts).
          else if ((reported = bareReportedRange(text, cit.end))) statuteLines.push([reported[0], reported[1], cit.targets[0].article ?? 0, true, cit.targets[0].insert]);
        }
        re.lastIndex = Math.max(cit.end, p + 1);
      }
    } catch {
      re.lastIndex = p + 1;
    }
  }

  // A paragraph named alone, read in the article cited last (同条第二款) when that citation is English and in the same
  // paragraph of text (no blank line between): `lastOf` picks the citation it is read after, `fits` whether it may be.
  const sameArticleUnit = (u: { start: number; end: number; paragraph: number | null; item: number | null; items?: number[] }, lastOf: (e: ScannedCitation) => boolean,
    fits: (last: ScannedCitation) => boolean): void => {
    if (quotedAt(u.start)) return;
    let last: ScannedCitation | null = null;
    for (const e of events) if (e.type === 'citation' && e.end <= u.start && lastOf(e) && (!last || e.end > last.end)) last = e;
    if (!last || last.lang !== 'en' || u.start - last.end > 1000 || /\n[ \t]*\r?\n/.test(text.slice(last.end, u.start)) || !fits(last)) return;
    if (events.some((e) => e.type === 'citation' && e.start < u.end && e.end > u.start)) return;
    events.push({
      type: 'citation', start: u.start, end: u.end, head: { kind: 'same-article', start: u.start, end: u.start }, top: u.item === null ? 1 : 2,
      targets: (u.items ?? [u.item]).map((item) => ({ article: null, insert: null, paragraph: u.paragraph, item, subitem: null })),
      parts: [{ kind: 'paragraph', start: u.start, end: u.end }], arabic: [], lang: 'en',
    });
  };
  // "… of Article 35 of the … shall be deleted. Paragraph 2 shall be revised to read: …": a paragraph an amending item
  // names after its article, that article's (englishAmendedUnit.ts). The article cited last: one of the amending item's
  // own units before it does not stand in its way.
  for (const u of amendedUnitsIn(text)) sameArticleUnit(u, (e) => e.targets.some((t) => t.article !== null), () => true);
  // "Paragraph 1 of Article 2 of the … Law stipulates … . Paragraph 2 provides …": the next paragraph named alone, the
  // same article's (englishNextParagraph.ts), after a citation that named another paragraph of one article.
  for (const u of statedParagraphsIn(text)) {
    sameArticleUnit({ ...u, item: null }, () => true, (last) => last.targets.length === 1 && last.targets[0].article !== null &&
      last.targets[0].paragraph !== null && last.targets[0].paragraph !== u.paragraph);
  }
  // "Article 14 of the Price Law lists … Item (1) prohibits …": an item named alone, that article's (englishItemsAlone.ts).
  for (const u of itemsAloneIn(text)) sameArticleUnit({ ...u, paragraph: null, item: u.items[0] }, (e) => e.targets.some((t) => t.article !== null), (last) => last.targets.length === 1 && last.targets[0].article !== null);
  distributeEnglishTitles(text, events);
  addEnglishShortNames(text, [...englishDefinedAt, ...acronymsAlone], covered, events);
  addTheLawMentions(text, englishDefinedAt, covered, events);
  addTheseRegulationsMentions(text, covered, events);
  // "three articles: 35, 41 and 47", "Ar- ticles 35 and 41" (englishCountedList.ts).
  addCountedArticleLists(text, from, covered, events);
  // Titles used alone without 《》 (known corpus titles, defined short titles), and English titles alone.
  const before = events.length;
  addBareTitles(text, from, matcher, shortTitles, covered, events);
  if (matcher) addEnglishTitlesAlone(text, from, covered, events, events.splice(before), (name) => knownEnglishName(name, englishScope));
  readRegionTitles(text, events);
  if (initials?.size) nameInitials(events, initials);
  events.sort((a, b) => eventStart(a) - eventStart(b) || (a.type === 'title' ? -1 : 1));
  markHeadedText(text, statuteLines, events);
  joinItemsAfterQuotedParagraph(text, events);
  return events;
}

/** A law's initials read where its name goes (englishInitials.ts) name it as the text writes its name. */
function nameInitials(events: ScanEvent[], initials: ReadonlyMap<string, string>): void {
  for (const e of events) {
    const head = e.type === 'title' ? e.head : e.type === 'citation' ? e.head : null;
    if (head?.kind !== 'title' || head.lang !== 'en') continue;
    const name = initials.get(head.written);
    if (name) head.written = name;
  }
}

/**
 * Rule (issue 14, heldout12 gov; replies to deputies' proposals, reports): 条 also counts suggestions, measures and
 * lines — 委员提出的第一条建议, 第三条措施, 第二条红线 — and a bare 第X条 right before such a noun is that count, not an
 * article. A title or 规定 before it still makes a citation (《…》第一条, 第一条规定).
 * Rule (round 31, forms-zh110): so too the lines, roads and rivers 条 counts (地铁第3条线路, 第五条道路, 第二条河).
 */
const COUNTED_THING = /^(?:建议|意见|措施|举措|经验|做法|理由|原因|线索|提案|议案|批示|指示|承诺|标语|口号|底线|红线|消息|新闻|短信|留言|评论|修改意见|线路|路线|航线|公交线|地铁线|道路|街道|河流|河道|隧道|车道)/;
function countedThingAfter(text: string, chain: Chain): boolean {
  return chain.top === 0 && text[chain.end - 1] === '条' && COUNTED_THING.test(text.slice(chain.end, chain.end + 4));
}

function eventStart(e: ScanEvent): number {
  return e.type === 'title' ? e.head.start : e.start;
}

/** A chapter in brackets after a law's name on its title line: (第三章), （第二章 劳动合同的履行）. */
const TITLE_LINE_CHAPTER = /[ \u3000]*[（(]第[一二三四五六七八九十百零〇两0-9]{1,4}[编章节][^（）()\n]{0,20}[)）]$/;

/**
 * What may stand between a title and the heading of its quoted text: its 文号 or version in brackets, a history note.
 * Rule (issue 14 form 8, fix-zh31; government pages linking the regulation's file: 相关政策：《某某条例》.pdf ⏎ 第五章第三十条
 * 违反本条例…): the file's extension after the title names the same text, and the chapter's number glued before the
 * label (chapterPrefixHeading.ts) says where the article printed stands in it.
 */
const TITLE_TO_HEADING = /^(?:\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|ofd|OFD))?[ \t\u3000]*(?:[（(][^（()）\n]{1,40}[)）][ \t\u3000]*(?:(?:第[一二三四五六七八九十\d]{1,3}次)?(?:修订|修正|修改|公布|发布))?[。；]?)?[\s\u3000：:】\]]*(?:(?<=\n[ \t\u3000]*)第[一二三四五六七八九十零〇0-9０-９]{1,4}章(?:第[一二三四五六七八九十零〇0-9０-９]{1,3}[节節])?)?$/;
/**
 * Also, after a title alone or a title and its chapter (not an article: the article cited is printed, not the next),
 * words announcing the law's text with a colon — Q&A pages: 根据《劳动合同法》第四章中：, 《…》的相关规定如下：.
 */
// Rule (issue 14, heldout19 court; articles and Q&A pages setting out the provisions a point rests on under a heading
// line of their own: 二、《最高人民法院关于审理某类案件具体应用法律若干问题的解释》有关条文 ⏎ 第四条 …达到本解释第二条规定的…):
// 有关条文, 相关条文, 部分条文 or 主要条文 (的 before it, 如下 after it, a colon or not) after the title alone ends the line as
// the announcing words do: the articles printed under it are that title's, their 本解释 and 前款 its own.
const TITLE_ANNOUNCES_TEXT = /^[ \t\u3000]*(?:(?:中|的?(?:相关|有关)?规定(?:如下)?)[ \t\u3000]*[：:]|的?(?:相关|有关|部分|主要)条文(?:如下)?[ \t\u3000]*[：:]?)[\s\u3000]*$/;

/**
 * Rule (issue 14, real-gov8; penalty decisions citing a local discretion standard): a 裁量基准, 裁量标准 or 裁量细则
 * numbers its entries as 项, not articles, so 《某市市场监管行政处罚裁量基准》第12项 cites its twelfth entry — a citation of
 * that document (the corpus holds none: unknown-regulation), not a title named alone. A law's or a 实施细则's title
 * followed by 第N项 is not read so, nor a 清单's (…不予处罚清单》第4项 names the list's case, as the penalty tests hold).
 */
// Rule (issue 14, heldout27-gov; penalty decisions citing a ministry's notice beside a law: 根据《某法》第七十四条第一款的规定,
// 财政部《关于调整某某收费标准的通知》第二款第1项的规定): a notice (通知) is written in numbered paragraphs, not articles, and
// a writer cites it by its 款 (and an item of that 款) right after its title. That 款 is the notice's own, a citation of the
// notice, not a 款 of the article cited before it. Only a title ending in 通知 (before a closing note in brackets) is read
// so; a 款 alone after any other title stays unread, as before.
function noticeTitle(title: string): boolean {
  return /通知(?:[（(][^（）()]{1,12}[)）])?$/.test(title.replace(/[\s\u3000]+/g, ''));
}

// Rule (issue 14, heldout30 gov; 权责清单 giving a power's source: 《国务院关于取消和下放一批行政审批项目等事项的决定》第91项：…
// 下放至…): a State Council decision cancelling, delegating or adjusting approval items is a numbered list of them, and
// 第N项 right after its title cites its Nth entry (unknown-regulation: the corpus holds none), as a 裁量基准's above.
// Not any 决定, nor a 清单; only before words citing it (第2项商品 is none). A decision amending, repealing or cancelling
// acts is such a list too (fix-zh42, listEntryItem.ts amendingListDecision).
// Rule (heldout31 gov; 权责清单: 《国务院对确需保留的行政审批项目设定行政许可的决定》第172项：…): such a decision may be titled
// 对…的决定 as well as 关于…的决定 — the State Council's decision keeping approval items is a numbered list of them too.
function approvalItemsDecision(title: string): boolean {
  return /^(?:国务院)?(?:关于|对)(?:第[一二三四五六七八九十]{1,3}批)?[^《》〈〉]{0,12}(?:取消|下放|调整|清理|保留)[^《》〈〉]{0,30}(?:事项|项目)[^《》〈〉]{0,8}的决定$/.test(title.replace(/[\s\u3000]+/g, ''));
}

// Rule (heldout31 gov; penalty news: 根据《某法》第七十三条第一款和《某省林业局行政处罚裁量基准表》第7项：“…”): a standard
// printed as a table (基准表, 标准表) numbers its entries as the standard does.
function numberedEntries(title: string): boolean {
  return /(?:裁量(?:权)?(?:基准|标准|细则|规则)|基准)表?(?:[（(][^（）()]{1,12}[)）])?$/.test(title.replace(/[\s\u3000]+/g, ''));
}

/**
 * "stipulates that" after a citation, a note on the title between them: the country's initials in brackets, who issued
 * it and when ("issued by the State Council 1998"), a short name given in brackets ("(hereinafter referred to as …)").
 */
const REPORTED_AFTER_NOTE = /^(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?(?:[ \t]+(?:issued|promulgated|adopted|enacted)[ \t]+(?:by|in|on)\b[^()\n.;:]{0,80}?)?(?:[ \t]*\((?:hereinafter|the[ \t]+["“])[^()\n]{0,80}\))?,?[ \t]+(?:provides|stipulates|states|prescribes)[ \t]+that\b/;

/** A citing verb right before a title (依据《…》41条): the title is cited, its loose article read (looseArticle). */
const CITED_TITLE = new RegExp(`(?:${CITING_VERBS})$`);

