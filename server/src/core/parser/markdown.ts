// LawRefBook Markdown: "# title" (民法典 parts: a second "# 编名"), dated lines, "<!-- INFO END -->", then the body.
import type { Regulation } from '../model';
import type { RegulationHead } from './regulation';
import type { ParseWarning } from './types';
import { buildRegulation } from './regulation';
import type { SourceText } from './sourceText';
import { isGluedFirstArticle, unwrapArticleMarkup, zhArticle, zhDivision } from './headings';
import { lastNonSpace, location, trimmedLine } from './text';

/** The line of LawRefBook's "<!-- INFO END -->" within 200 lines after the title's, or -1. */
export function infoEndLine(lines: readonly string[], titleLine: number): number {
  for (let j = titleLine + 1; j < lines.length && j < titleLine + 200; j++) if (lines[j].includes('<!-- INFO END -->')) return j;
  return -1;
}

export function looksLikeMarkdown(lines: string[]): boolean {
  for (let i = 0; i < lines.length && i < 20; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    return /^#\s*\S/.test(t);
  }
  return false;
}

/** What a front matter above the Markdown says: it wins over what the text states. */
export interface MarkdownHead {
  /** First line of the Markdown text (after the front matter). */
  from: number;
  title?: string;
  fixed: NonNullable<RegulationHead['fixed']>;
}

export function parseMarkdown(lines: string[], source: SourceText, warnings: ParseWarning[], head?: MarkdownHead): Regulation[] {
  const file = source.file;
  let i = head?.from ?? 0;
  while (i < lines.length && !lines[i].trim()) i++;
  const titleLine = i;
  const raw = lines[i] ?? '';
  const hashEnd = raw.indexOf('#') + raw.slice(raw.indexOf('#')).match(/^#+\s*/)![0].length;
  const printedTitle = raw.slice(hashEnd, lastNonSpace(raw)).trim();
  const title = head?.title ?? printedTitle;
  const titleLocation = location(file, titleLine, hashEnd, titleLine, lastNonSpace(raw));
  // Header: until "<!-- INFO END -->", or (without it) until the first heading or article.
  const infoEnd = infoEndLine(lines, titleLine);
  const notes: string[] = [];
  let part: { line: number; start: number; end: number; name: string } | null = null;
  let bodyStart = titleLine + 1;
  for (let j = titleLine + 1; j < lines.length; j++) {
    if (infoEnd >= 0 && j >= infoEnd) {
      bodyStart = infoEnd + 1;
      break;
    }
    const trimmed = trimmedLine(lines[j]);
    if (!trimmed) continue;
    const { s, e, t } = trimmed;
    if (/^#\s/.test(t) && !part && notes.length === 0) {
      const off = t.match(/^#+\s*/)![0].length;
      part = { line: j, start: s + off, end: e, name: t.slice(off).trim() };
      continue;
    }
    if (infoEnd < 0 && (t.startsWith('##') || zhArticle(t) || zhDivision(t) || isGluedFirstArticle(t) || unwrapArticleMarkup(t))) {
      bodyStart = j;
      break;
    }
    notes.push(t);
    bodyStart = j + 1;
  }
  if (!title) warnings.push({ file, line: titleLine, message: 'no title after "#" / 缺少标题' });
  const located = printedTitle !== '' && printedTitle === title;
  const reg = buildRegulation(
    lines,
    bodyStart,
    lines.length,
    { title: title || fileTitle(file), titleLocation: located ? titleLocation : null, notes, ...(head ? { fixed: head.fixed } : {}) },
    { lang: 'zh', joinPageBreaks: false, markdown: true, plain: false },
    source,
    warnings,
    (b) => {
      if (part) {
        const d = zhDivision(part.name);
        b.division(d ?? { kind: 'part', number: 0, label: part.name, heading: part.name }, {
          line: part.line, start: part.start, endLine: part.line, end: part.end, text: part.name,
        });
      }
    },
  );
  return [reg];
}

/** A title from a file name: "行政复议法(2023-09-01).md" → 行政复议法. */
export function fileTitle(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, '').replace(/[（(]\d{4}-\d{2}-\d{2}[)）]$/, '').trim() || base;
}
