// An article's heading, not a citation: 第X条 where a heading stands (a line's start, a table cell, after a colon or a
// sentence's end) with its text or bracketed name after it — the label of a text being quoted, drafted or printed.
import { chapterLabelOpensLine } from '../layout/chapterPrefixHeading';
import { headingInMarkedRun } from '../layout/commaRun';
import { beforeGap, lostSpaceAfter } from '../layout/lostSpace';
import { stopSpacedHeading } from '../layout/stopSpacedLabel';
import { labelAfterOwnTitle } from '../layout/ownTitleLabel';
import { afterRunInChapter, firstArticleAfterEnacting, headingAfterPreamble, headingBeforeLineRun, headingInPrintedLine, headingInRun, headingInSpacedRun } from '../layout/headingRun';
import { pastedParagraphEnd } from '../layout/titleInPrintedWords';
import { pastedOnPrintedLine, paragraphLabelHeading, paragraphListHeading, repeatsCitationAbove, reprintedArticleAt } from '../layout/lawExcerpt';
import { codePartAfter, dashAboutAfter } from '../layout/codePartHeading';
import { atLineStart } from '../text';
import { paragraphQuotedUnderCitation } from '../layout/paragraphQuotedUnderCitation';
import { labelAloneBeforeBar } from '../layout/cellBarLabel';
import { labelsOnlyLine, labelUnderTitleLine } from '../layout/basisLabelLine';
import { parseUnit } from '../chain/chain';
import { articleNameHeading, gluedNameHeading } from '../layout/articleNameHeading';
import { repeatedLabelBefore } from '../layout/repeatedLabel';
import { basisArticleGlued } from '../layout/basisColumn';
import { gluedOwnWords } from '../layout/reproducedUnderCited';
import { quotedProvisionHeading } from '../layout/quotedProvisionRun';

/** The words of a text's own first article: its purpose, then that it makes this text (为了…，制定本办法). */
const OWN_FIRST_ARTICLE = /^[ \u3000]*(?:为了|为)[^。；\n]{2,150}?制定本(?:通告|办法|规定|条例|细则|规则|决定|方案|意见|制度|标准|准则|公约|章程|实施细则|实施办法)/;

/** An article's name in ASCII square brackets after its label: [适用范围], then a space or the article's words. */
const ASCII_BRACKET_NAME = /^\[(?!注)[\u4e00-\u9fff、和与及]{2,16}\](?:[ \t\u3000]|[\u4e00-\u9fff“「])/;

/** A topic tag right before a label: #头条创作挑战赛# (words between two #, no space or punctuation). */
const TOPIC_TAG_BEFORE = /#[\u4e00-\u9fffA-Za-z0-9]{2,20}#$/;

/**
 * An article heading of a text being quoted or drafted, not a citation: 第X条 (之N) at the start of a line or a table
 * cell, after a colon or after a sentence's end, followed by a space or a bracketed article name (〖目的依据〗, 【适用范围】), or at a line
 * start glued to its text under a heading naming a law (an appendix of applied articles). Returns where the label ends,
 * else -1.
 */
