// An article as escaped Markdown for reading Chinese: 《title》 and chapter path, the cited 款/项 first under its label
// (第三十一条第二款) and the rest of the article after it, the translation when asked for (below, or side by side),
// then the kind and dates as people write them (2023年7月31日通过，2023年9月1日起施行).
import type { Article, Item, Paragraph, Regulation } from '../core/model';
import { divisionPath, kindNamesEn, kindWords } from '../core/model';
import { bracketTitle } from '../core/citations/messages';
import { articleLabel, provisionLabel, writtenDate } from '../core/labels';
import type { CorpusIndex } from '../service/corpusIndex';
import type { HoverTranslation, MessageLanguage } from '../service/settings';
import { escapeInline, escapeMarkdown, strong } from './markdown';
import { t } from './messages';

export interface Emphasis {
  paragraph: number | null;
  item: number | null;
  /** How the citation names the part (第四条第（二）项 for an item cited without its 款); else made from the numbers. */
  label?: string;
  /** Other 款/项 of the same article the citation names (前两款, 第一款、第三款), shown with the first. */
  more?: { paragraph: number | null; item: number | null }[];
}

export function divisionTrail(article: Article): string[] {
  // An unnumbered division's label is its heading (附则): named once.
  return divisionPath(article.division).map((d) => (d.heading && d.heading !== d.label ? `${d.label} ${d.heading}` : d.label || d.heading));
}

/** The kind (效力级别) and dates: "地方性法规 · 2023年7月31日通过，2023年9月1日起施行" (escaped). */
export function datesLine(reg: Regulation, lang: MessageLanguage): string {
  const kind = reg.kind ? (lang === 'zh' ? kindWords[reg.kind] : kindNamesEn[reg.kind].replace(/^./, (c) => c.toUpperCase())) : '';
  const dates: string[] = [];
  if (reg.adopted) dates.push(lang === 'zh' ? `${writtenDate(reg.adopted, lang)}${t('adopted', lang)}` : `${t('adopted', lang)} ${writtenDate(reg.adopted, lang)}`);
  // The dates the text states, each for what it is: an amendment is not when the law took effect (刑法: in force
  // since 1997年10月1日, last amended 2023年12月29日 by a 修正案 that itself took effect later). When a version
  // of a law with several applied is the version line's to say.
  const amended = reg.amended && (!reg.effective || reg.amended > reg.effective) ? reg.amended : null;
  const effective = reg.effective ?? null;
  if (effective) dates.push(lang === 'zh' ? `${writtenDate(effective, lang)}${t('effective', lang)}` : `${t('effective', lang)} ${writtenDate(effective, lang)}`);
  if (amended) dates.push(lang === 'zh' ? `${writtenDate(amended, lang)}${t('amended', lang)}` : `${t('amended', lang)} ${writtenDate(amended, lang)}`);
  const when = dates.join(lang === 'zh' ? '，' : ', ');
  return escapeMarkdown([kind, when].filter(Boolean).join(' · '));
}

