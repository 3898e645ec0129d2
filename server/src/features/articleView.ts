// An article as escaped Markdown: regulation title, chapter/section path, the full text with the cited 款/项 in
// bold, dates; and for a regulation with a translation, Chinese and English side by side.
import type { Article, Item, Paragraph, Regulation } from '../core/model';
import { divisionPath, kindNamesEn, kindWords } from '../core/model';
import { versionDate } from '../core/corpus/versions';
import type { CorpusIndex } from '../service/corpusIndex';
import type { MessageLanguage } from '../service/settings';
import { escapeInline, escapeMarkdown, strong } from './markdown';
import { t } from './messages';

export interface Emphasis {
  paragraph: number | null;
  item: number | null;
}

export function divisionTrail(article: Article): string[] {
  return divisionPath(article.division).map((d) => (d.heading ? `${d.label} ${d.heading}` : d.label));
}

/** The kind (效力级别) and dates: "法律；通过 1979-07-01；施行 1997-10-01". */
export function datesLine(reg: Regulation, lang: MessageLanguage): string {
  const parts: string[] = [];
  if (reg.kind) parts.push(lang === 'zh' ? kindWords[reg.kind] : kindNamesEn[reg.kind].replace(/^./, (c) => c.toUpperCase()));
  if (reg.adopted) parts.push(`${t('adopted', lang)} ${reg.adopted}`);
  // An amended text took effect with its amendment, not on the date its closing article still names.
  const effective = reg.effective || reg.amended ? versionDate(reg) : null;
  if (effective) parts.push(`${t('effective', lang)} ${effective}`);
  return escapeMarkdown(parts.join(lang === 'zh' ? '；' : '; '));
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

function header(reg: Regulation, article: Article | null, lang: MessageLanguage): string[] {
  const out = [`**${escapeMarkdown(reg.title)}**`];
  if (article) {
    const trail = divisionTrail(article);
    if (trail.length) out.push(escapeMarkdown(trail.join(' › ')));
  }
  const dates = datesLine(reg, lang);
  if (dates) out.push(`*${dates}*`);
  return out;
}

/** Markdown of one article with its regulation, path and dates (and the translation beside it when there is one). */
export function renderArticle(
  index: CorpusIndex,
  reg: Regulation,
  article: Article,
  emphasis: Emphasis,
  lang: MessageLanguage,
  options: { withHeader?: boolean; allowTranslation?: boolean } = {},
): string {
  const withHeader = options.withHeader ?? true;
  const pair = options.allowTranslation === false ? null : translationPair(index, reg, article);
  const parts: string[] = [];
  if (withHeader) parts.push(header(reg, article, lang).join('  \n'));
  if (pair) {
    parts.push(sideBySide(pair.zh, pair.en, emphasis, lang));
  } else {
    parts.push(articleBody(article, emphasis).join('\n\n'));
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
  return parts.join('\n\n');
}

/** First words of an article (label stripped), for completion detail and search snippets. */
export function firstWords(article: Article, max = 40): string {
  const first = article.paragraphs[0]?.text ?? article.text;
  const text = first.replace(article.label, '').replace(/\s+/g, ' ').trim();
  return text.length > max ? text.slice(0, max) + '…' : text;
}

