// Rule (issue 14 forms 1/2, fix-zh33a; 检查依据 cells of inspection lists naming one document after another, some in
// 《》, some not: 《某某防火条例》第二十四条，某某省人民政府关于禁止野外用火的决定，第5条、第8条): a document named without
// 《》 by the way government documents are titled — its issuer (an organ: 某某省人民政府, 某某市人民代表大会常务委员会,
// 某某部), then 关于, its subject, and 的 and the kind of document (决定, 规定, 办法, 通知, 意见, 决议, 条例, 细则 …) —
// right before an article, glued or set off by a comma or a space, is the document that article is cited from: the
// article is that document's, not the one of the title named before it. The corpus knows no such title (unknown-
// regulation); where it knows it, the known title is the one named. A writer's prose does not join 关于 and 的 and a kind
// of document after an organ's name (按照关于这个问题的规定, 国家关于消防的规定 name no document): the issuer comes
// before 关于, and no punctuation stands inside the name. Not after a full stop or a line break: the article then opens a sentence or a line of its own.
import { CITING_VERBS } from '../text';

/** The name's end: 关于, its subject, 的, the kind of document (若干, 暂行 … before it). */
const NAME_END = /关于[\u4e00-\u9fff“”、0-9０-９]{2,60}?的(?:若干|暂行|补充|实施|具体)?(?:决定|规定|办法|通知|意见|决议|条例|细则|规则|批复|公告|通告)$/;
/** The characters that end such a name (the last of each kind): the cheap question first. */
const KIND_LAST = new Set([...'定法知见议例则复告'].map((c) => c.charCodeAt(0)));
/** What may stand between the name and the article: a comma, a 顿号, spaces — not a full stop nor a line break. */
const SET_OFF = /[，,、 \u3000]*$/;
/** An issuer before 关于: an organ of the state or of a place. */
const ISSUER = /(?:人民政府|人民代表大会常务委员会|人大常委会|常务委员会|人民代表大会|办公厅|办公室|委员会|国务院|[\u4e00-\u9fff]{2,}[部局厅委院署])$/;
/** A citing verb opening the name's words (依据某某省人民政府关于…): not part of the name. */
const CITING_START = new RegExp(`^(?:${CITING_VERBS}|依|按)`);

/** What the rule needs of the corpus's names: where a known title ending here starts (-1: none). */
export interface KnownEnding {
  matchEnding(text: string, end: number, shortNames?: boolean): number;
}

/**
 * The document's name (the rule above) standing before the article at `p`: [start, end, known] — `known` when the
 * corpus knows the title — else null.
 */
export function documentNameBefore(text: string, p: number, known?: KnownEnding | null): [number, number, boolean] | null {
  const gap = SET_OFF.exec(text.slice(Math.max(0, p - 4), p));
  const end = p - (gap ? gap[0].length : 0);
  if (!KIND_LAST.has(text.charCodeAt(end - 1))) return null;
  const words = text.slice(Math.max(0, end - 90), end);
  const m = NAME_END.exec(words);
  if (!m) return null;
  const about = end - m[0].length;
  // The issuer: the words before 关于 back to the cell's or the clause's start.
  let start = about;
  while (start > 0 && about - start < 30 && /[\u4e00-\u9fff]/.test(text[start - 1])) start--;
  if (start > 0 && about - start >= 30) return null;
  const verb = CITING_START.exec(text.slice(start, about));
  if (verb) start += verb[0].length;
  if (start === about || !ISSUER.test(text.slice(start, about))) return null;
  const k = known ? known.matchEnding(text, end, false) : -1;
  if (k !== -1 && k <= about) return [k, end, true];
  return [start, end, false];
}
