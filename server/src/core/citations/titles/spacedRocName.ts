// Rule (issue 14, fix-tw21; Taiwan's law database and the ministries' letters it prints, whose field 相關法條 lists the
// provisions a letter applies: 相關法條 行政程序法 第 159、160、161 條, 民法 第 184、185 條): on a page written under
// Taiwan's laws (rocPage.ts) a law's name standing as a word of its own — after the start of a line, a space or a
// punctuation mark, with no character glued before it — then a space, then its article 第 N 條 (spaces around the
// numbers as the database prints them) names that law: the articles are Taiwan's law's, unknown to the corpus, never
// the articles of that number of every mainland law. The name ends as a law's or a regulation's does (法, 條例, 規則,
// 辦法, 細則, 通則, 準則); words ending so that name no law (立法, 依法, 本法, 該辦法) name none; a name with the People's
// Republic's before it (中華人民共和國民法典 第 10 條) is the mainland's, read as before. The run of characters before the
// space starts after any character that is no ideograph (a line's start, a space, a full stop, a bracket).
// Rule (issue 14, fix-zh30a; heldout25 gov page 09, a 訴願決定's 法規依據 cell, and traditional pages that cite a mainland
// law first, then Taiwan's in a table: 訴願法 第 79、81 條 ⏎ 土地稅法施行細則 第 13、14、15 條): the name standing apart
// names its law on every page, not only on a page known to be Taiwan's — a name the corpus does not know, then a space,
// then 第N條 is that unknown law's article, never the article of that number of the law cited last. Off a Taiwan page
// the name must be one the corpus does not know (行政处罚法 第 32 条 is read as before, through the known name), of three
// characters at least (民法 alone is a name only on a Taiwan page, as unknownLawName.ts reads it). On every page the name
// is the shortest end of the run of characters before the space that starts at a word boundary, as a known short name
// does (依稅捐稽徵法 第 21 條, 原處分違反土地稅法 第 41 條 name 稅捐稽徵法, 土地稅法), and no run ending in an anaphor and its
// kind names one (適用本條例 第十條, 依該法 第五條: the document's own or the one named before).

import { notALawName, unknownNameBefore, type KnownNames } from './unknownLawName';
import { taiwanPage } from '../jurisdiction/rocPage';
import { shortNameMayStart } from './titles';
import { rocNameBefore } from './jurisdictionBefore';
import { ARTICLE_NUMERAL } from '../text';

const SPACED_NAME = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,24}?(?:法|法典|条例|规则|办法|细则|通则|准则))[ \u3000]{1,3}$/;
const ARTICLE_AFTER = /^第[ \u3000]*[0-9０-９零〇一二三四五六七八九十百千]+/;
const ROC_OPENS = /^(?:中华民国|中華民國)/;
const PRC_NAMED = /^(?:中华人民共和国|中華人民共和國)/;
/** A kind of regulation alone, or an anaphor's (办法, 施行细则, 该条例): no name. */
const KIND_ALONE = /^(?:[本该此其这那上前同原新旧]|(?:施行|实施|管理|相关|有关)?(?:条例|规则|办法|细则|通则|准则)$)/;

/** An anaphor and its kind ending the run (适用本条例, 依该法, 按上述办法): no name. */
const ANAPHOR_KIND = /(?:[本该此其]|上述|前述)(?:法|法典|条例|规则|办法|细则|通则|准则)$/;

/** The law's name standing apart before the article at `p` (start and end), or null; `known`: the corpus's names. */
export function spacedRocNameBefore(text: string, p: number, known?: KnownNames | null): { start: number; end: number } | null {
  if (text[p] !== '第' || (text[p - 1] !== ' ' && text[p - 1] !== '\u3000')) return null;
  if (!ARTICLE_AFTER.test(text.slice(p, p + 12))) return null;
  const m = SPACED_NAME.exec(text.slice(Math.max(0, p - 30), p));
  if (!m) return null;
  const run = m[1];
  if (PRC_NAMED.test(run) || ANAPHOR_KIND.test(run)) return null;
  const end = p - (m[0].length - m[0].indexOf(run) - run.length);
  const taiwan = taiwanPage(text);
  const min = taiwan ? 2 : 3;
  // The name: the shortest end of the run that starts at a word boundary (違反, 依, a comma …) and is a name.
  let start = -1;
  for (let s = end - min; s >= end - run.length; s--) {
    const name = text.slice(s, end);
    if ((s === end - run.length || shortNameMayStart(text, s)) && !notALawName(name) && !KIND_ALONE.test(name)) {
      start = s;
      break;
    }
  }
  if (start === -1) return null;
  // 中華民國憲法 第 23 條: the name Taiwan's laws go by opens the law's name (jurisdictionBefore.ts rocNameBefore).
  if (start - 4 >= end - run.length && rocNameBefore(text, start)) start -= 4;
  // 中華民國刑法 第 271 條: Taiwan's law (jurisdictionBefore.ts), whatever national law's name ends it.
  if (!taiwan && !ROC_OPENS.test(text.slice(start, end)) && (!known?.knownNameEnds || known.knownNameEnds(text, end))) return null;
  return { start, end };
}

