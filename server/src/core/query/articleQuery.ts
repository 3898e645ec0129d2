// One citation as a drafter writes it, parsed into title + article/款/项 numbers: 《title》第六十四条第二款第（三）项,
// title 第64条, 第十条之一, a short title, English "Article 64 of the …" / "Article 64(2) of …".
// This is the single-citation form used by `lawcite show`; the document scanner lives in core/citations.
import { NUMERAL_PATTERN, parseNumeral } from '../numerals';
import { leadingIssuer } from '../citations/titles/issuer';

export interface ArticleQuery {
  /** The title as written, brackets removed; null when only an article is given. */
  title: string | null;
  article: number | null;
  insert: number | null;
  paragraph: number | null;
  item: number | null;
  /** Issuers written before the brackets (最高人民法院《关于…》), read as a draft reads them. */
  issuer?: string;
  /** 第(二)款: the 款 numbered in brackets, read as a draft reads it (an item where the article has one 款 with it). */
  paragraphBracketed?: boolean;
}

const N = `(${NUMERAL_PATTERN})`;
const ZH_TAIL = new RegExp(
  `第\\s*${N}\\s*条(?:\\s*之\\s*${N})?(?:\\s*第\\s*(?:${N}|[（(]\\s*${N}\\s*[）)])\\s*款)?(?:\\s*第?\\s*[（(]\\s*${N}\\s*[）)]\\s*项|\\s*第\\s*${N}\\s*项)?\\s*$`,
  'u',
);
const EN_ARTICLE = /^\s*(?:(?:paragraph|para\.?)\s+(\d+)\s*(?:,\s*|\s+of\s+))?art(?:icle|\.)?\s*(\d+)(?:\s*\((\d+)\))?(?:\s*\(([a-z0-9]+)\))?\s*(?:,?\s*(?:paragraph|para\.?)\s+(\d+))?\s*(?:,|of\s+(?:the\s+)?)?\s*(.*)$/i;
const EN_TITLE_FIRST = /^\s*(.+?)[,\s]+art(?:icle|\.)?\s*(\d+)(?:\s*\((\d+)\))?\s*$/i;

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumeral(s);
}

function cleanTitle(s: string): string | null {
  const t = s.trim().replace(/^[《〈<"“]+|[》〉>"”]+$/g, '').trim();
  return t.length > 0 ? t : null;
}

/** Parse one citation; null when no article and no title can be read from it. */
export function parseArticleQuery(input: string): ArticleQuery | null {
  const text = input.normalize('NFC').trim();
  if (!text) return null;
  const lead = leadingIssuer(text);
  if (lead) {
    const q = parseArticleQuery(lead.rest);
    return q && { ...q, issuer: lead.issuer };
  }
  const bracketed = /^《([^》]+)》\s*(.*)$/su.exec(text);
  const zh = ZH_TAIL.exec(bracketed ? bracketed[2] : text);
  if (zh) {
    const head = bracketed ? bracketed[1] : text.slice(0, zh.index);
    if (bracketed && bracketed[2].slice(0, zh.index).trim()) return null; // words between 》 and 第…条
    const q: ArticleQuery = {
      title: cleanTitle(head),
      article: num(zh[1]),
      insert: num(zh[2]),
      paragraph: num(zh[3] ?? zh[4]),
      item: num(zh[5] ?? zh[6]),
    };
    if (zh[4] !== undefined) q.paragraphBracketed = true;
    return q;
  }
  if (bracketed) {
    return bracketed[2].trim() ? null : { title: cleanTitle(bracketed[1]), article: null, insert: null, paragraph: null, item: null };
  }
  const en = EN_ARTICLE.exec(text);
  if (en) {
    const item = en[4] ? (/^\d+$/.test(en[4]) ? Number(en[4]) : en[4].toLowerCase().charCodeAt(0) - 96) : null;
    return {
      title: cleanTitle(en[6] ?? ''),
      article: Number(en[2]),
      insert: null,
      paragraph: en[1] ? Number(en[1]) : en[3] ? Number(en[3]) : en[5] ? Number(en[5]) : null,
      item,
    };
  }
  const enAfter = EN_TITLE_FIRST.exec(text);
  if (enAfter) {
    return { title: cleanTitle(enAfter[1]), article: Number(enAfter[2]), insert: null, paragraph: num(enAfter[3]), item: null };
  }
  // A title alone.
  return { title: cleanTitle(text), article: null, insert: null, paragraph: null, item: null };
}
