// Hover on a citation, made for reading Chinese: the article under the pointer with the cited 款/项 first, the other
// articles a list or range cites as one line of links, the version; candidates for an ambiguous title; the reason
// and the nearest candidates for one that does not resolve.
import type { Hover, MarkupContent, Position } from 'vscode-languageserver';
import { statusOf } from '../core/citations/problems';
import { messages } from '../core/citations/messages';
import type { Binding, Citation } from '../core/citations/types';
import { traceArticle } from '../core/corpus/crosswalk';
import { versionTextDate } from '../core/corpus/versions';
import { articleLabel } from '../core/labels';
import { type AnalysisEntry, citationAt, contains } from '../service/analysisCache';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { citedLabel, type Emphasis, firstWords, provisionName, renderArticle, renderRegulation } from './articleView';
import { escapeInline, escapeMarkdown } from './markdown';
import { t } from './messages';
import { articleBindings, articleBindingsAt, articlesInDivision, toLocation } from './resolve';
import { findArticle, type SourceLocation } from '../core/model';

export function hover(ws: ServiceContext, doc: SourceDocument, position: Position): Hover | null {
  const entry = ws.analysis(doc);
  const citation = citationAt(entry, position);
  if (!citation) return shortTitleHover(ws, entry, position);
  const value = citationMarkdown(ws, entry, citation, position);
  if (!value) return null;
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range: citation.range };
}

/**
 * The hover of a citation. Resolved: the article under the pointer (in a list or range; else the first) in full,
 * the cited 款/项 first, then the other articles cited as one line of links. Unresolved: the reason, once, and the
 * nearest candidates.
 */
export function citationMarkdown(ws: ServiceContext, entry: AnalysisEntry, citation: Citation, position?: Position): string | null {
  const lang = ws.lang;
  const sections: string[] = [];
  switch (citation.status) {
    case 'resolved':
    case 'self': {
      const articles = position ? articleBindingsAt(citation, position) : articleBindings(citation);
      const focus = articles[0];
      if (focus) {
        // Every 款/项 cited of the article under the pointer is shown with it; the other articles are links.
        const same = articles.filter((b) => b.article === focus.article);
        sections.push(renderArticle(ws.index, focus.regulation, focus.article, emphasisOf(same), lang, { translation: ws.hoverTranslation }));
        const others = alsoCitedLine(focus, articles.filter((b) => b.article !== focus.article), lang);
        if (others) sections.push(others);
      }
      if (articles.length === 0) {
        for (const r of citation.bindings) {
          if (!r.regulation) continue;
          const labels = r.division ? articlesInDivision(r.regulation, r.division).map((a) => a.label) : undefined;
          sections.push(renderRegulation(r.regulation, lang, labels));
        }
      }
      const versioned = focus?.version ? focus : citation.bindings.find((b) => b.version);
      if (versioned) sections.push(...versionSections(versioned, lang));
      break;
    }
    case 'ambiguous': {
      // The message names the candidates; a list only when it does not.
      const msg = messageFor(citation, lang);
      sections.push(`**${escapeMarkdown(msg ?? t('candidates', lang))}**`);
      if (!msg) sections.push(list(citation.candidates ?? citation.targets.map((x) => x.regulation ?? '')));
      break;
    }
    default: {
      if (citation.status === 'unknown-regulation' && ws.corpus.indexing) {
        // Not "missing": the folder that has it may still be loading.
        const { done, total } = ws.corpus.progress ?? { done: 0, total: 0 };
        const written = citation.problems.find((p) => p.code === 'unknown-regulation')?.args.written ?? citation.titleText ?? '';
        sections.push(escapeMarkdown(t('stillLoading', lang, { done, total, title: `《${String(written)}》` })));
        break;
      }
      // The reason, once: the problem's own message (the generic words only when there is none).
      const msg = messageFor(citation, lang) ?? (citation.status === 'no-context' ? t('noContext', lang) : t('unknown', lang));
      sections.push(`**${escapeMarkdown(msg)}**`);
      // Why it is not in the corpus, when the corpus knows: a later law repealed it.
      const repealed = citation.problems.find((p) => p.code === 'repealed');
      if (repealed) sections.push(`**${escapeMarkdown(repealed.message[lang])}**`);
      const near = nearestSection(ws, citation, lang);
      if (near) sections.push(near);
      else if (citation.candidates && citation.candidates.length && citation.status !== 'no-context') {
        // The first suggestion is named in the message already; the list gives them all to pick from.
        const more = citation.candidates.filter((c) => !msg.includes(c));
        if (more.length || citation.candidates.length > 1) sections.push(`${escapeMarkdown(t('suggestions', lang))}\n\n${list(citation.candidates)}`);
      }
    }
  }
  const value = sections.filter(Boolean).join('\n\n---\n\n');
  return value || null;
}