// Rule (issue 14, fix-zh63, heldout42-gov p03; a 裁量基准 table read out of a PDF, its cells wrapped at a fixed width and
// the wraps become spaces: 依据中华人民共 和国税收征收 管理法第六 十条第一款第(一)项、税 务登记管理办 法第四十二 条): a title
// broken so by spaces, glued to its article, is read as if unspaced — a name standing apart (above) with its spaces
// taken out. Only where the run rejoined ends in a title the corpus knows (the known title spanning a space: one
// without a space inside is read as before), or, unknown, where the whole run from a word boundary (a line's start, a
// mark, a space-free character that is no ideograph) to the article is title-shaped — 4 to 20 characters ending 法,
// 条例, 办法, 细则 or 规定, no anaphor or kind alone, none of the words of running prose (a citing verb, 的, 了, 是, 和, 在).
// Words of a sentence spaced apart (公司 违反劳动法第五条) rejoin into no known title spanning a space and hold prose
// words: read as before. The article's own spaces (第六 十条, 第四十二 条) are the chain's (chain.ts SPACED_UNIT).

/** How many characters (spaces left out) the rejoined run may hold at most. */
const SPACED_RUN = 40;
/** The endings of a title-shaped name the corpus does not know. */
const TITLE_SHAPED = /^[\u4e00-\u9fff]{2,18}(?:法|条例|办法|细则|规定)$/;
/** Words of running prose that no title holds. */
const PROSE_WORDS = new RegExp(`(?:${'依据|根据|依照|按照|违反|参照|适用'}|[的了是和在])`);

/**
 * A title broken by spaces before the article at `p` (the rule above): where it starts, the title rejoined, and whether
 * the corpus knows it; null when none.
 */
export function spacedGluedTitleBefore(text: string, p: number, known?: { matchEnding(text: string, end: number, shortNames?: boolean): number } | null): { start: number; written: string; known: boolean } | null {
  if (text[p] !== '第' || !isIdeograph(text.charCodeAt(p - 1))) return null;
  // Whether the run back holds such a space at all, read by character code first (most runs are prose without one).
  if (!spaceInRunBefore(text, p)) return null;
  // The run back from the article: ideographs and single spaces between two of them.
  const at: number[] = [];
  let spaced = -1;
  for (let i = p - 1; i >= 0 && at.length < SPACED_RUN; i--) {
    if (/[\u4e00-\u9fff]/.test(text[i])) at.unshift(i);
    else if ((text[i] === ' ' || text[i] === '\u3000') && /[\u4e00-\u9fff]/.test(text[i - 1] ?? '') && /[\u4e00-\u9fff]/.test(text[i + 1])) spaced = Math.max(spaced, i);
    else break;
  }
  if (spaced === -1) return null;
  // A name after the last space, read as before (第十四条 合同法第五十二条: the heading's space, not a wrap).
  if (known && known.matchEnding(text, p, true) > spaced) return null;
  if (unknownNameBefore(text, p, known as KnownNames) > spaced) return null;
  const joined = at.map((i) => text[i]).join('');
  const probe = joined + text.slice(p, p + 16);
  const st = known ? known.matchEnding(probe, joined.length, true) : -1;
  const name = st !== -1 ? joined.slice(st) : joined;
  // No article's label, anaphor or word of the page's own inside the name (第九条 有本实施条例第七条).
  if (LABEL_INSIDE.test(name) || /[本该此]/.test(name.slice(0, 1)) || ANAPHOR_INSIDE.test(name)) return null;
  if (st !== -1) return at[st] < spaced ? { start: at[st], written: name, known: true } : null;
  // Unknown: the whole run, from its word boundary, title-shaped.
  if (at[0] > 0 && /[\u4e00-\u9fff]/.test(text[at[0] - 1] ?? '')) return null;
  if (!TITLE_SHAPED.test(joined) || joined.length < 4 || PROSE_WORDS.test(joined) || ANAPHOR_KIND.test(joined) || KIND_ALONE.test(joined) || /^(?:[本该此其这那上前同原新旧])/.test(joined)) return null;
  return { start: at[0], written: joined, known: false };
}

/** Whether a UTF-16 code is in U+4E00–U+9FFF (as /[\u4e00-\u9fff]/ tests one character; NaN is none). */
function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Whether the run spacedGluedTitleBefore reads back from `p` holds a space between two ideographs (its loop, by code). */
function spaceInRunBefore(text: string, p: number): boolean {
  let count = 0;
  for (let i = p - 1; i >= 0 && count < SPACED_RUN; i--) {
    const c = text.charCodeAt(i);
    if (isIdeograph(c)) count++;
    else if ((c === 0x20 || c === 0x3000) && isIdeograph(text.charCodeAt(i - 1)) && isIdeograph(text.charCodeAt(i + 1))) return true;
    else break;
  }
  return false;
}

/** An article's label inside a run (第十四条, 第九條): a heading's, no title's. */
const LABEL_INSIDE = new RegExp(`第${ARTICLE_NUMERAL}[条條款项項]`);
/** A self word or an anaphor inside a run (有本实施条例, 对该办法): the page's own or the one named before. */
const ANAPHOR_INSIDE = /[本该此](?:实施|施行)?(?:法|条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則)/;
