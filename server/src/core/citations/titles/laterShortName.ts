// Rule (issue 14, fix-zh60, heldout39-court; lawyers' articles headlined with the short name they define only in the
// text: 标题 司法解释二第19条的理解 ⏎ …以《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》（以下简称“司法解释二”）
// 第19条为例): a reader takes the headline's 司法解释二第19条 as the article of the interpretation the text names so a few
// lines below — the name means nothing else on the page. So a short name a 以下简称 / 简称 bracket right after a title
// (《…》（以下简称X）) gives, used before that bracket glued to an article (X第19条, X 第十九条), names the title of its
// first definition there; after its definitions it names the nearest one before, as always. Only in the page's headline
// or first lines (FIRST_LINES), on a line before the definition's: a headline is written to stand alone, in the words of
// the text below it; in running text a name used before its definition stays unknown, as drafting wants it defined
// first (the style check reports 《屏障条例》 used so). Only a name the page gives
// with such a bracket: not a kind word alone (条例, 办法, 解释: generic short titles name no text by themselves), not a
// self word (本法, 本解释), not a name of one character, and only a bracket after a title in 《》. Used alone, without an
// article, the early name stays unread (no title event): it cites nothing a reader could look up.
import { SHORT_NAME_OPEN, shortFormAt } from './shortFormBracket';
import { genericShortTitle } from './shortTitles';
import { lineStartAt } from '../text';

/** A short name used before the bracket defining it: the name, and where its first definition starts. */
export interface EarlyShortName {
  short: string;
  /** Where uses may stand: before the line of its first definition, within the first lines. */
  until: number;
}

/** Where a short-form bracket may open: 以下简称, 简称 … after （ or ( (shortFormBracket.ts SHORT_NAME_OPEN). */
const BRACKET = new RegExp(SHORT_NAME_OPEN, 'g');
/** Words of the text's own (本法, 本解释, 该条例): never another text's short name. */
const SELF_OR_ANAPHOR = /^(?:本|该|此|上述|前述|同)/;
/** How many lines from the text's start count as its headline and first lines. */
const FIRST_LINES = 5;
/** An article glued to the name: 第 and a numeral, or digits and 条. */
const ARTICLE_AFTER = /^[ \u3000]?(?:第[ \u3000]?[〇零一二两三四五六七八九十百千0-9０-９]|[0-9０-９]{1,4}[ \u3000]?条)/;

/**
 * Short names the text defines after a title in 《》 (the rule above) and uses before their first definition glued to
 * an article; at most a few, each once.
 */
export function earlyShortNames(text: string, from: number): EarlyShortName[] {
  const found: EarlyShortName[] = [];
  const seen = new Set<string>();
  BRACKET.lastIndex = from;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const def = shortFormAt(text, m.index);
    if (!def) continue;
    const short = def.name;
    if (seen.has(short)) continue;
    seen.add(short);
    // Only a bracket closing a title in 《》 (a space or an issuing number's bracket may not stand between).
    if (text[m.index - 1] !== '》') continue;
    if (short.length < 2 || genericShortTitle(short) || SELF_OR_ANAPHOR.test(short)) continue;
    const until = Math.min(lineStartAt(text, m.index), firstLinesEnd(text, from));
    if (usedBeforeOnArticle(text, from, until, short)) found.push({ short, until });
  }
  return found;
}

/** Where the text's first FIRST_LINES lines from `from` end. */
function firstLinesEnd(text: string, from: number): number {
  let end = from;
  for (let i = 0; i < FIRST_LINES && end !== -1; i++) end = text.indexOf('\n', end) === -1 ? -1 : text.indexOf('\n', end) + 1;
  return end === -1 ? text.length : end;
}

/** Whether `short` stands glued to an article somewhere in [from, until), not inside 《》 of a longer title. */
function usedBeforeOnArticle(text: string, from: number, until: number, short: string): boolean {
  for (let i = text.indexOf(short, from); i !== -1 && i < until; i = text.indexOf(short, i + 1)) {
    const end = i + short.length;
    if (ARTICLE_AFTER.test(text.slice(end, end + 6))) return true;
  }
  return false;
}

/** Whether a bare name ending at `end` is one of the early short names, used before its definition: its start, or -1. */
export function earlyShortNameEndingAt(text: string, end: number, names: readonly EarlyShortName[]): number {
  let best = -1;
  for (const n of names) {
    const start = end - n.short.length;
    if (start >= 0 && end <= n.until && text.startsWith(n.short, start) && (best === -1 || start < best)) best = start;
  }
  return best;
}