export function articleHeadingAt(text: string, p: number): number {
  // Where it stands first (cheap): a line start, a colon, or a sentence's end and a space (a lost list mark among the
  // spaces, lostSpace.ts beforeGap).
  const i = beforeGap(text, p);
  // A table cell opens like a line (a 新旧对照表's | 第十条 公司的法定代表人…): there, only an article followed by its text.
  const cell = text[i] === '|' || text[i] === '｜';
  // A bilingual page runs the Chinese heading on after the English text: "… the commission selected. 第十七条 有…", or
  // glued to the English full stop ("… their common property.第一千零六十二条 夫妻…": after a Latin letter only, not a
  // list number's "1."), or to the English heading before it ("一、一般规定 | I. General rules第一条 民法典…": a page
  // setting each Chinese paragraph after its English one); the rules below still want a space or a name after it.
  // Rule (issue 14, fix-head20; social-media posts of 释义 pages: #头条创作挑战赛#第一千一百六十五条 ⏎ 【过错责任原则】行为人…):
  // a platform's topic tag (#话题#) opening the line is the post's tag, not the writer's words: the label after it opens
  // the line, as after the spaces or a Markdown # (atLineStart).
  // A chapter's number glued before the label and opening the line (第五章第三十条 违反…) leaves the label where the line's
  // heading stands (chapterPrefixHeading.ts).
  const lineStart = atLineStart(text, p) || (text[p - 1] === '#' && TOPIC_TAG_BEFORE.test(text.slice(Math.max(0, p - 24), p)) && atLineStart(text, p - TOPIC_TAG_BEFORE.exec(text.slice(Math.max(0, p - 24), p))![0].length))
    || chapterLabelOpensLine(text, p, (q) => atLineStart(text, q));
  // Rule (issue 14, real-gov16; a commentary page's heading line: 劳动争议调解仲裁法条文释义：第四十七条【终局裁决】  第四十七条
  // 下列劳动争议，除本法另有规定的外，…): a caption in 【】 closed and set off by a space stands where a colon would — the label
  // after it, a space and its text after that, heads the article printed; the rules below still want the space and the text.
  const placed = cell || lineStart || afterRunInChapter(text, p) || text[i] === '：' || text[i] === ':' || (i < p - 1 && (text[i] === '。' || text[i] === '；' || text[i] === '.' || text[i] === '》' || text[i] === '】')) ||
    (i === p - 1 && text[i] === '.' && /[A-Za-z]/.test(text[i - 1] ?? '')) || (i === p - 1 && lowerLatinOrNone(text, i) && /[a-z]/.test(text[i]) && /[A-Za-z]{2}/.test(text.slice(i - 2, i)));
  const u = parseUnit(text, p);
  // Where the page lists the legal basis (a 法律依据 / 设定依据 caption or column), a label glued to its words after a full
  // stop is the next article relied on: a citation (basisColumn.ts).
  if (u && u.level === 0 && u.nums.length === 1 && !u.nums[0].insert && u.missingUnit === undefined && !lineStart && basisArticleGlued(text, p, u.end, i)) return -1;
  // After a full stop on a line that opens with a citation glued to its article's text: the next article pasted (lawExcerpt.ts).
  // The label may name the 款 printed, set off by a space from its words (titleInPrintedWords.ts pastedParagraphEnd).
  const pastedEnd = u && u.level === 0 && u.nums.length === 1 && u.missingUnit === undefined ? pastedParagraphEnd(text, u.end) : -1;
  if (pastedEnd !== -1 && pastedOnPrintedLine(text, p, pastedEnd)) return pastedEnd;
  // Rule (a notice, a measure or a sample text printed after a caption: 范文三 第一条 为了…，制定本通告。): a first article
  // stating its purpose and that it makes the text (制定本通告, 制定本办法), after a caption and a space, is that text's
  // own first article's heading — a writer citing an article never goes on so. Not after a title (《…条例》 第一条
  // 为了…制定本条例 labels the article it quotes); where a heading stands (a line start) the rules below decide.
  if (!placed && i < p - 1 && text[i] !== '》' && u && u.level === 0 && u.nums.length === 1 && u.nums[0].n === 1 && !u.nums[0].insert
    && OWN_FIRST_ARTICLE.test(text.slice(u.end, u.end + 160))) return u.end;
  if (!placed) {
    // Not where a heading stands, unless one article's label heads a run (headingRun.ts): a regulation flattened
    // after its preamble (制定本规定。第一条异议人…。第二条执行异议…), or the first of a run of headings, each with a
    // space before its text, the next heading a later line.
    if (!u || u.level !== 0 || u.nums.length !== 1 || u.nums[0].insert) return -1;
    // Right after the printed text's title set off by spaces, a title the page named before in 《》, a space and its
    // words after it: a flattened notice printing the text it issues (ownTitleLabel.ts).
    if (u.missingUnit === undefined && labelAfterOwnTitle(text, i, p, u.end)) return u.end;
    // The same label printed twice, a space between, the first a heading (a spreadsheet's label cell and its text cell,
    // repeatedLabel.ts): the second heads the same text.
    const twice = repeatedLabelBefore(text, p, u.end);
    if (twice !== -1 && articleHeadingAt(text, twice) !== -1) return u.end;
    if (text[i] === '。' && i === p - 1 && headingAfterPreamble(text, p, u.end, u.nums[0].n)) return u.end;
    // Glued to a full stop, a space and its text after it, beside the next or previous article so (headingRun.ts).
    if ((text[i] === '。' || text[i] === '；') && i === p - 1 && headingInSpacedRun(text, p, u.end, u.nums[0].n)) return u.end;
    // Glued to a full stop, set off from its words by a space or glued to its bracketed name, alone too (stopSpacedLabel.ts).
    if (i === p - 1 && u.missingUnit === undefined && stopSpacedHeading(text, p, u.end)) return u.end;
    // Rule (issue 14, zh15; a Q&A answer pasting an interpretation's articles: 解答如下， 第五条 违反…。 第六条 …): after a
    // comma and a space the answer's lead-in ends and the paste begins — a label with a space and its text after it, beside
    // the next or previous article so, heads it as after a full stop. A writer citing after a comma writes no space
    // before the label nor between it and its words (，第五条规定…).
    if ((text[i] === '，' || text[i] === ',') && i < p - 1 && headingInSpacedRun(text, p, u.end, u.nums[0].n)) return u.end;
    // Glued to a full stop, a space and its text after it, on a line a printed article's heading opens (headingRun.ts).
    if (i === p - 1 && headingInPrintedLine(text, p, u.end, (q) => articleHeadingAt(text, q) !== -1)) return u.end;
    // Set off by commas or 顿号 in a run of labels of a regulation's own text flattened so (commaRun.ts).
    if (u.missingUnit === undefined && headingInMarkedRun(text, p, u.end, u.nums[0].n)) return u.end;
    return u.missingUnit === undefined && headingBeforeLineRun(text, u.end, u.nums[0].n) ? u.end : -1;
  }
  if (!u || u.level !== 0 || u.nums.length !== 1 || u.missingUnit !== undefined) return -1;
  // Rule (judgments' 附：本案适用的法律条文, penalty decisions' appendices): a label naming a 款 — 第六十七条第三款　犯罪嫌疑人
  // 虽不具有前两款… — prints that 款 alone; the text after it is that 款's, so 前两款 there are the article's first two.
  // Set off from the 款's words by a space or a caption (【盗窃罪】), or glued to them under a judgment's appendix heading,
  // the label is the heading of the 款 printed, no citation (issue 14 form 8; lawExcerpt.ts paragraphLabelHeading; the
  // heading carries the 款, quotedHeading). Glued to its words elsewhere (法律依据 ⏎ 《…》 ⏎ 第三十一条第三款行政复议机关…) it
  // lists the basis relied on and stays a citation.
  // So is a label naming an item and set off from the item's words by a comma or colon (第六十四条第二项，过失引起火灾的，…
  // under 《…消防法》; issue 14, zh11), as a writer cites it; a penalty table printing the article's text after a space
  // under such a label (第八十五条第一项  …有下列情节之一的) keeps it as the printed article's heading.
  const lower = text.charCodeAt(u.end) === 0x7b2c ? parseUnit(text, u.end) : null;
  // Its 款 and an item after it, set off from the words printed (第三十条第一款第(二)项   有下列…): the heading of that item.
  const item = lineStart && lower && lower.level === 1 && lower.nums.length === 1 && text.charCodeAt(lower.end) === 0x7b2c ? parseUnit(text, lower.end) : null;
  // Set off by a colon, in a ruling's appendix of the provisions cited (paragraphLabelHeading, fix-zh61).
  if (item && item.level === 2 && item.nums.length === 1 && /^[ \t\u3000：:]/.test(text.substr(item.end, 1)) && paragraphLabelHeading(text, p, item.end)) return item.end;
  if (lineStart && lower && lower.level === 1 && lower.nums.length === 1 && paragraphLabelHeading(text, p, lower.end)) return lower.end;
  // A colon and the 款's words quoted, under a line citing that 款 (paragraphQuotedUnderCitation.ts).
  if (lineStart && lower && lower.level === 1 && lower.nums.length === 1 && paragraphQuotedUnderCitation(text, p, lower.end, u.nums[0].n, lower.nums[0].n)) return lower.end;
  // A list of the article's 款 set off from the words printed, under the law's title (lawExcerpt.ts paragraphListHeading).
  if (lineStart && lower && lower.level === 1 && lower.nums.length === 1) {
    const listed = paragraphListHeading(text, p, lower.end);
    if (listed !== -1) return listed;
  }
  // At a line's start glued to words naming their own regulation 本办法 (reproducedUnderCited.ts), its 款 with it.
  if (lineStart && lower && lower.level === 1 && lower.nums.length === 1 && gluedOwnWords(text, lower.end)) return lower.end;
  if (lineStart && lower && (lower.level === 1 || (lower.level === 2 && /^[，,：:]/.test(text.substr(lower.end, 1))))) return -1;
  // Rule (issue 14 form 8 with form 5, heldout30 gov; a penalty table's label cell under the law's title line:
  // 第三十条第(二) 项   有下列行为之一的，由…处罚：(二)…): the item's label, however loosely written (brackets, a space
  // before 项), is part of the heading, set off from the article's words by a space as a 款's label is
  // (paragraphLabelHeading) — the item is no citation of its own; set off from words citing it (第三十条第(二)项 规定的…),
  // the label is a citation.
  // Glued to its words, the label with its item is a reprint's heading where an article's alone would be (lawExcerpt.ts:
  // under the law's title line), the words after the item deciding: 第七十六条第(三)项规定的… at a line's start cites it.
  if (lineStart && lower && lower.level === 2 && lower.nums.length === 1) {
    if (paragraphLabelHeading(text, p, lower.end)) return lower.end;
    return !/^[ \t\u3000]/.test(text.substr(lower.end, 1)) && reprintedArticleAt(text, p, lower.end) ? lower.end : -1;
  }
  if (cell && !lineStart) return /^[ \u3000]+(?!第)[\u3400-\u9fff]/.test(text.slice(u.end, u.end + 4)) ? u.end : -1;
  // A run of labels glued to their text, in order, one per sentence (a flattened reprint, headingRun.ts).
  if (!u.nums[0].insert && headingInRun(text, p, u.end, u.nums[0].n)) return u.end;
  // The first article glued to its text after the text's enacting 解释如下： (headingRun.ts).
  if (!u.nums[0].insert && firstArticleAfterEnacting(text, p, u.end, u.nums[0].n)) return u.end;
  if (text[i] === '》') return -1;
  const after = text[u.end];
  // A line of labels only lists the articles a 清单's basis cell relies on, no heading (basisLabelLine.ts).
  if (lineStart && labelsOnlyLine(text, u.end)) return -1;
  // A label alone in its table cell, its bar after it (第三十五条 |), cites as | 第三十五条 | does (cellBarLabel.ts).
  if (lineStart && labelAloneBeforeBar(text, u.end)) return -1;
  if (after === ' ' || after === '\u3000' || after === '〖' || after === '【' || after === '\t') return u.end;
  // Rule (issue 14 form 8, fix-zh39; drafts and local texts typed without full-width brackets: 第二条[适用范围]  本市…):
  // an article's name in ASCII square brackets after its label, where a heading stands, is the bracketed name 【适用范围】
  // is. Only words inside (two or more, no digits): a footnote mark (第五条[1], 第五条[注]) stays beside a citation.
  if (after === '[' && ASCII_BRACKET_NAME.test(text.slice(u.end, u.end + 24))) return u.end;
  if (lineStart && lostSpaceAfter(text, u.end)) return u.end;
  // At a line's start, numbered as a list is (第五条、已登记结婚的…) or glued to the crime it defines and a space (law sites
  // print 刑法 so: 第二百六十四条盗窃罪  盗窃公私财物…): a heading. 第五条、第六条 and 第五条、前款 stay a list of citations.
  if (lineStart && after === '、' && /^、[ \u3000]*[\u3400-\u9fff]/.test(text.substr(u.end, 3)) && !/^、[ \u3000]*(?:第|前|本|该|同|[零〇一二三四五六七八九十百千两])/.test(text.substr(u.end, 3))) return u.end;
  if (lineStart && /^[\u3400-\u9fff]{1,16}罪[ \u3000\t]+\S/.test(text.substr(u.end, 24))) return u.end;
  // Glued at a line's start to the words that open an article listing cases (第二十六条有下列行为之一的，…): its heading;
  // prose says 第二十六条规定的 / 第二十六条所列.
  if (lineStart && /^有下列(?:行为|情形|情况|事项|条件|违法行为)?之一/.test(text.substr(u.end, 12))) return u.end;
  if (lineStart && gluedOwnWords(text, u.end)) return u.end;
  // Under a line ending with a citation of this same article: the article printed (lawExcerpt.ts).
  if (lineStart && repeatsCitationAbove(text, p, u.end, u.nums[0].n)) return u.end;
  // An entry titled by its article, a dash and 关于… (第二十五条-关于动物防疫条件审查制度的规定, codePartHeading.ts).
  if (lineStart && dashAboutAfter(text, u.end)) return u.end;
  // Glued to a title naming a code's part and a dash (第一千一百五十六条《…民法典继承编-遗产的处理》—…, codePartHeading.ts).
  if (lineStart && text.charCodeAt(u.end) === 0x300a && codePartAfter(text, u.end)) return u.end;
  // An entry's label, a colon and the article's name alone on its line (articleNameHeading.ts).
  if (lineStart && articleNameHeading(text, u.end)) return u.end;
  // Glued to its caption alone on its line, the article's words below (articleNameHeading.ts gluedNameHeading).
  const glued = lineStart && !u.nums[0].insert ? gluedNameHeading(text, u.end) : -1;
  if (glued !== -1) return glued;
  // Alone on its line, its text on the next (a bilingual page's Chinese article under the English one, a page printing
  // each article's label above its text) — also past a blank line, as pages set each paragraph apart (第七十四条 ⏎⏎ 对于
  // 累犯，不适用缓刑。; issue 14, gov10).
  // Not before the writer's own words about the labels (以上两条…, 上述…, 该条…), nor under a title line with the next
  // column's numbered entry below (basisLabelLine.ts).
  if (lineStart && labelUnderTitleLine(text, p, u.end)) return -1;
  if (lineStart && /^[ \t\u3000]*(?:\r?\n[ \t\u3000]*){1,3}(?!以上|上述|上面|该条|本条|此条|这|前述|其中)[^\s第]/.test(text.substr(u.end, 16))) return u.end;
  // Rule (commentary pages): an article printed under a bracketed label on a line of its own (【法条原文】 ⏎ 第一百四十六条：
  // 行为人与相对人…), its label followed by a colon and its words: the heading of the text printed, as with a space.
  if (lineStart && /^[：:][ \u3000]*[\u3400-\u9fff]/.test(text.substr(u.end, 3)) && bracketLabelAbove(text, p)) return u.end;
  // A colon and the article's words quoted, in a run of provisions printed one after another (quotedProvisionRun.ts).
  if (lineStart && quotedProvisionHeading(text, p, u.end)) return u.end;
  // Glued to its text: the reprint of an article under a heading naming its law (lawExcerpt.ts).
  return lineStart && reprintedArticleAt(text, p, u.end) ? u.end : -1;
}

/**
 * A code test before the pattern on text[i] (most labels follow an ideograph): false only where /[a-z]/ fails on it —
 * a character that is no small Latin letter; outside the text (text[i] undefined, read as "undefined") the pattern decides.
 */
function lowerLatinOrNone(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

/** Whether the line above `p` (blank lines between) is a bracketed label alone: 【法条原文】, 【条文】, 【法律规定】. */
function bracketLabelAbove(text: string, p: number): boolean {
  const above = text.slice(Math.max(0, p - 40), p).replace(/[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+$/, '');
  return /(?:^|\n)[ \t\u3000]*【[^【】\n]{1,10}】$/.test(above) && above.length < text.slice(Math.max(0, p - 40), p).length;
}
