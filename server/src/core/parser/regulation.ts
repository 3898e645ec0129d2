// Assembles a Regulation from a parsed body and the metadata found around it; checks numbering.
import type { Language, Regulation, SourceLocation } from '../model';
import type { ParseWarning } from './types';
import { StructureBuilder } from './builder';
import { BodySource } from './articleBody';
import type { SourceText } from './sourceText';
import { inferKind } from '../kind';
import { LazyArticle } from './lazyArticle';
import { ARABIC_ITEM, CHINESE_ITEM, walkBody, type BodyOptions } from './body';
import { zhArticle } from './headings';
import {
  datedEvents, deriveShortTitles, EFFECTIVE_WORDS, effectiveDateInArticle, issuerFromChinese, issuerFromEnglish, statedDates,
} from './metadata';

export interface RegulationHead {
  title: string;
  titleLocation: SourceLocation | null;
  notes: string[];
  /** Overrides from a front matter. */
  fixed?: Partial<Pick<Regulation, 'shortTitles' | 'kind' | 'issuer' | 'adopted' | 'effective' | 'amended' | 'version' | 'translationOf' | 'repealed'>>;
}

/**
 * An amendment (中华人民共和国刑法修正案（十一）) has no 第N条: it is published as items 一、二、…, and courts and
 * writers cite those as its articles (《刑法修正案（十一）》第一条 is its item 一、). So in a text whose title names it
 * an amendment and that has no 第N条, the items in sequence at line starts are read as its articles 第一条, 第二条, …
 * (label as printed).
 *
 * Other texts published without 第N条 are cited the same way: the SPC's 安排 and 规定 numbered 一、二、 (a later
 * 补充安排 cites 《安排》第二条第三款, its item 二、's second paragraph), 《执行工作规定》第16条 for the item 16． of a
 * text numbered 1. 2. …. The first numbered line of the body says which numbering it is; it must be number one.
 */
const AMENDMENT_TITLE = /修正案(?:[（(][一二三四五六七八九十]+[)）])?$/;

/**
 * Whether the parser read numbered items as the regulation's articles for a text that is no amendment (the rule
 * above). A document being written is a draft only with 第N条 of its own: a case note's 一、案情 二、评析 are sections.
 */
export function articlesFromItems(reg: Regulation): boolean {
  return !AMENDMENT_TITLE.test(reg.title) && reg.articles.length > 0 && !reg.articles[0].label.startsWith('第');
}

/**
 * Two exceptions. A text amending others (关于修改《…》等二十七件…的决定, a 补充安排 whose items mostly say 将《安排》第二条
 * 修改为) has edits for items, and a bare 第六条 in them is an article of the text being amended, not its own. A text
 * that calls its numbered entries 项 (与上述第11项至第50项规定的…) cites them as items, so they stay items.
 */
const AMENDING_DECISION = /修改.*决定$/;
const EDIT = /修改为|^[一二三四五六七八九十百\d]+[、.．]\s*(?:将|在|删除|增加)/;

function itemArticleStyle(lines: string[], from: number, to: number): 'chinese' | 'arabic' | null {
  let style: 'chinese' | 'arabic' | null = null;
  let items = 0;
  let edits = 0;
  const labels = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = lines[i].trim();
    const zh = CHINESE_ITEM.test(t);
    const arabic = ARABIC_ITEM.exec(t);
    if (!style) {
      if (zh) style = /^一、/.test(t) ? 'chinese' : null;
      else if (arabic) style = arabic[1] === '1' ? 'arabic' : null;
      if (!style && (zh || arabic)) return null;
    }
    if ((style === 'chinese' && zh) || (style === 'arabic' && arabic)) {
      items++;
      if (EDIT.test(t)) edits++;
      if (arabic) labels.add(arabic[1]);
    }
  }
  if (!style || edits * 2 >= items) return null;
  if (style === 'arabic') {
    const body = lines.slice(from, to).join('\n');
    for (const m of body.matchAll(/第(\d{1,3})项/g)) if (labels.has(m[1])) return null;
  }
  return style;
}

/** Whether a line of the body starts with 第N条 (an amendment numbered by articles, as the 宪法修正案, keeps them). */
function hasArticleLabels(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (zhArticle(lines[i].trim())) return true;
  return false;
}

