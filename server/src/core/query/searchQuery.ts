// What a drafter types into 搜索条文, read into words and numbers (pure; table-tested in test/core/search-query):
// words in any order (筑牢 保护), an article number in either form (六十四, 64, 第六十四条, 第10条之一, 北疆64 glued to a
// word), titles in 《》 (《条例》 保护), a whole citation pasted (《…条例》第六十四条第二款, 公司法第十九条), and a kind word
// (司法解释, 效力:行政法规) that keeps only regulations of that kind.
import { parseKind } from '../kind';
import type { RegulationKind } from '../model';
import { NUMERAL_PATTERN, parseNumeral } from '../numerals';
import { parseArticleQuery, type ArticleQuery } from './articleQuery';

export interface SearchQuery {
  /** Words to find in an article's text, heading or title, all of them, in any order. */
  words: string[];
  /** Titles written in 《》 (or the title of a pasted citation): the regulation's title or short title must hold each. */
  titles: string[];
  /** The article number asked for (六十四, 64, 第六十四条), with 之N when written. */
  article: { number: number; insert: number | null } | null;
  /** 款 and 项 of a pasted citation. */
  paragraph: number | null;
  item: number | null;
  /** The whole input read as one citation with a title and an article (that article is the first hit). */
  citation: ArticleQuery | null;
  /** A kind word (司法解释, 效力:行政法规): only regulations of that kind. */
  kind: RegulationKind | null;
}

const N = `(?:${NUMERAL_PATTERN})`;
/** 第六十四条, 第64条之一, 第十条第二款, 第十条第二款第（三）项 inside a token. */
const ARTICLE_IN_TEXT = new RegExp(`第\\s*(${N})\\s*条(?:\\s*之\\s*(${N}))?(?:\\s*第\\s*(${N})\\s*款)?(?:\\s*第?\\s*[（(]\\s*(${N})\\s*[）)]\\s*项)?`, 'u');
/** A token that is only a number: 六十四, 64, ６４, 64条, 第64, 第六十四. */
const NUMBER_ONLY = new RegExp(`^第?(${N})条?(?:之(${N}))?$`, 'u');
/** Words that carry nothing to search for. */
const SEPARATORS = /[\s\u3000,，、;；:：。.!?！？"“”'‘’]+/u;

/** Arabic digits glued to Chinese words are separate tokens: 北疆64 → 北疆, 64. */
function splitDigits(token: string): string[] {
  return token.split(/(?<=[0-9０-９])(?=[^0-9０-９])|(?<=[^0-9０-９])(?=[0-9０-９])/u).filter(Boolean);
}

function normaliseWord(w: string): string {
  return w.normalize('NFKC').replace(/^[《〈<]+|[》〉>]+$/g, '').trim();
}

export function emptySearchQuery(): SearchQuery {
  return { words: [], titles: [], article: null, paragraph: null, item: null, citation: null, kind: null };
}

/** Read a search input; never throws (an empty query has no words, no titles and no number). */
export function parseSearchQuery(input: string): SearchQuery {
  const q = emptySearchQuery();
  let rest = String(input ?? '').normalize('NFC').trim();
  if (!rest) return q;

  // A kind word first or last (司法解释 正当防卫, 道路 效力:行政法规).
  const words = rest.split(/[\s\u3000]+/).filter(Boolean);
  for (const i of [0, words.length - 1]) {
    const w = words[i];
    if (w === undefined || q.kind) continue;
    const m = /^(?:kind|效力|效力级别)[:：](.+)$/i.exec(w);
    const kind = parseKind(m ? m[1] : w.replace(/[:：]$/, ''));
    if (kind && (m || words.length > 1 || /[:：]$/.test(w))) {
      q.kind = kind;
      words.splice(i, 1);
    }
  }
  rest = words.join(' ');

  // The whole input as one citation: 《…》第六十四条第二款, 公司法第十九条, Article 64 of the …
  const cited = parseArticleQuery(rest);
  if (cited && cited.title && cited.article !== null && (!/\s/.test(cited.title.trim()) || !/[\u4e00-\u9fff]/.test(cited.title))) {
    q.citation = cited;
    q.titles.push(cited.title);
    q.article = { number: cited.article, insert: cited.insert };
    q.paragraph = cited.paragraph;
    q.item = cited.item;
    return q;
  }

  // Titles in 《》 anywhere: 《条例》 保护.
  rest = rest.replace(/《([^《》]+)》/gu, (_, title: string) => {
    const t = normaliseWord(title);
    if (t && !q.titles.includes(t)) q.titles.push(t);
    return ' ';
  });

  for (const raw of rest.split(SEPARATORS)) {
    let token = raw;
    // 第六十四条 (第二款, 第（三）项) inside a word: 筑牢第六十四条.
    const m = ARTICLE_IN_TEXT.exec(token);
    if (m) {
      const n = parseNumeral(m[1]);
      if (n !== null && !q.article) {
        q.article = { number: n, insert: m[2] ? parseNumeral(m[2]) : null };
        q.paragraph = m[3] ? parseNumeral(m[3]) : null;
        q.item = m[4] ? parseNumeral(m[4]) : null;
      }
      token = token.slice(0, m.index) + ' ' + token.slice(m.index + m[0].length);
    }
    for (const piece of token.split(SEPARATORS).flatMap(splitDigits)) {
      const num = NUMBER_ONLY.exec(piece);
      const value = num ? parseNumeral(num[1]) : null;
      if (num && value !== null && value > 0) {
        if (!q.article) q.article = { number: value, insert: num[2] ? parseNumeral(num[2]) : null };
        continue;
      }
      const w = normaliseWord(piece);
      if (w && !q.words.includes(w)) q.words.push(w);
    }
  }
  return q;
}

/** True when the query asks for nothing. */
export function isEmptySearch(q: SearchQuery): boolean {
  return !q.words.length && !q.titles.length && !q.article && !q.citation;
}
