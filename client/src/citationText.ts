// Text of a citation to insert in a draft. Pure: no vscode import, unit-tested in test/client/.
import { scanText } from '../../server/src/core/citations/scanner';
import { articleLabel, paragraphLabel } from '../../server/src/core/labels';

export interface CitationParts {
  /** Canonical title of the regulation. */
  title: string;
  /** Short title the document defines for it (以下简称《条例》), used instead of the full title. */
  shortTitle?: string | null;
  lang: 'zh' | 'en';
  article: number;
  insert?: number | null;
  paragraph?: number | null;
}

/** 《title》第六十四条第二款 in Chinese; "Article 64(2) of the <title>" for an English text. */
export function formatCitation(parts: CitationParts): string {
  if (parts.lang === 'en') {
    const insert = parts.insert ? `-${parts.insert}` : '';
    const para = parts.paragraph ? `(${parts.paragraph})` : '';
    return `Article ${parts.article}${insert}${para} of the ${parts.shortTitle || parts.title}`;
  }
  const title = stripMarks(parts.shortTitle || parts.title);
  return `《${title}》${articleLabel(parts.article, parts.insert ?? null)}${parts.paragraph ? paragraphLabel(parts.paragraph) : ''}`;
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
