/**
 * Rule (issue 14, fix-gov17; exam answers, commentaries and Q&A pages setting out an article 款 by 款: 《公司法》第16条…，
 * 第1款规定，公司为他人提供担保…。第2款规定，…。第3款规定，前款规定的股东…): outside a regulation, a 款 alone with 规定
 * after it that opens a clause is a 款 of the article under discussion when the same paragraph sets out its neighbour
 * the same way — the 款 before it or the one after it, alone and followed by 规定 too. A writer going through an
 * article's 款 in turn names each so; one 款 alone with 规定 (《…》第一条。第二款规定) stays unread, as a 款 of some
 * document's draft may be meant (analyze.ts reads the run in the article cited last; none cited: no citation).
 */
import { parseNumeral } from '../../numerals';

const PARAGRAPH_ALONE = /第([0-9]{1,2}|[一二三四五六七八九十]{1,3})款(?:的)?规定[，,：:]/g;

/** Whether the 款 alone at p (its unit ending at `end`) opens a clause and has a neighbour 款 set out so in its paragraph. */
export function paragraphInRun(text: string, p: number, end: number): boolean {
  if (!/^(?:的)?规定[，,：:]/.test(text.slice(end, end + 4))) return false;
  const before = text[p - 1] ?? '\n';
  if (!'\n，,。；;：:'.includes(before)) return false;
  const n = numberAt(text.slice(p + 1, end - 1));
  if (n === null) return false;
  const paraStart = text.lastIndexOf('\n', p - 1) + 1;
  const nl = text.indexOf('\n', end);
  const paraEnd = nl === -1 ? text.length : nl;
  const para = text.slice(paraStart, paraEnd);
  PARAGRAPH_ALONE.lastIndex = 0;
  for (let m = PARAGRAPH_ALONE.exec(para); m; m = PARAGRAPH_ALONE.exec(para)) {
    const at = paraStart + m.index;
    if (at === p) continue;
    const opens = '\n，,。；;：:'.includes(text[at - 1] ?? '\n');
    const k = numberAt(m[1]);
    if (opens && k !== null && Math.abs(k - n) === 1) return true;
  }
  return false;
}

function numberAt(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return +s;
  const v = parseNumeral(s);
  return typeof v === 'number' && v > 0 ? v : null;
}
