// Which 款 a quotation of an article is reading at a point.
//
// Rule (what real writers do): a penalty decision or the 实施依据 of a 权责清单 cites several 款 of one article and
// sets their text after the citation run together on one line (《安全生产法》第九十四条第一款、第三款 生产经营单位的
// 主要负责人未履行……停产停业整顿。生产经营单位的主要负责人依照前款规定受刑事处罚……). Where one 款 ends is not marked,
// so 前款 / 本款 there cannot be read from the line count. The reference and the words after it are the 款's own words
// (前款规定的股东… may open the 款, so the words before it may be the previous 款's): looked up in the article's 款
// (spaces and punctuation aside, as a page's layout adds and drops them), the one 款 that holds them is the 款 being
// read; failing that, the words just before the reference. When no 款 or several hold them, nothing is concluded.
// A line break ends a 款 as printed (each 款 on its own line, 前款 opening the last words of a line: …依照前款的规定处罚。⏎
// 有前两款行为的…), so the words looked up stop at it: across it they would be two 款's words, which no 款 holds.

const NOISE = /[\s\u3000，。；：、,.;:！？!?“”"'‘’（）()《》〈〉【】]/g;
/** Words needed for the look-up to mean anything. */
const MIN = 4;
const SPAN = 12;

/**
 * The number (1-based) of the one paragraph of `paragraphs` holding the first words of `from` (the reference and what
 * follows it; `span` of them), else the last words of `before`; null when neither tells.
 */
export function paragraphHolding(paragraphs: readonly { text: string }[], before: string, from: string, span = SPAN): number | null {
  if (paragraphs.length < 2) return null;
  const texts = paragraphs.map((p) => p.text.replace(NOISE, ''));
  const ahead = from.split(/[\r\n]/, 1)[0].replace(NOISE, '').slice(0, span);
  const back = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1).replace(NOISE, '').slice(-SPAN);
  return (ahead.length >= MIN ? holding(texts, ahead) : null) ?? (back.length >= MIN ? holding(texts, back) : null);
}

/** Whether an article of one 款 holds the first words of `from` (no 款 to tell apart, the words are its or not). */
export function oneParagraphHolds(paragraphs: readonly { text: string }[], from: string): boolean {
  const ahead = from.split(/[\r\n]/, 1)[0].replace(NOISE, '').slice(0, SPAN);
  return paragraphs.length === 1 && ahead.length >= MIN && paragraphs[0].text.replace(NOISE, '').includes(ahead);
}

function holding(texts: readonly string[], probe: string): number | null {
  let found: number | null = null;
  for (let i = 0; i < texts.length; i++) {
    if (!texts[i].includes(probe)) continue;
    if (found !== null) return null;
    found = i + 1;
  }
  return found;
}
