// The quotation after a citation: the cited provision's words in “”, 「」 or straight quotes (规定：“…”, "provides:
// “…”"), or the new wording an amendment gives it (修改为：“…”), and where it ends when its closing mark is lost.
import { entryParagraphGoesOn } from '../quotation/entryParagraphs';
import { PROVIDES_ADVERB, reopensParagraph } from '../text';
import { rewrittenAs } from '../quotation/amendedWording';

/**
 * What opens a quotation of the cited text: 规定：“ / 规定，“ / ：“ / “ (or 「). Also a straight quote (规定:"…"): pages
 * copied through plain-text tools print their quotation marks so (issue 14, gov10), and the quotation is the cited
 * text all the same — its 《条例》, 本法, 前款 the quoted text's. It closes at the next straight quote, or when that is
 * missing or past a blank line, at the end of its line.
 */
// Round 33 (f130-zh; commentaries setting a new article beside the old: 原《合同法》第五十二条规定……。《民法典》第一百五十三条
// 第一款则规定：“……。……。”该条但书…): an adverb before 规定 (则, 也, 亦, 又, 还, 另, 同时, 进一步) opens the quoted words
// as 规定 alone does — they are the cited article's, and the writer's sentence runs on past their closing mark.
const QUOTE_OPEN = new RegExp(`(?:的规定|中规定|明确规定|${PROVIDES_ADVERB}?规定)?[：:，,]?[ \u3000]*[“「"]`, 'y');
/** The longest quotation read, in characters. */
const MAX_QUOTATION = 5000;

/**
 * The same in English: "Article 16 of the Company Law provides: “…”" (or "…" in straight quotes). Rule (issue 14,
 * heldout26 English; the NPC's English of a 修正案: "One paragraph is added as Paragraph 2 of Article 49, which reads:
 * "…""): the verb in a relative clause ("which reads:", "which read:", "which provides:") opens the quoted words the
 * same — the provision's (new) text, whose titles do not take over from the amended law (analyze.ts insideQuotedText).
 */
