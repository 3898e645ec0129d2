// Rule (web pages that flatten a reprinted regulation into one paragraph): 《…规定》 第一条减刑、假释是…。 第二条对于罪犯…。
// 第三条“确有悔改表现”是指…。 第四条具有下列情形之一的… — article labels in their order, each opening a sentence and
// glued to its text, are the headings of the text reprinted, not citations. A writer citing articles does not open
// sentences with the next article's number glued to prose; when articles are quoted one after another (第七十九条“…”
// 第八十条，规定了…) at most the quotation mark is glued, and a run where no label is glued to prose stays citations.
// A label takes part when it opens a sentence (a line start, or after 。；：or a title's 》 and a space), is one article
// (第N条 or 第N条之M), and is glued to its text: a Chinese character that does not go on citing (规定, 的, 之, 中, 第, 款,
// 项, a list's 和/及/或/至) or an opening quotation mark. It is a heading when the label numbered one before or after it
// takes part too, within a few sentences, and one of the two is glued to prose.
import { formatChineseNumeral } from '../../numerals';
import { arabicLabelTalkedAbout } from './arabicLabelTalk';

/** Characters after a label that go on citing it (第十条规定, 第十条的, 第十条之一, 第十条中, 第十条第二款, 和/及/至 lists). */
const CITING_NEXT = /^(?:规定|的|之|中|第|款|项|和|及|或|至|到|与|以|等|所|有关|[、，,；;。：:）)\s])/;
const GLUED_PROSE = /^[\u4e00-\u9fff]/;
// Rule (issue 14, zh13; a flattened reprint whose article opens with a title: …为申请人。第五条《条例》第三条所列行业…):
// a label glued to a title's opening 《 is glued as to a quotation — the heading of an article whose text cites; a
// writer citing an article does not run its number into another title. Like a quotation mark, it counts only beside
// a neighbour glued to prose.
const GLUED_QUOTE = /^[“「"《]/;
/** How far the neighbouring label may stand. */
const REACH = 1200;

type Glue = 'prose' | 'quote' | null;

/** How the label at [p, end) is glued to what follows, if it opens a sentence; null when it takes no part. */
function glueAt(text: string, p: number, end: number): Glue {
  if (!opensSentence(text, p)) return null;
  const after = text.slice(end, end + 3);
  if (CITING_NEXT.test(after)) return null;
  return GLUED_PROSE.test(after) ? 'prose' : GLUED_QUOTE.test(after) ? 'quote' : null;
}

// Apart from text.ts sentenceStart: only the mark right before the label is read, a colon or a title's 》 one too.
/** Whether the label at `p` opens a sentence: a line start, after 。；：, after a title's 》 and a space, or after a chapter heading run in. */
function opensSentence(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r' || '。；;：:'.includes(text[i]) || (text[i] === '》' && i < p - 1) || afterRunInChapter(text, p);
}

// Rule (issue 14, heldout11 gov; a regulation's text with its line breaks lost: …实施细则⏎第一章 总则第一条 根据…。第二条 …
// 。第二章 渔业的监督管理第三条 国家对…): a chapter or section heading — 第N章 or 第N节 and its name — that itself opens a
// line or a sentence, run straight into an article label, stands where a line start would: the label opens the
// chapter's first article. A writer citing a chapter's article names the law first (本法第一章总则第一条) and does not
// open a sentence with a chapter's heading.
// Pages in a traditional-script conversion number the chapter 第壹章 as the text's 第壹條.
const RUN_IN_CHAPTER = /第[一二三四五六七八九十壹]{1,4}[章节節][ \u3000]*[\u4e00-\u9fff]{1,16}[ \u3000]*$/;

// Rule (issue 14, zh13; a regulation printed with every line break lost, its title included: 某某条例实施细则第一章总则
// 第一条为了实施…，制定本细则。第二条…): the regulation's name runs straight into its first chapter's heading. The first
// chapter named 总则 right after a name ending as regulations' names end (…法, …条例, …办法, …细则, …规定, …规则, 》)
// stands where the line start was: the text printed begins there. A writer citing that chapter's article goes on with
// 规定 or 的 (…条例第一章总则第一条规定), which the run's glue test (glueAt) leaves a citation.
const FIRST_CHAPTER = /^第[一壹]章[ \u3000]*(?:总则|總則)[ \u3000]*$/;
const NAME_END = /(?:法|条例|條例|办法|辦法|细则|細則|规定|規定|规则|規則|》)[ \u3000]*$/;

/** Whether a chapter or section heading opening a line or a sentence runs straight into the label at p. */
export function afterRunInChapter(text: string, p: number): boolean {
  const from = Math.max(0, p - 40);
  // The heading needs its 章, 节 or 節 in the 40 characters read: without one (nearly every label) nothing is sliced.
  let unit = false;
  for (let i = p - 1; i >= from && !unit; i--) {
    const c = text.charCodeAt(i);
    unit = c === 0x7ae0 /* 章 */ || c === 0x8282 /* 节 */ || c === 0x7bc0 /* 節 */;
  }
  if (!unit) return false;
  const m = RUN_IN_CHAPTER.exec(text.slice(from, p));
  if (!m) return false;
  const before = from + m.index - 1;
  if (before < 0 || '\n\r。；; \u3000'.includes(text[before])) return true;
  return FIRST_CHAPTER.test(m[0]) && NAME_END.test(text.slice(Math.max(0, before - 4), before + 1));
}

/**
 * The first label 第`n`条 (Chinese or Arabic numerals, no 之M) in [from, to) for which `read` gives a value, and that
 * value; null when none does. The rules here and in commaRun.ts look for an article's neighbour in a run so.
 */
export function firstLabel<T>(text: string, n: number, from: number, to: number, read: (start: number, end: number) => T | null): T | null {
  if (n < 1) return null;
  const start = Math.max(0, from);
  const window = text.slice(start, to); // searched alone: never past `to`
  for (const label of [`第${formatChineseNumeral(n)}条`, `第${n}条`]) {
    for (let at = window.indexOf(label); at !== -1; at = window.indexOf(label, at + 1)) {
      const value = read(start + at, start + at + label.length);
      if (value !== null) return value;
    }
  }
  return null;
}

/**
 * The label 第N条 at an offset in [from, to) that opens a sentence, and its glue; with `spaced`, also one followed by a
 * space and its text ('spaced').
 */
function findLabel(text: string, n: number, from: number, to: number, spaced = false): Glue | 'spaced' {
  return firstLabel<Glue | 'spaced'>(text, n, from, to, (s, e) =>
    glueAt(text, s, e) ?? (spaced && opensSentence(text, s) && HEADING_TEXT.test(text.slice(e, e + 4)) ? 'spaced' : null));
}

/**
 * Whether the one-article label 第`n`条 at [p, end) heads a reprinted article in a run of labels (see above). Rule
 * (issue 14, real-gov8; a regulation flattened with its labels typed unevenly: 第一条　为了…制定本办法。第二条本办法所称…。
 * 第三条 本办法适用于…): a label glued to prose also heads an article when its neighbour opens a sentence with a space
 * and its text — the neighbour is a heading of the same run, written with a space.
 */
export function headingInRun(text: string, p: number, end: number, n: number): boolean {
  const own = glueAt(text, p, end);
  if (!own) return false;
  // Round 33 (f131-zh): the same label in Arabic digits opening another sentence is a writer's subject (arabicLabelTalk.ts).
  if (own === 'prose' && arabicLabelTalkedAbout(text, p, end, n, (s, e) => glueAt(text, s, e) === 'prose')) return false;
  const before = findLabel(text, n - 1, p - REACH, p, own === 'prose');
  const after = findLabel(text, n + 1, end, end + REACH, own === 'prose');
  return (before !== null && (own === 'prose' || before === 'prose')) || (after !== null && (own === 'prose' || after === 'prose'));
}

// Rule (a document-sharing site's preview of a regulation, its line breaks lost): …结合人民法院执行工作实际，制定本规定。
// 第一条异议人提出执行异议…。第二条执行异议符合民事诉讼法第二百二十五条…。 — after the regulation's own preamble
// (制定本规定。 / 制定本解释。 / 制定本办法。 …) the labels run on glued to the end of the previous sentence, with no space.
// The run of labels (headingInRun) is that regulation's headings when its 第一条 stands right after such a preamble.
// Without the preamble a label glued after 。 stays a citation (…应当予以支持。第二条另有规定的除外 is read as cited).
const PREAMBLE_END = /制定本(?:规定|解释|办法|条例|细则|决定|意见|规则|准则|实施细则)。$/;
// The run opens right after the preamble with 第一条, or with 第二条 after the purpose clause that ends the first article
// (…制定本办法。第二条本办法所称…。第三条河道采砂必须…): the labels after it are the same run's.
const FIRST_AFTER_PREAMBLE = /制定本(?:规定|解释|办法|条例|细则|决定|意见|规则|准则|实施细则)。第[一二]条/g;

/** Whether the label 第`n`条 at [p, end), glued right after 。, heads an article of a regulation flattened after its preamble. */
export function headingAfterPreamble(text: string, p: number, end: number, n: number): boolean {
  if (!headingInRun(text, p, end, n)) return false;
  if (n === 1) return PREAMBLE_END.test(text.slice(Math.max(0, p - 16), p));
  // Rule (issue 14, real-gov8): 第二条 right after 制定本办法。 — the purpose clause that ends a regulation's 第一条, its
  // label typed with a space (第一条　为了…，制定本办法。第二条本办法所称…) — heads the regulation's second article.
  if (n === 2 && PREAMBLE_END.test(text.slice(Math.max(0, p - 16), p))) return true;
  // The run's 第一条 (or 第二条) right after the preamble, within the reach of a few articles.
  const from = Math.max(0, p - REACH * 4);
  FIRST_AFTER_PREAMBLE.lastIndex = from;
  const m = FIRST_AFTER_PREAMBLE.exec(text);
  return !!m && m.index < p;
}

// Rule (issue 14, heldout21 court; an interpretation reprinted as one paragraph, its preamble run into its text: …现就办理
// 此类案件适用法律的若干问题解释如下：第一条实施刑法第三百条规定的行为，具有下列情形之一的…): an interpretation or a
// decision enacts its text with 解释如下： / 规定如下： / 决定如下： and its first article follows. 第一条 glued to its
// prose right after that colon is the heading of the text's first article, a neighbour label or none (the page may end
// or the next one stand far). A writer citing after such a colon goes on with 规定 or 的 (glueAt), or a space and the
// article's text (the rules on spaced labels).
const ENACTING_COLON = /(?:解释|规定|决定|批复)如下[：:][ 　]*$/;

/** Whether 第一条 at [p, end), glued to its prose, opens a text right after its enacting 解释如下：. */
export function firstArticleAfterEnacting(text: string, p: number, end: number, n: number): boolean {
  return n === 1 && glueAt(text, p, end) === 'prose' && ENACTING_COLON.test(text.slice(Math.max(0, p - 12), p));
}

// Rule (a Q&A answer pasting a regulation's articles, each on its line: 你好，第一条 根据刑法第七十八条…⏎第二条 “确有…”
// ⏎第三条 具有…): a label followed by a space and its text is a heading wherever it stands on its line when the next
// label (第N+1条) heads a line below it the same way, a space then text. A citation is not written 第一条 and a space
// before prose with the next article heading the next line.
// Its text may open with a title (第二条 《某某法》及本细则中下列用语的含义是：…).
const HEADING_TEXT = /^[ \u3000]+(?!规定|的|之|中|第|款|项|和|及|或|至)[\u4e00-\u9fff“「"《]/;

/** Whether 第`n`条 at [p, end), followed by a space and text, opens a run of headings whose next one heads a later line. */
export function headingBeforeLineRun(text: string, end: number, n: number): boolean {
  if (!HEADING_TEXT.test(text.slice(end, end + 4))) return false;
  const window = text.slice(end, end + REACH);
  for (const label of [`第${formatChineseNumeral(n + 1)}条`, `第${n + 1}条`]) {
    for (let at = window.indexOf(`\n${label}`); at !== -1; at = window.indexOf(`\n${label}`, at + 1)) {
      if (HEADING_TEXT.test(window.slice(at + 1 + label.length, at + 1 + label.length + 4))) return true;
    }
  }
  return false;
}

// Rule (a Q&A answer pasting a law's articles one after another in one paragraph, each label glued to the full stop
// before it and followed by a space: …自始没有法律约束力。第五十七条 合同无效、被撤销…。第五十八条 合同无效…): a label
// right after 。 or ； with a space and its text after it is a heading when the label numbered one before or after it
// opens a sentence within reach the same way, or glued to its text. A writer citing an article after a full stop goes
// on with 规定, 的 … (。第五十七条规定…), not with a space and the article's own words; the first article, cited as the
// answer's basis (根据合同法第五十六条规定 无效的…), stays a citation.

/** Whether 第`n`条 at [p, end), glued to a full stop and followed by a space and text, heads an article in such a run. */
export function headingInSpacedRun(text: string, p: number, end: number, n: number): boolean {
  if (!HEADING_TEXT.test(text.slice(end, end + 4))) return false;
  return spacedLabel(text, n - 1, p - REACH, p) || spacedLabel(text, n + 1, end, end + REACH);
}

/** Whether 第`n`条 in [from, to) opens a sentence followed by a space and text, or glued to prose. */
function spacedLabel(text: string, n: number, from: number, to: number): boolean {
  return firstLabel(text, n, from, to, (s, e) =>
    opensSentence(text, s) && (HEADING_TEXT.test(text.slice(e, e + 4)) || glueAt(text, s, e) === 'prose') ? true : null) ?? false;
}

/**
 * Rule (issue 14, zh9; Q&A and court pages printing articles under a law's title line): a page may run a second article
 * on in the paragraph of the first — 《某某法》⏎第八十七条 …支付赔偿金。第四十七条 经济补偿按… — its label glued to the
 * full stop, a space and its text after it, as a label after 。 and a space already is a heading. When the line opens
 * with an article heading (`lineHeading`: the printed text's first label), the run-in label is the heading of the next
 * article printed, numbered as it may be, not a citation of the law. A citation is not written 第N条 and a space
 * before prose; 第四十七条规定 / 第四十七条的 after a full stop in the printed article stay citations.
 */
export function headingInPrintedLine(text: string, p: number, end: number, lineHeading: (q: number) => boolean): boolean {
  if ((text[p - 1] !== '。' && text[p - 1] !== '；') || !HEADING_TEXT.test(text.slice(end, end + 4))) return false;
  let q = text.lastIndexOf('\n', p - 1) + 1;
  while (text[q] === ' ' || text[q] === '\u3000' || text[q] === '\t') q++;
  return q < p && text[q] === '第' && lineHeading(q);
}
