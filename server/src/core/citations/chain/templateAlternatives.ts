// Rule (issue 14, fix-zh40; templates and 文书样式 of penalty decisions and judgments, which leave the article to the
// case: 违反了《某法》第十二(十三/十四)条的规定, 依据第十二（十三、十四）条之规定): numbers in brackets between an
// article's number and its unit word, set off by /, ／, 、, ， or ,, are the other articles the writer may mean — one
// mention naming every article in it (12, 13 and 14), as a list 第十二、十三、十四条 does. The bracket stands before the
// unit word: 第十二条（第十三条已删除） is an article and a note, read as before. In Arabic numerals two alternatives at
// least, so that a Hong Kong section's subsection (第5(2)条, hongKongSection.ts) stays its own.

/** The numbers read inside the bracket, each with its span, and where the bracket closes (after it). */
export interface Alternatives {
  nums: { n: number; start: number; end: number; arabic: boolean }[];
  end: number;
}

/** Separators between two alternatives in the bracket. */
const ALTERNATIVE_SEP = '/／、，,';

/**
 * The bracketed alternatives opening at `q` (right after an article's number), followed by a unit word (`unitAt` says
 * whether one stands at an offset), else null. `readNum` reads one number at an offset (chain.ts).
 */
export function alternativesAt(text: string, q: number, readNum: (text: string, at: number) => { n: number; end: number; arabic?: boolean } | null, unitAt: (at: number) => boolean): Alternatives | null {
  const open = text[q];
  if (open !== '(' && open !== '（') return null;
  const nums: Alternatives['nums'] = [];
  let at = q + 1;
  for (;;) {
    const num = readNum(text, at);
    if (!num) return null;
    nums.push({ n: num.n, start: at, end: num.end, arabic: !!num.arabic });
    at = num.end;
    if (ALTERNATIVE_SEP.includes(text[at]) && nums.length < 10) {
      at++;
      continue;
    }
    break;
  }
  if (text[at] !== ')' && text[at] !== '）') return null;
  if (nums.some((x) => x.arabic) && nums.length < 2) return null;
  return unitAt(at + 1) ? { nums, end: at + 1 } : null;
}
