// Text of a citation to insert in a draft. Pure: no vscode import, unit-tested in test/client/.
import { scanText } from '../../server/src/core/citations/scan/scanner';
import { articleLabel, itemLabel, paragraphLabel } from '../../server/src/core/labels';

export interface CitationParts {
  /** Canonical title of the regulation. */
  title: string;
  /** Short title the document defines for it (以下简称《条例》), used instead of the full title. */
  shortTitle?: string | null;
  lang: 'zh' | 'en';
  article: number;
  insert?: number | null;
  paragraph?: number | null;
  /** Several 款 (第一款、第三款); takes the place of `paragraph`. */
  paragraphs?: readonly number[];
  /** A 项 of the one 款 cited (or of the article when it has one 款); ignored with several 款. */
  item?: number | null;
}

/**
 * 《title》第六十四条第二款 in Chinese (several 款: 第一款、第三款; a 项: 第二款第（三）项); "Article 64(2) of the <title>"
 * for an English text (Article 64(1), (3); Article 64(2)(3)).
 */
export function formatCitation(parts: CitationParts): string {
  const paragraphs = [...new Set(parts.paragraphs?.length ? parts.paragraphs : parts.paragraph ? [parts.paragraph] : [])].sort((a, b) => a - b);
  const item = parts.item && paragraphs.length <= 1 ? parts.item : null;
  if (parts.lang === 'en') {
    const insert = parts.insert ? `-${parts.insert}` : '';
    const para = paragraphs.map((p) => `(${p})`).join(', ');
    return `Article ${parts.article}${insert}${para}${item ? `(${item})` : ''} of the ${parts.shortTitle || parts.title}`;
  }
  const title = stripMarks(parts.shortTitle || parts.title);
  const paras = paragraphs.map(paragraphLabel).join('、');
  return `《${title}》${articleLabel(parts.article, parts.insert ?? null)}${paras}${item ? itemLabel(item) : ''}`;
}

function stripMarks(title: string): string {
  return title.replace(/^《/, '').replace(/》$/, '');
}

/**
 * The short title a document defines for `title` (《title》（以下简称《条例》）, 以下称“条例”, …), found by the citation
 * engine's own scanner so the client and the server read definitions by the same rule.
 */
export function definedShortTitle(documentText: string, title: string): string | null {
  for (const event of scanText(documentText)) {
    if (event.type === 'definition' && event.of.written === title) return event.shortTitle;
  }
  return null;
}
