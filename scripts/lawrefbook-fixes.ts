// Source defects of a LawRefBook Markdown text that the import can detect, and their fixes. Pure: lines in,
// lines out. Only the lines found defective change; everything else is kept byte for byte.
import { infoEndLine } from '../server/src/core/parser/markdown';
import { datedEvents, findDates } from '../server/src/core/parser/metadata';

export type FixKind = 'title-spacing' | 'title-repeated-in-header' | 'wrapped-date-line' | 'article-heading-spacing';

export interface Fix {
  kind: FixKind;
  /** 1-based line in the source file. */
  line: number;
  before: string;
  after: string;
}

export interface FixedText {
  lines: string[];
  fixes: Fix[];
  /** Header lines that look dated (…年) but whose date cannot be read: kept as they are, listed. */
  unreadDates: { line: number; text: string }[];
}

const CJK = /[\u4e00-\u9fff]/;
const ARTICLE_SPACE_SLIPPED = /^(第[一二三四五六七八九十百千零〇]+)[ \u3000]+条(?=[\u4e00-\u9fff“（])/;
const YEAR = /(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年/;
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * A Chinese title has no spaces. Between the issuing bodies of a joint text (before 关于) a space stands for the
 * 、 of the citation form (最高人民法院 最高人民检察院关于… → 最高人民法院、最高人民检察院关于…); elsewhere it is dropped.
 */
export function fixTitleSpacing(title: string): string {
  if (!CJK.test(title) || !/\S[\s\u3000]+\S/.test(title.trim())) return title;
  const t = title.trim();
  const about = t.indexOf('关于');
  const issuers = about > 0 ? t.slice(0, about) : '';
  const rest = about > 0 ? t.slice(about) : t;
  return issuers.trim().replace(/[\s\u3000]+/g, '、') + squeeze(rest);
}

/** Open title brackets left in a text: a line broken inside 《…》 continues without a separator. */
function insideTitle(s: string): boolean {
  const open = (s.match(/[《〈<]/g) ?? []).length;
  const close = (s.match(/[》〉>]/g) ?? []).length;
  return open > close;
}

const lastEvent = (s: string) => {
  const events = datedEvents(s);
  return events.length ? events[events.length - 1].event : null;
};

export function fixLawRefBookText(source: readonly string[]): FixedText {
  const lines = [...source];
  const fixes: Fix[] = [];
  const unreadDates: { line: number; text: string }[] = [];
  let t = 0;
  while (t < lines.length && !lines[t].trim()) t++;
  const titleMatch = /^(#\s*)(.*?)\s*$/.exec(lines[t] ?? '');
  if (!titleMatch) return { lines, fixes, unreadDates };
  const title = titleMatch[2];
  const fixedTitle = fixTitleSpacing(title);
  if (fixedTitle !== title) {
    const after = `${titleMatch[1]}${fixedTitle}`;
    fixes.push({ kind: 'title-spacing', line: t + 1, before: lines[t], after });
    lines[t] = after;
  }
  const infoEnd = infoEndLine(lines, t);
  // Header lines: the non-blank lines between the title and INFO END, other "#" lines (民法典 编名) aside.
  const header: number[] = [];
  for (let j = t + 1; j < infoEnd; j++) if (lines[j].trim() && !lines[j].trim().startsWith('#')) header.push(j);
  const removed = new Set<number>();
  // The title printed again, broken over several dateless lines.
  for (let a = 0; a < header.length; a++) {
    let joined = '';
    for (let b = a; b < header.length && !findDates(lines[header[b]]).length; b++) {
      joined += squeeze(lines[header[b]]);
      if (b > a && joined === squeeze(fixedTitle)) {
        for (let k = a; k <= b; k++) {
          removed.add(header[k]);
          fixes.push({ kind: 'title-repeated-in-header', line: header[k] + 1, before: lines[header[k]], after: '' });
        }
        a = b;
        break;
      }
      if (joined.length >= squeeze(fixedTitle).length) break;
    }
  }
  // A dated line broken before its event word (通过, 修正, 发布 …) or inside a title (《关于修改〈…〉 / 〈…〉的决定》):
  // the dateless lines after it joined to it.
  for (let a = 0; a < header.length; a++) {
    const i = header[a];
    const broken = (s: string) => lastEvent(s) === 'other' || insideTitle(s);
    if (removed.has(i) || !findDates(lines[i]).length || !broken(lines[i])) continue;
    let text = lines[i].trimEnd();
    const parts: number[] = [];
    for (let b = a + 1; b < header.length && b <= a + 4; b++) {
      const next = lines[header[b]];
      if (removed.has(header[b]) || findDates(next).length) break;
      text += (insideTitle(text) ? '' : ' ') + next.trim();
      parts.push(header[b]);
      if (!broken(text)) {
        fixes.push({ kind: 'wrapped-date-line', line: i + 1, before: [lines[i], ...parts.map((p) => lines[p])].join('\n'), after: text });
        lines[i] = text;
        for (const p of parts) removed.add(p);
        a = b;
        break;
      }
    }
  }
  for (const j of header) {
    if (!removed.has(j) && YEAR.test(lines[j]) && !findDates(lines[j]).length) unreadDates.push({ line: j + 1, text: lines[j].trim() });
  }
  // An article heading whose space slipped before 条 (第四百一十四 条报请……): the article would be lost in its
  // predecessor's text. Written 第四百一十四条 报请…… as the others are.
  for (let j = infoEnd; j < lines.length; j++) {
    const m = ARTICLE_SPACE_SLIPPED.exec(lines[j]);
    if (!m) continue;
    const after = `${m[1]}条 ${lines[j].slice(m[0].length)}`;
    fixes.push({ kind: 'article-heading-spacing', line: j + 1, before: lines[j], after });
    lines[j] = after;
  }
  // Drop removed lines with the blank line before each, so paragraphs stay one blank line apart.
  const drop = new Set<number>();
  for (const j of removed) {
    drop.add(j);
    if (j > 0 && !lines[j - 1].trim()) drop.add(j - 1);
  }
  fixes.sort((x, y) => x.line - y.line);
  return { lines: lines.filter((_, j) => !drop.has(j)), fixes, unreadDates };
}
