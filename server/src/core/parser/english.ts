// English translations: a web page or document with noise lines, a title, "(Adopted at … on July 31, 2023)",
// "Chapter I: General Provisions", "Article 1: …" or "Article 1 …".
import type { Regulation } from '../model';
import type { ParseWarning } from './types';
import { buildRegulation } from './regulation';
import type { SourceText } from './sourceText';
import { enArticle, enDivision } from './headings';
import { fileTitle } from './markdown';
import { location, trimmedLine } from './text';

const TITLE_WORDS = /\b(Regulations?|Measures|Provisions|Law|Rules|Decision|Code|Methods|Ordinance)\b/;

/** Does the text look English (articles headed "Article N") rather than Chinese? */
export function looksEnglish(lines: string[]): boolean {
  let en = 0;
  let zh = 0;
  for (const l of lines) {
    const t = l.trimStart();
    if (t.startsWith('Article ') && /^Article\s+\d/.test(t)) en++;
    else if (t.startsWith('第') && /^第[零〇一二两三四五六七八九十百千0-9]+条/.test(t)) zh++;
  }
  return en > zh;
}

export function parseEnglish(lines: string[], source: SourceText, warnings: ParseWarning[], from = 0, fixedTitle?: string): Regulation[] {
  const file = source.file;
  let body = from;
  const notes: string[] = [];
  let title = fixedTitle ?? '';
  let titleLocation = null;
  for (; body < lines.length; body++) {
    const trimmed = trimmedLine(lines[body]);
    if (!trimmed) continue;
    const { s, e, t } = trimmed;
    if (enArticle(t) || enDivision(t)) break;
    if (!title && t.length >= 10 && t.length <= 300 && /^[A-Z]/.test(t) && TITLE_WORDS.test(t)) {
      title = t;
      titleLocation = location(file, body, s, body, e);
    } else if (/^[（(]/.test(t) || /\b(19|20)\d\d\b/.test(t)) {
      if (!/^Release\s*Time/i.test(t)) notes.push(t);
    }
  }
  if (!title) {
    title = fileTitle(file);
    warnings.push({ file, line: 0, message: `no title found, using the file name / 未找到标题，使用文件名: ${title}` });
  }
  return [
    buildRegulation(lines, body, lines.length, { title, titleLocation, notes }, { lang: 'en', joinPageBreaks: false, markdown: false, plain: true }, source, warnings),
  ];
}
