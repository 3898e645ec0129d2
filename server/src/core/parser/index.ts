// The regulation parser: one entry point for every accepted format. Never throws on bad text.
//
//   parseRegulationText(text, { file }) → { regulations, warnings }   any format, detected from the text
//   decodeText(bytes) → { text, encoding, replaced }                  UTF-8 (±BOM), UTF-16, else GB18030
//   detectFormat(lines) → 'bundled' | 'markdown' | 'english' | 'chinese'
//   formatBundled(regulation, sourceLines) → text                      the bundled corpus format (import script)
//   parseFrontMatter(lines) / formatFrontMatter(fields)                its front matter
//
// Files in this folder, one job each: text (lines, positions), decode, headings (line recognisers), metadata
// (dates, issuer, short titles), builder (structure and locations), body (walks body lines: page-break joins,
// TOC/noise), regulation (assembles one Regulation), markdown / plainChinese / english (formats), frontMatter
// and bundled (the corpus format), sourceText (a file's text and line starts), lazyArticle + articleBody (an
// article's 款/项/目 read from its lines on first use).
import type { Regulation } from '../model';
import { parseFrontMatter } from './frontMatter';
import { looksLikeMarkdown, parseMarkdown } from './markdown';
import { parsePlainChinese } from './plainChinese';
import { looksEnglish, parseEnglish } from './english';
import { buildRegulation } from './regulation';
import { sourceOf, type SourceText } from './sourceText';
import { location, trimmedLine } from './text';
import { enArticle, enDivision, isGluedFirstArticle, zhArticle, zhDivision } from './headings';

export { decodeText } from './decode';
export type { DecodedText, TextEncodingName } from './decode';
export { formatFrontMatter, parseFrontMatter } from './frontMatter';
export { formatBundled } from './bundled';
export type { FrontMatter } from './frontMatter';

export type { ParseOptions, ParseResult, ParseWarning } from './types';
import type { ParseOptions, ParseResult, ParseWarning } from './types';

export type TextFormat = 'bundled' | 'markdown' | 'english' | 'chinese';

/** Which format a text is in (bundled front matter, LawRefBook Markdown, English, Chinese plain/PDF extract). */
export function detectFormat(lines: string[]): TextFormat {
  if (parseFrontMatter(lines)) return 'bundled';
  if (looksLikeMarkdown(lines)) return 'markdown';
  if (looksEnglish(lines)) return 'english';
  return 'chinese';
}

function parseBundled(lines: string[], source: SourceText, warnings: ParseWarning[]): Regulation[] {
  const file = source.file;
  const fm = parseFrontMatter(lines)!;
  for (const p of fm.problems) warnings.push({ file, line: p.line, message: p.message });
  const d = fm.data;
  const fixed = {
    ...(d.shortTitles !== undefined ? { shortTitles: d.shortTitles } : {}),
    ...(d.kind !== undefined ? { kind: d.kind } : {}),
    ...(d.issuer !== undefined ? { issuer: d.issuer } : {}),
    ...(d.adopted !== undefined ? { adopted: d.adopted } : {}),
    ...(d.effective !== undefined ? { effective: d.effective } : {}),
    ...(d.amended !== undefined ? { amended: d.amended } : {}),
    ...(d.version !== undefined ? { version: d.version } : {}),
    ...(d.translationOf !== undefined ? { translationOf: d.translationOf } : {}),
    ...(d.repealed ? { repealed: { date: d.repealed === true ? null : d.repealed, successor: d.successor ?? null } } : {}),
  };
  // A LawRefBook Markdown text under the front matter ("# title", dated lines, "<!-- INFO END -->") is read as
  // the Markdown parser reads it without one.
  if (looksLikeMarkdown(lines.slice(fm.bodyStart, fm.bodyStart + 20))) {
    if (!d.title) warnings.push({ file, line: 0, message: 'front matter has no title / 文件头缺少 title' });
    return parseMarkdown(lines, source, warnings, { from: fm.bodyStart, ...(d.title ? { title: d.title } : {}), fixed });
  }
  const lang = d.lang ?? (looksEnglish(lines) ? 'en' : 'zh');
  // The text as published follows: its title line and notes, then the body.
  let body = fm.bodyStart;
  const notes: string[] = [];
  let titleLocation = null;
  const isHeading = lang === 'zh' ? (t: string) => zhArticle(t) || zhDivision(t) || isGluedFirstArticle(t) : (t: string) => enArticle(t) || enDivision(t);
  const startsBody = (t: string) => (t.startsWith('##') ? true : isHeading(t));
  for (; body < lines.length; body++) {
    const trimmed = trimmedLine(lines[body]);
    if (!trimmed) continue;
    const { s, e, t } = trimmed;
    if (startsBody(t)) break;
    if (!titleLocation && d.title && t.replace(/^#\s*/, '').replace(/[\s\u3000]+/g, '') === d.title.replace(/[\s\u3000]+/g, '')) {
      titleLocation = location(file, body, s, body, e);
    } else notes.push(t);
  }
  if (!d.title) warnings.push({ file, line: 0, message: 'front matter has no title / 文件头缺少 title' });
  const title = d.title ?? '';
  const reg = buildRegulation(
    lines,
    body,
    lines.length,
    {
      title,
      titleLocation,
      notes,
      fixed,
    },
    { lang, joinPageBreaks: lang === 'zh', markdown: true, plain: lang === 'en' },
    source,
    warnings,
  );
  return [reg];
}

/**
 * Parse decoded text of one file in any accepted format (bundled front-matter format, raw PDF extract,
 * LawRefBook Markdown, English translations, announcement-headed 办法). Never throws on bad text.
 */
export function parseRegulationText(text: string, options: ParseOptions): ParseResult {
  const file = options?.file ?? '';
  const warnings: ParseWarning[] = [];
  try {
    if (typeof text !== 'string') throw new TypeError('text is not a string');
    const { source, lines } = sourceOf(file, text, options?.eager === true);
    let regulations: Regulation[];
    switch (detectFormat(lines)) {
      case 'bundled':
        regulations = parseBundled(lines, source, warnings);
        break;
      case 'markdown':
        regulations = parseMarkdown(lines, source, warnings);
        break;
      case 'english':
        regulations = parseEnglish(lines, source, warnings);
        break;
      default:
        regulations = parsePlainChinese(lines, source, warnings);
    }
    return { regulations, warnings };
  } catch (err) {
    warnings.push({ file, line: 0, message: `parser error, file skipped / 解析出错，已跳过: ${(err as Error)?.message ?? err}` });
    return { regulations: [], warnings };
  }
}