/** Which 款/项 of the article to put first, named as the citation names them (第七条第一款、第二款). */
export function emphasisOf(same: Binding[]): Emphasis {
  const parts = same.map((b) => ({ paragraph: b.paragraph?.number ?? b.target.paragraph, item: b.item?.number ?? b.target.item }));
  const article = same[0]?.article;
  if (!article) return { paragraph: null, item: null };
  const whole = provisionName(article, null, null);
  const names = same
    .map((b) => b.target)
    .filter((t) => t.paragraph !== null || t.item !== null)
    .map((t, i) => {
      const name = provisionName(article, t.paragraph, t.item);
      return i > 0 && name.startsWith(whole) ? name.slice(whole.length) : name;
    })
    .filter((n, i, all) => all.indexOf(n) === i);
  const english = !whole.startsWith('第');
  return { ...parts[0], label: names.length ? names.join(english ? ', ' : '、') : undefined, more: parts.slice(1) };
}

/** 另有：第九条、第十条…: the other provisions a list or range cites, each a link to its text. */
function alsoCitedLine(first: Binding, others: Binding[], lang: 'zh' | 'en'): string {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const b of others) {
    if (!b.article) continue;
    const label = citedLabel(b.article, emphasisOf([b]));
    if (seen.has(label)) continue;
    seen.add(label);
    links.push(b.location ? link(label, b.location) : escapeMarkdown(label));
  }
  if (!links.length) return '';
  const articles = new Set([first, ...others].map((b) => b.article));
  const count = lang === 'zh' ? `（${t('articlesInRange', lang, { n: articles.size })}）` : ` (${t('articlesInRange', lang, { n: articles.size })})`;
  return `${escapeMarkdown(t('alsoCited', lang))}${links.join(lang === 'zh' ? '、' : ', ')}${escapeMarkdown(count)}`;
}

/** A Markdown link to a place of a file (VS Code opens file links at #L<line>,<column>). */
function link(label: string, loc: SourceLocation): string {
  const { uri, range } = toLocation(loc);
  const target = `${uri}#L${range.start.line + 1},${range.start.character + 1}`.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(label)}](${target})`;
}

/** For a missing article: the nearest existing ones (the citation's fixes), each with its first words. */
function nearestSection(ws: ServiceContext, citation: Citation, lang: 'zh' | 'en'): string {
  const rows: string[] = [];
  const bare = citation.status === 'no-context';
  for (const p of citation.problems) {
    for (const f of p.fixes) {
      const c = f.cites;
      if (!c) continue;
      // The version the citation was read in (its binding), else the regulation in force.
      const b = citation.bindings.find((x) => x.regulation && (c.regulation === null ? x.self : x.law?.title === c.regulation || x.regulation.title === c.regulation));
      const reg = b?.regulation ?? (c.regulation ? ws.index.regulation(c.regulation) : undefined);
      const article = reg ? findArticle(reg, c.article, c.insert) : undefined;
      // A bare 第X条 is offered as the citation it would become (《条例》第六条).
      const label = bare ? f.newText : articleLabel(c.article, c.insert);
      const head = article ? link(label, article.labelLocation) : escapeMarkdown(label);
      rows.push(`- ${head}${article ? ` ${escapeInline(firstWords(article, 30))}` : ''}`);
    }
  }
  return rows.length ? `${escapeMarkdown(t(bare ? 'namedRegulations' : 'nearestArticles', lang))}\n\n${rows.join('\n')}` : '';
}

/**
 * Which version the citation is read in and why; with an article, its number in each other version (found by the
 * crosswalk, by text).
 */
function versionSections(b: Binding, lang: 'zh' | 'en'): string[] {
  const out = [`*${escapeMarkdown(messages.versionChoice(b.version!)[lang])}*`];
  if (!b.law || !b.regulation || !b.article || b.law.versions.indexOf(b.regulation) < 0) return out;
  const rows = b.law.versions.map((v) => {
    const date = versionTextDate(v) ?? '—';
    const a = v === b.regulation ? b.article : traceArticle(b.law!.versions, b.regulation!, v, b.article!).article;
    const where = a ? articleLabel(a.number, a.insert) : lang === 'zh' ? '无对应条文' : 'no counterpart';
    return `- ${v === b.regulation ? '▶ ' : ''}${date}: ${where}`;
  });
  out.push(`${escapeMarkdown(lang === 'zh' ? '各版本中的本条：' : 'This article in each version:')}\n\n${rows.join('\n')}`);
  return out;
}

function list(items: string[]): string {
  return items.filter(Boolean).slice(0, 10).map((s) => `- ${escapeInline(`《${s}》`)}`).join('\n');
}

/** The message of the problem that gives a citation its status. */
function messageFor(citation: Citation, lang: 'zh' | 'en'): string | undefined {
  return citation.problems.find((p) => statusOf([p], false) === citation.status)?.message[lang];
}

/** On a short title where the document defines it (以下简称《生态条例》): what it stands for. */
function shortTitleHover(ws: ServiceContext, entry: AnalysisEntry, position: Position): Hover | null {
  const def = entry.analysis.shortTitles.find((d) => contains(d.range, position));
  if (!def) return null;
  const reg = ws.index.regulation(def.regulation);
  const lines = [`${escapeMarkdown(`《${def.shortTitle}》`)} ${escapeMarkdown(t('shortTitleOf', ws.lang))} ${escapeMarkdown(`《${def.regulation}》`)}`];
  if (reg) lines.push(renderRegulation(reg, ws.lang, []));
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: def.range };
}