const QUOTE_OPEN_EN = /(?:,?\s+(?:(?:which|that)\s+(?:read|reads|provides|stipulates|states)|provides|stipulates|states|reads|prescribes)(?:\s+that)?)?\s*[:,]?\s*[“"]/y;

/**
 * Also, after a paragraph cited in English, the new wording an amending decision gives it: "Paragraph 2, Article 14 of
 * the … shall be revised as “…”", "… is amended to read: “…”" — its words are that paragraph's ("the preceding
 * paragraph" there is paragraph 1 of Article 14). Not after a whole article (its new wording's paragraphs are unnumbered).
 */
const QUOTE_OPEN_EN_AMENDED = /\s+(?:is|shall\s+be)\s+(?:hereby\s+)?(?:revised|amended|changed|modified)(?:\s+to\s+read|\s+as(?:\s+follows)?)?\s*[:,]?\s*[“"]/y;

/**
 * Rule (修正案: 在刑法第一百二十条之一后增加五条，作为第一百二十条之二、第一百二十条之三…：“第一百二十条之二 …” ⏎ “第一百二十条之三
 * …”): an item adding several articles quotes each apart, its label first; the quotations run on, each opening a
 * paragraph with the next article's label, and together are the new wording.
 */
const NEXT_ADDED_ARTICLE = /^[ \t\u3000]*\r?\n[ \t\u3000\r\n]*“第[零〇一二三四五六七八九十百千]+条/;
/** The new wording of articles added may open on the next line, after the item's colon (…之六:⏎“第一百二十条之二 …). */
const ADDED_OPENS_BELOW = /[：:][ \t\u3000]*\r?\n[ \t\u3000\r\n]*(?=“第[零〇一二三四五六七八九十百千]+条)“/y;

/**
 * The quotation right after a citation ending at `end` (inside its marks, nested quotes skipped), or null. After a
 * verb rewriting the provision (修改为：“…”, amendedWording.ts) it is the provision's new wording; so it is after a
 * provision an amendment adds (`added`). `amendedParagraph`: an English paragraph "is revised to read: “…”".
 */
export function quotationAfter(text: string, end: number, lang: 'zh' | 'en', added = false, amendedParagraph = false): { start: number; end: number; newWording?: true; unclosed?: true } | null {
  const opener = lang === 'zh' ? QUOTE_OPEN : amendedParagraph ? QUOTE_OPEN_EN_AMENDED : QUOTE_OPEN_EN;
  const rewritten = lang === 'zh' ? rewrittenAs(text, end) : -1;
  opener.lastIndex = rewritten >= 0 ? rewritten : end;
  ADDED_OPENS_BELOW.lastIndex = end;
  const below = added && ADDED_OPENS_BELOW.test(text);
  if (!below && !opener.test(text)) return null;
  const start = below ? ADDED_OPENS_BELOW.lastIndex : opener.lastIndex;
  const open = text[start - 1];
  if (open === '"') {
    const close = text.indexOf('"', start);
    if (lang === 'zh') {
      // A straight quote left open (the page lost its closing mark) quotes to the end of its line, never past a blank line.
      const blank = /\n[ \t\u3000\r]*\n/.exec(text.slice(start, start + MAX_QUOTATION));
      if (close === -1 || close - start > MAX_QUOTATION || (blank && close > start + blank.index)) {
        const eol = text.indexOf('\n', start);
        return { start, end: eol === -1 ? text.length : eol };
      }
      return { start, end: close };
    }
    // Rule (issue 14, heldout26 English): a word processor turns only some marks curly, so an English quotation opened
    // with a straight mark may close with a curly one ("which reads: "Where a criminal … committed.” The original …"):
    // it ends at the first closing mark of either kind, not at the next quotation's opening one.
    const curly = text.indexOf('”', start);
    const first = curly !== -1 && (close === -1 || curly < close) ? curly : close;
    return first !== -1 && first - start <= MAX_QUOTATION ? { start, end: first } : null;
  }
  const close = open === '“' ? '”' : '」';
  let depth = 1;
  const newWording = rewritten >= 0 || added;
  for (let i = start; i < text.length && i < start + MAX_QUOTATION; i++) {
    const ch = text[i];
    if (ch === open) {
      if (depth !== 1 || !reopensParagraph(text, i)) depth++;
    } else if (newWording && depth === 1 && ch === '\n' && leavesNewWording(text, i)) {
      return { start, end: i, newWording: true };
    } else if (ch === close && --depth === 0) {
      if (added && NEXT_ADDED_ARTICLE.test(text.slice(i + 1, i + 40))) {
        depth = 1;
        i = text.indexOf('“', i + 1);
        continue;
      }
      return newWording ? { start, end: i, newWording: true } : { start, end: i };
    }
  }
  return lang === 'zh' && !newWording ? unclosedQuotationEnd(text, start, open) : null;
}

/**
 * Rule (issue 14, heldout17-gov; pages whose copy lost a closing mark — a mirror site's encoding turned 。”的规定 into
 * other characters — or that cut the quoted article off: 违反了《某法》第十七条“……?!钡囊?guī)定。依据《某法》第五十八条
 * 第三款“……有本条第一款规定违法行为的，……): a quotation after a citation that never closes is still the cited
 * provision's words, as far as they can be told: to the end of its line, or to the next opening mark (a second
 * quotation, of the next provision cited, opens there), never past a blank line. A line whose words go on (a lead-in
 * ending in ：, an item ending in ；, a clause ending in ，) carries the quotation to the next line, as an article's
 * lead-in and its items run (“有下列行为之一的：⏎（一）……；⏎有本条第一款第（六）项行为的，……). The straight quote
 * left open has its own rule above.
 */
function unclosedQuotationEnd(text: string, start: number, open: string): { start: number; end: number; unclosed: true } | null {
  const limit = Math.min(text.length, start + MAX_QUOTATION);
  const next = text.indexOf(open, start);
  const bound = next === -1 || next > limit ? limit : next;
  let end = start;
  for (;;) {
    const nl = text.indexOf('\n', end);
    if (nl === -1 || nl >= bound) return bound > start ? { start, end: bound, unclosed: true } : null;
    const line = text.slice(end, nl).replace(/[ \t\u3000\r]+$/, '');
    if (!/[：:；;，,]$/.test(line) || /^\n[ \t\u3000\r]*\n/.test(text.slice(nl, nl + 40))) {
      // A list entry's article goes on over the paragraphs indented under it (entryParagraphs.ts).
      const on = entryParagraphGoesOn(text, start, nl);
      if (on !== -1 && on < bound) {
        end = on;
        continue;
      }
      return nl > start ? { start, end: nl, unclosed: true } : null;
    }
    end = nl + 1;
  }
}

/**
 * Rule (amending texts whose copy lost a closing mark: 二十三、…增加一条作为第二百八十条之一:“… ⏎ “有前款行为…。 ⏎ 二十四、将…):
 * each paragraph of a provision's new wording opens with “, so a paragraph after a blank line that opens otherwise —
 * the next amending item — is outside it.
 */
function leavesNewWording(text: string, newline: number): boolean {
  const m = /^\n[ \t\u3000\r]*\n[ \t\u3000\r\n]*(\S)/.exec(text.slice(newline, newline + 40));
  return !!m && m[1] !== '“' && m[1] !== '「';
}
