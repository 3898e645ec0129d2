// Where a citation may start: SELF_ANCHOR, every form a chain opens with (第, 本条, 前款, 该条, 《, Article, "the preceding
// Article", …), found fast through the characters its forms start with (AnchorFinder).
import { SAID_PROVISION_ANCHOR } from '../english/context/saidArticle';
import { withNumberWords } from '../english/englishOrdinalWords';
import { UPPER_PARAGRAPH } from './upperParagraph';

/**
 * One pattern matching any of `parts`, tried in order (their sources joined by |, no flags). SELF_ANCHOR is written as
 * such a list, one alternative a line, so that rules added side by side touch lines of their own.
 */
function alternation(parts: readonly RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'));
}
// "the preceding Article" / "the preceding Paragraph" as official translations capitalise the unit (前条, 前款: "… in
// accordance with the preceding Article"), also wrapped at a line's end ("the preceding" ⏎ "Article"); precedingAt reads
// either case, and the scanner keeps them to quoted statute text or a draft's own text as for the small-letter ones.
// "The second paragraph of the same Article", "the third paragraph of that Article" (f130-en2: explainers): an ordinal 款
// of the article named before, as "Paragraph 2 of the same Article" is (english.ts).
// An ordinal 款 before "of" and its article: "the first paragraph of Article 26", "the first clause" as China Law
// Translate renders 第一款, also with the law named right before the article ("the first clause of Criminal Law article
// 390", issue 14, real-english16; parseEnglish reads that law with titleBefore); "the third paragraph of one of the
// clauses of Article 253" (a machine's 第二百五十三条之一第三款, parseEnglish).
// "the officers specified in the Article (namely the judges …)": a remark in brackets after "the Article" (a lower-case
// word and a space, "i.e.", "e.g.") leaves it the article named before (fix-en26); "the Article (1)" / "(a)" stay out.
// "(Id. art 4.)", "Id. at art 7": legal citation style's "id." before "art" written without its stop (parseEnglish).
// "(art 27)", "(see art 12)": a bracketed citation note in lower case, as "(Art 27)" (englishBracketedArt.ts).
// "the third and fourth paragraphs of the preceding paragraph" (a machine's 前款第三项、第四项; englishParagraphItems.ts).
// "Part 1 of Article 1077": a blog's word for a 款, only before "of Article N" (fix-en21; parseEnglish paragraphsAt).
// "in which article17provides that …", "article43of the …" (heldout29 English: a thesis abstract whose PDF text lost
// the spaces around numbers; "Article43of" was read already): "article" in lower case glued to its number is an article
// as "Article" is, when a word a citation goes on with is glued after the number ("of", "and", "or", or the verb of a
// provision: provides, stipulates, states, prescribes, specifies, says, requires); a lower-case "article17" alone (a
// file name, an address) stays no anchor.
// "Articles12and13 of the …" (fix-en50, heldout36 English: the same lost spaces): two numbers glued to "and" / "or"
// before "of" — the list read as spaced (english/lists/englishUnitList.ts EN_SEP).
// "… not liable for the loss.1Article 34 of the X Law stipulates …" (heldout28 English: a law firm's Q&A whose footnote
// numbers were glued into the text): a footnote's number (one or two digits) after a sentence's stop, glued to "Article"
// — the article starts there, as after a space. Only after a stop or closing quote, so "Rule1Article" or "A1Article 5"
// inside a word stays no anchor, nor after a decimal ("version 3.2Article 5").
// "UnderArticle 8 of the Measures for …", "pursuant toArticle 12 of the …" (fix-en53, heldout37 English p20: a page
// whose text lost the space before "Article"): "Article" glued to the word before it, when that word is one a citation
// follows in a sentence (under, pursuant to, according to, see, per, to, of, in, by, and, or, with, from, that, at,
// on) and a spaced number follows, is read as if spaced. Not inside an address or a file name (a slash, dot, colon,
// "@", "#", "=", "&", "?", "%" or hyphen glued before the word), nor an identifier ("SomeArticle8Class": no such word,
// no spaced number).
// "art 13 of the PRC Company Law", "Civil Code art 1165" (round 31, forms-en110: footnotes and notes written in lower
// case without the stop): "art" before its number and "of" a capitalised name, or right after a law's name (its kind
// word or an acronym, a comma between or not) — the law named there makes it a citation (parseEnglish); "art 21"
// alone stays no anchor (a gallery's, a course's).
// "point 3 of Article 13", "the third item of the first paragraph of Article 13" (round 31, forms-en110): an item
// rendered "point", tied by "of" to its paragraph or article, or by its ordinal, tied to its paragraph (englishUnitList.ts
// itemsAt; "the second item of Article 2" keeps its reading, fix-en34a).
// "Para. 2, Art. 16 of the X Law", "para. 1, art. 40" (heldout28 English: a lecture's slides): the paragraph
// abbreviated before its abbreviated article, a comma between, is that article's paragraph (parseEnglish paragraphsAt
// reads "Para."); only so followed, "para. 3" alone stays a writer's own paragraph.
// 本項 / 前項: on a Taiwan page 項 is the paragraph (fix-tw18; read there only, chain.ts unitLevel).
// 该条 followed by words about a provision (该条规定, 该条还…): the article cited just before (thatArticle.ts; 该条例,
// 该条件, 该条款 stay out). Also 该条文, 该条法律, 该条两款, and 该条 / 该条款 after a citing word (根据该条，) or 该条款规定
// (fix-zh37, heldout32-court): the same article. 该条款 after 基于 (本文基于该条款内在的结构关系…, a paper on the article named
// just before; fix-zh39, heldout33 gov): the article too — 基于 is a citing word, and 条款 there is the provision.
// "Article V(1) of the New York Convention", "Article V(1) of the latter": a roman article may carry its paragraph in
// brackets before "of" (fix-en40; english/lists/englishUnitList.ts romanArticleAt, englishFormerLatter.ts), and its
// item after it ("Article V(1)(a) of …"); the convention may stand before it, a comma between ("the New York
// Convention, Article V(1)(a)", english/headings/internationalInstrument.ts).
// 该条款 followed by words about a provision as 该条 is (从该条款的理解与适用出发, 该条款更加注重…; fix-zh41a, heldout34
// court): the article cited just before too, unless a contract's terms are named since (thatArticle.ts CONTRACT_SINCE).
// 该条款具体 (但是该条款具体应当如何适用; fix-zh82, heldout52 court) is such a word too.
// 该条款 / 该条 followed by words about its amendment (该条款后于2013年修改为第55条, 该条于2013年被修改, 该条款后来被删除; fix-zh43,
// heldout35 court: a history of an article through a law's texts): the article cited just before, in the text it was
// cited in — the amendment is told of that article.
// '" labor law " the 44th regulation': an ordinal right after a quoted title, 条 rendered article, regulation or clause
// (english.ts ordinalArticleAt, fix-en41).
// The English number words come from one table (englishOrdinalWords.ts), put in where the pattern names them
// (ORDINAL_1_99: first … ninety-ninth; ORDINAL_1_10, ORDINAL_1_5; CARDINAL_1_90: one … nineteen and the tens).
// 此条 / 此款 (依据此条规定, 此款的适用; fix-zh92, heldout53 lawyer) point back as 该条 / 该款 do (layout/thatArticle.ts), followed
// by fewer words — a provision's (规定, 还, 明确, 是, 的规定 …), not 此条路 / 此款酸奶 / 此款的设计 — and 根据此条， with a comma.
// 此项 stays unread: 此项规定 / 此项工作 name a matter of the writer's far more often than an item.
// 上款 (依照上款规定办理; round 32): 前款 as older laws write it (upperParagraph.ts).
// One alternative a line (alternation): a rule adds its own line, its comment above it.
/** Every form a citation may start with (the rules above), one alternative a line. */
const SELF_ANCHOR = withNumberWords(alternation([
  /(?<=[法典])[0-9０-９]{1,4}(?=[ \u3000]?条|\(\d{1,2}\)条)/,
  /(?<=[法典])[零〇一二三四五六七八九十百千两]{1,8}(?=条)/,
  /(?<=[\u4e00-\u9fff、])[0-9０-９]{1,4}(?=条)/,
  // 土地管理法.62条: a dot between a law's name and its article in digits (dottedArticle.ts).
  /(?<=[法典][.．])[0-9０-９]{1,4}(?=条)/,
  /[《〈﹤第]/,
  // 该条但书 / 该款但书 (round 33, f130-zh; commentaries on an article's proviso): 但书 is a provision's word only; and the
  // verbs a commentary says a new provision does (该款填补了立法空白, 该条沿用了原条文, 该款细化了…): 填补, 弥补, 沿用, 延续,
  // 吸收, 细化, 补充, 新增 — no count of money or model of goods (该款产品) is followed by them.
  /该[条款项](?=规定|还|明确|的|所|中|对|将|也|并|又|仅|只|虽|则|是|系|即|列举|强调|适用|之|面临|在|赋予|确立|确定|体现|旨在|但书|填补|弥补|沿用|延续|吸收|细化|补充|新增)/,
  /此[条款](?=规定|还|明确|的(?:规定|内容|适用)|所|中|对|将|也|并|又|仅|只|虽|则|是|系|即|列举|强调|适用|之规定|面临|赋予|确立|确定|体现|旨在)/,
  /(?<=(?:根据|依据|依照|按照|对照)[ \u3000]?)此条(?=[，,])/,
  /该条(?=文(?![件字书化本第])|法律(?!第)|[两二三四五六七八九十各]款)/,
  /(?<=(?:根据|依据|依照|按照|对照)[ \u3000]?)该条(?=款?[，,])/,
  /(?<=基于)该条(?=款)/,
  // Round 33 (f130-zh; commentaries applying the 款 or article just cited: 依照该款，超过部分不产生定金效力; 二审判决正是依据该款
  // 认定…; 依据该条判决…): after a citing word, 该款 with a comma after it, and 该条 / 该款 with the court's verb after it, are
  // that 款 / article — not 该款产品 / 该款手机 (a model of goods), which no comma or such verb follows.
  /(?<=(?:根据|依据|依照|按照|对照)[ \u3000]?)该款(?=[，,])/,
  /(?<=(?:根据|依据|依照|按照|对照)[ \u3000]?)该[条款](?=认定|判决|判定|判处|处理|处罚|执行|支持|驳回|裁定|裁决)/,
  // Round 34 (f141-zh; HR and lawyers' pages: 公司就可以依据此条解除劳动合同, 员工可依据该条主张经济补偿): after a citing word,
  // 此条 / 该条 followed by what a party does under the article (解除, 主张, 要求, 申请, 起诉, 索赔) or the court's verb is that
  // article too — such verbs follow no 此条路 / 该条线.
  /(?<=(?:根据|依据|依照|按照|对照)[ \u3000]?)[该此]条(?=解除|主张|要求|申请|起诉|索赔|认定|判决|判定|处理|处罚)/,
  /该条(?=款(?:规定|的|更|还|明确|所|中|对|将|也|并|又|仅|只|则|是|系|即|列举|强调|适用|在|赋予|确立|确定|体现|旨在|具体))/,
  /该条(?=款?(?:后于|后经|后来(?=[^，。；;,\n]{0,16}?(?:修改|修订|修正|删除|废止))|于[^，。；;,\n]{0,16}?(?:修改|修订|修正|删除|废止)|被(?:修改|修订|修正|删除|废止)))/,
  /本(?:条(?![例件线目码])|款(?![项式])|项(?![目]))/,
  /前(?:[两二三四五六七八九十]?条(?![件])|[两二三四五六七八九十]?款(?![项式])|[两二三四五六七八九十]?项(?![目]))/,
  UPPER_PARAGRAPH,
  /\b(?:[Aa]rticles?|[Pp]aragraphs?|[Ii]tems?|[Cc]lauses?|[Ss]ub-?paragraphs?)\s+\(?\d/,
  /\b[Pp]aragraph[ \t]+(?=(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)[ \t]+of[ \t]+(?:this[ \t]+[Aa]rticle\b|Article[ \t]+\d))/,
  /\b(?:Articles?(?=\d{1,4}(?![\dA-Za-z]))|[Aa]rticles?(?=\d{1,4}(?:(?:of|and|or)(?=[ \t]|the[ \t]*[A-Z]|[A-Z][a-z])|(?:and|or)\d{1,4}[ \t]+of[ \t]|(?:provides|stipulates|states|prescribes|specifies|says|requires)(?![A-Za-z]))))/,
  /\b[Ii]tems?(?=\d{1,2},[ \t]*Articles?[ \t]*\d)/,
  /\b[Tt]he[ \t]+(?=\d{1,4}(?:st|nd|rd|th)[ \t]+[Aa]rticles?[ \t]+of[ \t])/,
  /(?<=["”][ \t]{0,2})[Tt]he[ \t]+(?=\d{1,4}(?:st|nd|rd|th)[ \t]+(?:[Aa]rticle|[Rr]egulation|[Cc]lause)\b)/,
  // "the 253rd regulation of Civil Procedure Law" (a140-en): another rendering of 条 before "of"; english.ts
  // ordinalArticleAt keeps it only when a law's or code's name follows.
  /\b[Tt]he[ \t]+(?=\d{1,4}(?:st|nd|rd|th)[ \t]+(?:[Rr]egulation|[Cc]lause)[ \t]+of[ \t])/,
  /\b[Tt]he[ \t]+(?=ORDINAL_1_99[ \t]+[Aa]rticle[ \t]+of[ \t])/,
  /(?<=\b(?:Law|Code|Regulations|Measures|Provisions|Rules|Constitution|Interpretation)['’]s[ \t]+)ORDINAL_1_99(?=[ \t]+[Aa]rticle\b)/,
  /\b[Ii]tems?\s+\((?:[ivx]{1,6}|[IVX]{1,6})\)/,
  /\b[Pp]oints?[ \t]+(?=\(?\d{1,2}\)?(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|to)[ \t]+)\(?\d{1,2}\)?)*[ \t]+of[ \t]+(?:[Pp]aragraph[ \t]+\d|(?:the[ \t]+)?ORDINAL_1_10[ \t]+paragraph|Article[ \t]*\d))/,
  /\b(?:[Tt]he[ \t]+)?ORDINAL_1_10(?=[ \t]+(?:item|sub-?paragraph)[ \t]+of[ \t]+(?:[Pp]aragraph[ \t]+\d|(?:the[ \t]+)?ORDINAL_1_10[ \t]+paragraph))/,
  // "the 2nd item of Article 39", "the third item of Article 40": a machine's 第三十九条第二项 names the item by its
  // ordinal right before its article, as "the first paragraph of Article 26" names a 款 (englishUnitList.ts itemsAt).
  /\b(?:[Tt]he[ \t]+)?(?:ORDINAL_1_10|1st|2nd|3rd|[4-9]th|10th)(?=[ \t]+(?:item|sub-?paragraph)[ \t]+of[ \t]+(?:the[ \t]+)?Article[ \t]*\d)/,
  /\b[Aa]rticles?\s+(?=CARDINAL_1_90\b)/,
  /\b[Aa]rticles?\s+(?=[IVXLC]{1,8}(?:\(\d{1,2}\)(?:\([a-z]\))?)?\s+of\s)/,
  /(?<=(?:Convention|Treaty|Covenant),[ \t]{0,2})\b[Aa]rticles?\s+(?=[IVX](?:\(\d{1,2}\)(?:\([a-z]\))?)?(?![A-Za-z0-9]))/,
  /\b(?:[Tt]his|THIS|[Tt]he|THE|[Tt]hat)[ \t]+(?:(?:said|foundational|fundamental|key|core|pivotal|central|landmark|cornerstone)[ \t]+)?(?:[Aa]rticle|ARTICLE)\b(?![ \t]*(?:\d|\((?!(?:[a-z]{3,}[ \t]|i\.e\.|e\.g\.))|[IVXLC]{1,6}\b|-))/,
  /\b[Tt]he[ \t]+(?:above-?mentioned|aforementioned)[ \t]+clause\b(?![ \t]*(?:\d|\(|-))/,
  SAID_PROVISION_ANCHOR,
  /\bThis[ \t]+clause\b(?![ \t]*(?:\d|\(|-))/,
  /\b[Tt]he\s+(?:(?:preceding|previous|foregoing)\s+(?:(?:two|three|four)\s+)?(?:[Pp]aragraphs?|[Aa]rticles?)\b|(?:last|final)[ \t]+(?:[Pp]aragraph|[Cc]lause)(?=[ \t]+of[ \t]+(?:the[ \t]+)?[Aa]rticle[ \t]*\d))/,
  /\b[Ii]ts[ \t]+ORDINAL_1_5[ \t]+[Pp]aragraph\b(?![ \t]+(?:of|in|on|above|below|here)\b)/,
  /\b[Tt]he\s+ORDINAL_1_5\s+[Pp]aragraph\b(?:(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(?:the\s+)?ORDINAL_1_5\s+[Pp]aragraph\b){0,3}(?!\s+of\s+(?!this\s+[Aa]rticle\b))/,
  /\b[Aa]rts?\.\s*\d/,
  /\bPart[ \t]+(?=\d{1,2}[ \t]+of[ \t]+Article[ \t]+\d)/,
  /\bARTICLES?[ \t]+\d/,
  /\b[Pp]aras?\.[ \t]*\d{1,2}(?=[ \t]*,[ \t]*[Aa]rts?\.[ \t]*\d)/,
  /(?<=(?<![\d.])[.!?"”][1-9]\d?)Articles?(?=[ \t]+\d)/,
  /(?<=(?<![\w/.:@#=&?%-])(?:[Uu]nder|[Pp]ursuant[ \t]+to|[Aa]ccording[ \t]+to|[Ss]ee|[Pp]er|to|of|in|by|and|or|with|from|that|at|on))Articles?(?=[ \t]+\d)/,
  /\b[Pp]rovisions?[ \t]+\d/,
  /\bRules?[ \t]+\d/,
  /\b(?:[Ss]ection|SECTION|[Ss]ec\.?|[Ss]\.?)[ \t]?\d{1,4}(?:\(\d{1,2}\))?(?=\s+of\s)/,
  /\b(?:Section|section)[ \t]\d{1,4}(?![\d(]|\.\d|\s+of\s)/,
  /\b(?:[Ss]ections|SECTIONS)[ \t]+\d{1,4}(?=(?:[ \t]*,[ \t]*\d{1,4})*,?[ \t]+(?:and|or|to)[ \t]+\d{1,4}[ \t]+of[ \t])/,
  /\bArts?[ \t]+\d/,
  /\bARTS?[ \t]+\d/,
  /(?<=\b[Ii]d\.,?[ \t]+(?:at[ \t]+)?)arts?[ \t]+\d/,
  /(?<=\((?:(?:see|cf\.)[ \t]+)?)arts?[ \t]+\d/,
  /(?<![A-Za-z])arts?[ \t]+(?=\d{1,4}(?:\(\d{1,2}\))*[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])/,
  /(?<=\b(?:Law|Code|Constitution|Regulations|Measures|Provisions|Rules|[A-Z]{2,6}),?[ \t]+)arts?[ \t]+\d/,
  /\bRules?\s+\d{1,3}(?:\.\d{1,2})?(?:(?:\s*,\s*|\s+(?:and|or|to)\s+|\s*-\s*)\d{1,3}(?:\.\d{1,2})?)*\s+of\s+(?:the\s+)?(?:PRC\s+)?(?:Implementing|Implementation|Detailed)\s+(?:Regulations|Rules)\b/,
  /\b(?:[Tt]he\s+)?ORDINAL_1_10(?:(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)ORDINAL_1_10){0,4}\s+(?:[Pp]aragraphs?|[Cc]lauses?)(?=\s+of\s+(?:the\s+(?:preceding|previous|foregoing)\s+[Pp]aragraph\b|[Pp]aragraph\s+\d|(?:[A-Z][\w'’-]*[ \t]+){1,6}[Aa]rticles?[ \t]*\d|one\s+of\s+the\s+(?:clauses|articles|provisions)\s+of\s+Article\s+\d|(?:the\s+(?:(?:original|former|old|previous)\s+)?)?(?:[Aa]rticle|(?:\d{1,4}(?:st|nd|rd|th)|ORDINAL_1_99)\s+[Aa]rticle)))/,
  /\b(?:[Tt]he\s+)?(?:1st|2nd|3rd|[4-9]th|10th)\s+[Pp]aragraph(?=\s+of\s+(?:the\s+)?(?:[Aa]rticle|(?:\d{1,4}(?:st|nd|rd|th)|ORDINAL_1_99)\s+[Aa]rticle))/,
  /\b(?:[Tt]he\s+)?ORDINAL_1_10\s+[Pp]aragraph(?=\s+of\s+(?:that|the\s+same)\s+[Aa]rticle\b)/,
  /\((?:\d{1,2}|[ivx]{1,6})\)(?=(?:\s*(?:,|and|or|to)\s*\((?:\d{1,2}|[ivx]{1,6})\))*\s+of\s+(?:the\s+\w+\s+)?paragraph)/,
]));
/**
 * SELF_ANCHOR found fast: every alternative of it opens with one of ANCHOR_START's characters — a Chinese anchor, a
 * full-width digit, a bracket, or at a word boundary (its lookbehinds end in 法/典 or a space) an ASCII digit or the
 * first letter of one of its English words (Article, Paragraph, Item, Clause, Section, Sub-paragraph, Rule, Part,
 * Provision, the, art, and the number words: first, second, third, eighth, ninth …), or "Article" glued to a word before it. This plain class is searched first
 * and the long alternation tried only where it matches (sticky): the same matches in the same order, without trying
 * the alternation at every other character of a document. A new alternative must keep its first character here.
 */
const ANCHOR_START = /[(《〈﹤第本前上该此０-９]|[零〇一二三四五六七八九十百千两](?<=[法典][零〇一二三四五六七八九十百千两])|\b[ACEFINPRSTacefinpst0-9]|A(?<=(?<![\d.])[.!?"”][1-9]\d?A)|A(?=rticle)(?<=[a-z]A)/g;
/** SELF_ANCHOR's matches in document order, as its exec with the g flag would find them, ANCHOR_START searched first. */
export class AnchorFinder {
  lastIndex = 0;
  private readonly start = new RegExp(ANCHOR_START.source, 'g');
  private readonly anchor = new RegExp(SELF_ANCHOR.source, 'y');
  /** As `exec` of SELF_ANCHOR with the g flag from `lastIndex`. */
  exec(text: string): RegExpExecArray | null {
    this.start.lastIndex = this.lastIndex;
    // test, not exec: no match array per candidate (every alternative of ANCHOR_START is one character long, so the
    // candidate is the character before lastIndex).
    while (this.start.test(text)) {
      this.anchor.lastIndex = this.start.lastIndex - 1;
      const m = this.anchor.exec(text);
      if (m) {
        this.lastIndex = this.anchor.lastIndex;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}
