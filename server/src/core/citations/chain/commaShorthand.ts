// Rule (issue 14, fix-zh53; heldout38 gov, a 权责清单 cell: 《防雷减灾管理办法》第二十八,二十九,三十条): a writer listing
// several units in shorthand puts 第 before the first number only and the unit word after the last only — 第二十八、
// 二十九、三十条 with 、, and, typed on an English keyboard, with half-width commas: 第二十八,二十九,三十条 is articles
// 28, 29 and 30 as the 、 form is. The unit word after the last number decides, as for 、 (chain.ts readUnit): 第十四届,
// 十五届 and 第一,二审 name no unit and stay unread. The comma joins numbers of one kind only — Chinese with Chinese,
// digits with digits — and never three digits after digits, which is a thousands separator (1,000元; 第1,000条 is no
// list of articles 1 and 0).

/** A number as readNum reads it. */
type Num = { n: number; end: number; arabic: boolean };

/**
 * Whether the half-width comma at `q`, right after the number `num` of a unit written with 第, goes on to the next
 * number of a shorthand list (the rule above); `readNum` reads the number after it.
 */
export function commaJoinsNumbers(text: string, q: number, num: Num, readNum: (text: string, p: number) => Num | null): boolean {
  if (text[q] !== ',') return false;
  const next = readNum(text, q + 1);
  if (!next || next.arabic !== num.arabic) return false;
  return !(num.arabic && next.end - (q + 1) === 3);
}
