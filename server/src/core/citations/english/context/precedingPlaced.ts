// "the preceding paragraph" in quoted English statute text whose paragraphs ran together (issue 14, English pages):
// machine-translated Q&A and legal-basis pages print an article's paragraphs one after another in one paragraph,
// "Article 246 Whoever publicly insults … shall be sentenced … . The crime mentioned in the preceding paragraph shall
// be handled only upon complaint …", so the line breaks no longer tell which paragraph (款) a reference stands in
// (englishHeadings.ts englishParagraphAt counts them from line ends). A reader knows it cannot be the first — nothing
// precedes it there — and reads it as the law reads: the article's paragraph that refers so (前款, 前两款, 前三款 in the
// Chinese text). When one paragraph of the quoted article does, in every version of it the corpus holds, the
// reference is to the paragraph(s) just before that one; otherwise it stays unread.

import type { Article, Regulation } from '../../../model';
import type { RawTarget } from '../../scanTypes';
import { parseRoman } from '../../../numerals';

/**
 * Rule (issue 14, heldout14-english; translations of 前项): translators also write "the preceding paragraph" for 前项, the
 * item before, inside an item of a list — "(2) social insurance premiums owed other than those specified in the
 * preceding paragraph" is item (1), as （二）…除前项规定以外的… reads. When the reference stands on an item's line and
 * that item's Chinese text says 前项 (in every version of the article that has it), it is the item before, in the
 * same paragraph: [paragraph, item]; else null (the paragraph rule above applies).
 */
function precedingItem(versions: readonly Regulation[], article: number, insert: number | null, inItem: number): [number, number] | null {
  if (inItem < 2) return null;
  let found: [number, number] | null = null;
  for (const v of versions) {
    const a = v.articles.find((x) => x.number === article && x.insert === insert);
    if (!a) continue;
    const holding = a.paragraphs.filter((p) => p.items.some((i) => i.number === inItem));
    if (holding.length !== 1) return null;
    const item = holding[0].items.find((i) => i.number === inItem)!;
    if (!item.text.includes('前项') || !holding[0].items.some((i) => i.number === inItem - 1)) return null;
    if (found && (found[0] !== holding[0].number)) return null;
    found = [holding[0].number, inItem - 1];
  }
  return found;
}

/**
 * The number of the item whose line holds `p`, as lists print it — "(2) …", "2) …", "2. …", "(ii) …", "(two) …" — as
 * the mark precedingPlaced reads ({ precedingInItem }); none on another line, nor on the line where the quoted text
 * starts at `textFrom` (a writer's "1. The penalties: Article 122 … stipulates that …" numbers the writer's section).
 */
export function itemLineAt(text: string, p: number, textFrom: number): { precedingInItem?: number } {
  const from = text.lastIndexOf('\n', p - 1) + 1;
  if (from <= textFrom) return {};
  const m = /^[ \t]*(?:\((\d{1,2}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten)\)|(\d{1,2})[).])[ \t]*/i.exec(text.slice(from, Math.min(p, from + 20)));
  if (!m) return {};
  const n = itemNumber(m[1] ?? m[2]);
  return n ? { precedingInItem: n } : {};
}

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
function itemNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return +s;
  const w = WORDS.indexOf(s.toLowerCase());
  if (w !== -1) return w + 1;
  return parseRoman(s.toLowerCase());
}

/** The Chinese words for "the preceding N paragraph(s)" (前款, 前两款, 前三款). */
const PRECEDING_WORD = ['', '前款', '前两款', '前三款', '前四款'];

/** The one paragraph of `article` whose text says 前款 (count 1), 前两款 (2) …; 0 when none does, null when several do. */
function referringParagraph(article: Article, count: number): number | null {
  const holding = article.paragraphs.filter((p) => p.text.includes(PRECEDING_WORD[count]));
  return holding.length === 0 ? 0 : holding.length === 1 ? holding[0].number : null;
}

/**
 * The targets of "the preceding `count` paragraph(s)" of article `article` (`insert`) of the law whose versions are
 * `versions`, with the units below the paragraph that `chain` cites ("items (3) or (4) of the preceding paragraph"):
 * null when the corpus cannot tell which paragraph refers so, or its versions disagree.
 */
export function precedingPlaced(versions: readonly Regulation[], article: number, insert: number | null, count: number, chain: readonly RawTarget[], inItem?: number): RawTarget[] | null {
  if (!PRECEDING_WORD[count]) return null;
  // On an item's line the paragraphs did not run together (the items are printed one per line): the item before, or
  // nothing.
  if (inItem !== undefined) {
    const item = count === 1 ? precedingItem(versions, article, insert, inItem) : null;
    return item ? [{ ...chain[0], article, insert, paragraph: item[0], item: item[1] }] : null;
  }
  let k: number | null = null;
  // A version whose article does not refer so (an older wording, a translation) tells nothing.
  for (const v of versions) {
    const a = v.articles.find((x) => x.number === article && x.insert === insert);
    const here = a ? referringParagraph(a, count) : 0;
    if (here === 0) continue;
    if (here === null || (k !== null && here !== k)) return null;
    k = here;
  }
  if (k === null || k - count < 1) return null;
  const targets: RawTarget[] = [];
  for (let j = k - count; j < k; j++) for (const r of chain) targets.push({ ...r, article, insert, paragraph: j });
  return targets;
}