export function buildRegulation(
  lines: string[],
  from: number,
  to: number,
  head: RegulationHead,
  opts: BodyOptions,
  source: SourceText,
  warnings: ParseWarning[],
  prepare?: (b: StructureBuilder) => void,
): Regulation {
  const file = source.file;
  const lang: Language = opts.lang;
  const fixed = head.fixed ?? {};
  const noteText = head.notes.join('\n');
  let issuer: string | null = null;
  if (lang === 'zh') {
    for (const n of head.notes) if (/通过/.test(n) && (issuer = issuerFromChinese(n))) break;
  } else issuer = issuerFromEnglish(noteText);
  if (fixed.issuer !== undefined) issuer = fixed.issuer;
  const kind = fixed.kind !== undefined ? fixed.kind : inferKind({ title: head.title, issuer, file });
  if (lang === 'zh' && !hasArticleLabels(lines, from, to)) {
    // Only a text of a known kind is a regulation numbered so: a guide's 1. 2. are its points.
    const style = AMENDMENT_TITLE.test(head.title) ? 'chinese' : AMENDING_DECISION.test(head.title) || kind === null ? null : itemArticleStyle(lines, from, to);
    if (style) opts = { ...opts, itemArticles: style === 'chinese' ? true : style };
  }
  const builder = new StructureBuilder(file, source.eager ? {} : { lazy: new BodySource(source, opts) });
  prepare?.(builder);
  walkBody(lines, from, to, builder, opts);
  const { divisions, articles } = builder.finish();
  const dates = statedDates(datedEvents(noteText));
  let effective = dates.effective;
  if (!effective) {
    for (let i = articles.length - 1; i >= 0 && i >= articles.length - 15; i--) {
      const a = articles[i];
      if (a instanceof LazyArticle && !EFFECTIVE_WORDS.test(a.rawText)) continue; // its body need not be read
      const d = effectiveDateInArticle(articles[i].text);
      if (d) {
        effective = d;
        break;
      }
      if (dates.published && /自公布之日起(?:施行|生效)/.test(articles[i].text)) {
        effective = dates.published;
        break;
      }
    }
  }
  const reg: Regulation = {
    title: head.title,
    shortTitles: fixed.shortTitles ?? deriveShortTitles(head.title),
    issuer,
    kind,
    adopted: fixed.adopted !== undefined ? fixed.adopted : dates.adopted,
    effective: fixed.effective !== undefined ? fixed.effective : effective,
    amended: fixed.amended !== undefined ? fixed.amended : dates.amended,
    lang,
    translationOf: fixed.translationOf ?? null,
    files: [file],
    titleLocation: head.titleLocation,
    notes: head.notes,
    divisions,
    articles,
  };
  if (fixed.version) reg.version = fixed.version;
  if (fixed.repealed) reg.repealed = { date: fixed.repealed.date, successor: fixed.repealed.successor };
  if (articles.length === 0) {
    const text = plainParagraphs(lines, from, to);
    if (text.length) reg.plainText = text;
  }
  if (articles.length === 0 && !keepsWithoutArticles(reg)) warnings.push({ file, line: 0, message: `no articles (第…条) found in ${reg.title} / 未找到条文` });
  checkNumbering(reg, file, warnings);
  return reg;
}

/** The non-empty lines of a body with no articles, trimmed (Markdown comments and heading marks left out). */
function plainParagraphs(lines: string[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i].replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (t && !/^<!--.*-->$/.test(t)) out.push(t.replace(/^#+\s*/, ''));
  }
  return out;
}

/**
 * Rule: a text without articles is still a text of the corpus — cited by its title (《刑法修正案（十）》, a 决定, a
 * 解答), shown in full on hover — when it has a body and its kind (效力级别) is known from its front matter, folder,
 * title or issuer. Anything else without articles (a README, notes) is no regulation and is skipped with its reason.
 */
export function keepsWithoutArticles(reg: Regulation): boolean {
  return reg.articles.length === 0 && !!reg.plainText?.length && reg.kind !== null;
}

/** Warn about gaps, repeats and restarts in article numbers (the text is kept as it is). */
function checkNumbering(reg: Regulation, file: string, warnings: ParseWarning[]): void {
  let prev = 0;
  for (const a of reg.articles) {
    if (a.insert) continue;
    if (a.number !== prev + 1 && !(prev === 0 && reg.articles[0] === a)) {
      warnings.push({
        file,
        line: a.labelLocation.range.start.line,
        message: `article numbering: ${a.label} follows article ${prev} / 条文编号不连续`,
      });
    }
    prev = a.number;
  }
}