/** A line holding items inside it ("…：（一）甲；（二）乙。") cut before each item, so each item is a line of its own. */
function splitInlineItems(line: string, items: Item[]): string[] {
  const out: string[] = [];
  let rest = line;
  for (const it of items) {
    const at = it.text ? rest.indexOf(it.label + it.text, 1) : -1;
    if (at <= 0) continue;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** The lines of a paragraph: its text, then its items when the text does not already hold them. */
function paragraphLines(p: Paragraph, article: Article, first: boolean): { text: string; item: Item | null }[] {
  const lines: { text: string; item: Item | null }[] = [];
  const body = p.text.split('\n').filter((l) => l.trim() !== '').flatMap((l) => splitInlineItems(l, p.items));
  for (const [i, l] of body.entries()) {
    const item = p.items.find((it) => l.trim().startsWith(it.label) || (it.text && l.includes(it.text))) ?? null;
    lines.push({ text: first && i === 0 && !l.startsWith(article.label) ? `${article.label} ${l}` : l, item });
  }
  for (const it of p.items) {
    if (!lines.some((x) => x.item === it)) lines.push({ text: `${it.label}${it.text}`, item: it });
  }
  if (lines.length === 0 && first) lines.push({ text: article.label, item: null });
  return lines;
}

/** Article text as Markdown lines (each 款/项 on its own line), cited parts bold. */
export function articleBody(article: Article, emphasis: Emphasis): string[] {
  if (article.paragraphs.length === 0) return article.text.split('\n').map((l) => escapeMarkdown(l));
  const out: string[] = [];
  article.paragraphs.forEach((p, i) => {
    const cited = emphasis.paragraph === p.number;
    for (const line of paragraphLines(p, article, i === 0)) {
      const esc = escapeMarkdown(line.text);
      const bold = cited && (emphasis.item === null || line.item?.number === emphasis.item);
      out.push(bold ? strong(esc) : esc);
    }
  });
  return out;
}

/** 《title》 and the article's chapter path, on one line. */
function titleLine(reg: Regulation, article: Article | null): string {
  const title = `**${escapeMarkdown(bracketed(reg))}**`;
  const trail = article ? divisionTrail(article) : [];
  return trail.length ? `${title} ${escapeMarkdown(trail.join(' › '))}` : title;
}

/** A regulation's title as a citation writes it: in 《》 for a Chinese title, as it is for an English one. */
export function bracketed(reg: Regulation): string {
  return reg.lang === 'zh' ? bracketTitle(reg.title) : reg.title;
}

function header(reg: Regulation, article: Article | null, lang: MessageLanguage): string[] {
  const out = [titleLine(reg, article)];
  const dates = datesLine(reg, lang);
  if (dates) out.push(`*${dates}*`);
  return out;
}

/** A provision named in its article's language: 第六条第二款第（三）项, or Article 6(2)(3) in an English text. */
export function provisionName(article: Article, paragraph: number | null, item: number | null): string {
  if (article.label && !article.label.startsWith('第')) {
    return `Article ${article.number}${article.insert ? `-${article.insert}` : ''}${paragraph ? `(${paragraph})` : ''}${item ? `(${item})` : ''}`;
  }
  return provisionLabel({ article: article.number, insert: article.insert, paragraph, item });
}

/** What a cited part is called: 第六条第二款, 第四条第（二）项 (its article's label when nothing below it is cited). */
export function citedLabel(article: Article, emphasis: Emphasis): string {
  return emphasis.label ?? provisionName(article, emphasis.paragraph, emphasis.item);
}

/**
 * The article with the cited 款/项 first, under its label (第三十一条第二款), then the rest of the article with the
 * cited part's place marked; the whole article when nothing below it is cited. Chinese text wraps at the hover's
 * full width: no tables, each 款/项 a paragraph of its own.
 */
export function citedFirst(article: Article, emphasis: Emphasis, lang: MessageLanguage): string {
  const parts = [emphasis, ...(emphasis.more ?? [])].filter((e) => e.paragraph !== null || e.item !== null);
  if (!parts.length || article.paragraphs.length === 0) return articleBody(article, emphasis).join('\n\n');
  const cited: string[] = [];
  const rest: string[] = [];
  const label = citedLabel(article, emphasis);
  let marked = false;
  article.paragraphs.forEach((p, i) => {
    const here = parts.filter((e) => (e.paragraph === null ? p.items.some((it) => it.number === e.item) : e.paragraph === p.number));
    for (const line of paragraphLines(p, article, i === 0)) {
      const isCited = here.some((e) => e.item === null || line.item?.number === e.item);
      if (!isCited) {
        rest.push(escapeMarkdown(line.text));
        continue;
      }
      // Under its own label the cited text does not repeat the article's.
      const text = line.text.startsWith(article.label) ? line.text.slice(article.label.length).trimStart() : line.text;
      cited.push(escapeMarkdown(text));
      if (!marked) rest.push(`*${escapeMarkdown(t('citedAbove', lang, { label: partLabel(article, label) }))}*`);
      marked = true;
    }
  });
  if (!cited.length) return articleBody(article, emphasis).join('\n\n');
  const out = [`**${escapeMarkdown(label)}**`, ...cited];
  if (rest.some((l) => !l.startsWith('*'))) out.push(`*${escapeMarkdown(t('restOfArticle', lang, { article: provisionName(article, null, null) }))}*`, ...rest);
  return out.join('\n\n');
}

/** 第二款 of 第六条第二款 (the whole label when it is not the article's followed by more). */
function partLabel(article: Article, label: string): string {
  const a = provisionName(article, null, null);
  return label.startsWith(a) && label.length > a.length ? label.slice(a.length) : label;
}

export interface RenderOptions {
  withHeader?: boolean;
  /** false: never the translation (completion details). */
  allowTranslation?: boolean;
  /** Where the translation goes; default below. */
  translation?: HoverTranslation;
}

/**
 * Markdown of one article: 《title》 and chapter, the text (the cited 款/项 first), the translation when asked for
 * (below the text, or side by side in a table), then the kind and dates.
 */
export function renderArticle(
  index: CorpusIndex,
  reg: Regulation,
  article: Article,
  emphasis: Emphasis,
  lang: MessageLanguage,
  options: RenderOptions = {},
): string {
  const withHeader = options.withHeader ?? true;
  const layout: HoverTranslation = options.allowTranslation === false ? 'off' : options.translation ?? 'below';
  const pair = layout === 'off' ? null : translationPair(index, reg, article);
  const parts: string[] = [];
  if (withHeader) parts.push(titleLine(reg, article));
  if (pair && layout === 'side') {
    parts.push(sideBySide(pair.zh, pair.en, emphasis, lang));
  } else {
    parts.push(citedFirst(article, emphasis, lang));
    if (pair) {
      const other = pair.zh === article ? pair.en : pair.zh;
      parts.push(`*${escapeMarkdown(t(other === pair.en ? 'translation' : 'original', lang))}*`, articleBody(other, emphasis).join('\n\n'));
    }
  }
  if (withHeader) {
    const dates = datesLine(reg, lang);
    if (dates) parts.push(`*${dates}*`);
  }
  return parts.join('\n\n');
}

interface Pair {
  zh: Article;
  en: Article;
}

/** The Chinese and English texts of the same article when one is a translation of the other. */
export function translationPair(index: CorpusIndex, reg: Regulation, article: Article): Pair | null {
  if (reg.translationOf) {
    const original = index.regulation(reg.translationOf);
    const zh = original?.articles.find((a) => a.number === article.number && a.insert === article.insert);
    return zh ? { zh, en: article } : null;
  }
  const tr = index.translations.get(reg.title)?.find((r) => r.lang !== reg.lang);
  const en = tr?.articles.find((a) => a.number === article.number && a.insert === article.insert);
  return en ? { zh: article, en } : null;
}

function sideBySide(zh: Article, en: Article, emphasis: Emphasis, lang: MessageLanguage): string {
  const left = articleBody(zh, emphasis);
  const right = articleBody(en, emphasis);
  const rows = [`| ${t('original', lang)} | ${t('translation', lang)} |`, '| --- | --- |'];
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) rows.push(`| ${cell(left[i])} | ${cell(right[i])} |`);
  return rows.join('\n');
}

function cell(md: string | undefined): string {
  return md ? md.replace(/\n/g, ' ') : ' ';
}

/** A one-line summary of a regulation (for a citation of a whole regulation or a division). */
export function renderRegulation(reg: Regulation, lang: MessageLanguage, articleLabels?: string[]): string {
  const parts = [header(reg, null, lang).join('  \n')];
  if (articleLabels && articleLabels.length) parts.push(escapeInline(articleLabels.join(lang === 'zh' ? '、' : ', ')));
  else if (reg.divisions.length) parts.push(reg.divisions.map((d) => `- ${escapeInline(`${d.label} ${d.heading}`)}`).join('\n'));
  else if (reg.plainText?.length) parts.push(plainTextExcerpt(reg.plainText, lang));
  return parts.join('\n\n');
}

/** The text of a regulation without articles, its first paragraphs up to `max` characters, then how many are left. */
export function plainTextExcerpt(paragraphs: readonly string[], lang: MessageLanguage, max = 1200): string {
  const shown: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (shown.length && used + p.length > max) break;
    shown.push(escapeInline(p.length > max ? p.slice(0, max) + '…' : p));
    used += p.length;
  }
  const left = paragraphs.length - shown.length;
  const head = lang === 'zh' ? '*不分条*' : '*No numbered articles*';
  const tail = left ? [lang === 'zh' ? `*（另有 ${left} 段）*` : `*(${left} more paragraphs)*`] : [];
  return [head, ...shown, ...tail].join('\n\n');
}

/** First words of an article (label stripped), for completion detail and search snippets. */
export function firstWords(article: Article, max = 40): string {
  const first = article.paragraphs[0]?.text ?? article.text;
  const text = first.replace(article.label, '').replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max) + '…' : text;
}

