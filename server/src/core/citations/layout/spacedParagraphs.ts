// Rule (Q&A pages, 释义 and lawyers' pages that reprint a law's articles): many pages set an empty line between every
// paragraph, so an article printed under its law's title runs on over empty lines —
//   《中华人民共和国刑法》 ⏎⏎ 第二百八十七条之二 【…】明知他人…… ⏎⏎ 单位犯前款罪的，……依照第一款的规定处罚。 ⏎⏎ 有前两款行为，……
// and its 前款, 前两款 and 第一款 are that article's. The printed text goes on over an empty line while the next paragraph
// reads as the article's: words or an item (（一）…), not a heading of the page's own (一、 1、 【…】 #), not another
// article's label (第X条), not a title. What it holds is read as words written out after a citation (pastedParagraph.ts):
// a 款 there is taken from the article's own words only, so a writer's paragraph that follows is never misread.

/** A paragraph that is not the article's text: a label, a heading or numbering of the page's own, a title. */
const NOT_ARTICLE_TEXT = /^(?:第[零〇一二三四五六七八九十百千两\d０-９]+[条章节编]|[【〖\[#《]|[一二三四五六七八九十]+[、.．]|[0-9０-９]{1,2}[、.．]|(?:法律依据|相关法律|律师|来源|更多|以上|综上|总之))/;
/** At most so many paragraphs, each at most so long, are taken in. */
const MAX_PARAGRAPHS = 8;
const MAX_PARAGRAPH = 400;

/**
 * The printed text of an article that starts at `block.start` and ends at an empty line, carried over the empty lines
 * while the next paragraph reads as the article's (see above); `spaced` when it was.
 */
export function spacedArticleText(text: string, block: { start: number; end: number }): { start: number; end: number; spaced?: true } {
  let end = block.end;
  let spaced = false;
  for (let n = 0; n < MAX_PARAGRAPHS; n++) {
    const gap = /^(?:[ \t\u3000]*\r?\n)+[ \t\u3000]*/.exec(text.slice(end, end + 200));
    if (!gap || (gap[0].match(/\n/g) ?? []).length < 2) break; // an empty line between, not a line break alone
    const from = end + gap[0].length;
    const lineEnd = text.indexOf('\n', from);
    const to = lineEnd === -1 ? text.length : lineEnd;
    const para = text.slice(from, to).replace(/\r$/, '');
    if (!para || para.length > MAX_PARAGRAPH || NOT_ARTICLE_TEXT.test(para) || !/^[\u3400-\u9fff（(]/.test(para)) break;
    end = to;
    spaced = true;
  }
  return spaced ? { start: block.start, end, spaced: true } : block;
}
