// Chinese plain text: PDF extracts (several regulations in one file, TOC, page breaks) and announcement-headed texts.
import type { Regulation } from '../model';
import type { ParseWarning } from './types';
import { buildRegulation } from './regulation';
import type { SourceText } from './sourceText';
import { isPageNoise, isTocEntry, zhArticle, zhDivision } from './headings';
import { fileTitle } from './markdown';
import { normalizeNestedTitle } from './metadata';
import { location, trimmedLine } from './text';

// A kind of regulation, optionally marked as trial or draft: "…办法（试行）", "…办法（草案）".
const TITLE_SUFFIX = /(?:条例|办法|规定|规则|细则|决定|决议|法|解释|准则|规范|纲要|章程|方案|意见)(?:[（(](?:试行|暂行|草案|修订草案|修正草案|征求意见稿|送审稿)[）)])?$/;

/** Trimmed non-empty lines with their numbers, skipping TOC entries and page numbers. */
interface Line {
  n: number;
  s: number;
  e: number;
  t: string;
}

function meaningfulLines(lines: string[], from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let n = from; n < to; n++) {
    const trimmed = trimmedLine(lines[n]);
    if (!trimmed || isTocEntry(trimmed.t) || isPageNoise(trimmed.t)) continue;
    out.push({ n, ...trimmed });
  }
  return out;
}

function isAdoptionNote(t: string): boolean {
  return /^[（(]/.test(t) && /(\d{4}\s*年|通过|公布|批准|施行)/.test(t);
}

function startsBody(t: string): boolean {
  const a = zhArticle(t, true);
  if (a) return a.number === 1;
  const d = zhDivision(t);
  return d !== null && d.number === 1;
}

/** A title line: a short unpunctuated line naming a kind of regulation, followed by its adoption note or 第一章/第一条. */
function isTitle(ls: Line[], k: number): boolean {
  const t = ls[k].t;
  if (t.length < 4 || t.length > 80 || !TITLE_SUFFIX.test(t) || /[。；，,：:《》]/.test(t)) return false;
  if (t.startsWith('第') && (zhArticle(t, true) || zhDivision(t))) return false;
  const next = ls[k + 1];
  return next !== undefined && (isAdoptionNote(next.t) || startsBody(next.t) || /^目\s*录$/.test(next.t));
}

/** The first line of a title wrapped over two lines: short, unpunctuated, not a heading. */
function isTitleHead(t: string): boolean {
  return t.length >= 2 && t.length <= 30 && !/[。；，,：:！？）)]/.test(t) && !zhArticle(t, true) && !zhDivision(t) && !TITLE_SUFFIX.test(t);
}

/** Notes between title and body; a parenthesis left open continues on the next line. */
function collectNotes(ls: Line[]): string[] {
  const notes: string[] = [];
  let open = false;
  for (const l of ls) {
    if (open) notes[notes.length - 1] += l.t;
    else notes.push(l.t);
    const text = notes[notes.length - 1];
    open = (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
  }
  return notes;
}

/** The title named in an announcement: 《新疆维吾尔自治区实施〈中华人民共和国国家安全法〉办法》已由…通过. */
function announcedTitle(notes: string[]): string | null {
  for (const n of notes) {
    const m = /《([^《》]{4,80})》/.exec(n);
    if (m && TITLE_SUFFIX.test(m[1])) return normalizeNestedTitle(m[1]);
  }
  return null;
}

export function parsePlainChinese(lines: string[], source: SourceText, warnings: ParseWarning[], single = false): Regulation[] {
  const file = source.file;
  const ls = meaningfulLines(lines, 0, lines.length);
  const titles: number[] = [];
  if (!single) for (let k = 0; k < ls.length; k++) if (isTitle(ls, k)) titles.push(k);
  const segments: { title: number | null; from: number; to: number }[] = [];
  const first = titles.length ? titles[0] : ls.length;
  // Text before the first title: a regulation of its own only when it holds articles (announcement-headed texts).
  if (ls.slice(0, first).some((l) => zhArticle(l.t, true))) segments.push({ title: null, from: 0, to: first });
  for (let i = 0; i < titles.length; i++) segments.push({ title: titles[i], from: titles[i] + 1, to: i + 1 < titles.length ? titles[i + 1] : ls.length });
  const regs: Regulation[] = [];
  for (const seg of segments) {
    let body = seg.from;
    while (body < seg.to && !zhArticle(ls[body].t, true) && !zhDivision(ls[body].t)) body++;
    const notes = collectNotes(ls.slice(seg.from, body));
    let title: string;
    let titleLocation = null;
    if (seg.title !== null) {
      const k = seg.title;
      const l = ls[k];
      // A title wrapped over two lines: "内蒙古自治区" directly above "建设国家…促进条例".
      const above = k > 0 ? ls[k - 1] : undefined;
      const wrapped = above && above.n === l.n - 1 && isTitleHead(above.t) && !segments.some((x) => x.title === k - 1);
      title = ((wrapped ? above!.t : '') + l.t).replace(/[\s\u3000]+/g, '');
      titleLocation = wrapped ? location(file, above!.n, above!.s, l.n, l.e) : location(file, l.n, l.s, l.n, l.e);
    } else {
      // Announcement-headed texts name the title in 《》; else a first line that reads like a title.
      const first = notes.length ? notes[0].replace(/[\s\u3000]+/g, '') : '';
      const announced = announcedTitle(notes) ?? (first.length <= 80 && TITLE_SUFFIX.test(first) && !/[。；，,]/.test(first) ? first : null);
      title = announced ?? fileTitle(file);
      if (!announced) warnings.push({ file, line: 0, message: `no title found, using the file name / 未找到标题，使用文件名: ${title}` });
    }
    const fromLine = body < seg.to ? ls[body].n : seg.to < ls.length ? ls[seg.to].n : lines.length;
    const toLine = seg.to < ls.length ? ls[seg.to].n : lines.length;
    regs.push(
      buildRegulation(lines, fromLine, toLine, { title, titleLocation, notes }, { lang: 'zh', joinPageBreaks: true, markdown: false, plain: true }, source, warnings),
    );
  }
  if (regs.length === 0) {
    warnings.push({ file, line: 0, message: 'no regulation text found / 未找到条文' });
  }
  return regs;
}
