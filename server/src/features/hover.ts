// Hover on a citation: the cited article(s) with regulation, path, dates and the cited 款/项 in bold; candidates for
// an ambiguous title; the reason and suggestions for one that does not resolve.
import type { Hover, MarkupContent, Position } from 'vscode-languageserver';
import { statusOf } from '../core/citations/problems';
import { messages } from '../core/citations/messages';
import type { Binding, Citation, Problem } from '../core/citations/types';
import { lawRepeal } from '../core/corpus/lawStatus';
import { versionFacts, versionTextDate } from '../core/corpus/versions';
import { articleInEachVersion } from '../core/query/compareVersions';
import { articleLabel } from '../core/labels';
import { type AnalysisEntry, citationAt, contains } from '../service/analysisCache';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { renderArticle, renderRegulation } from './articleView';
import { escapeInline, escapeMarkdown } from './markdown';
import { t } from './messages';
import { articleBindings, articlesInDivision } from './resolve';
import { termHover } from './terms';

/** Ranges longer than this show the first articles in full and count the rest. */
export const MAX_ARTICLES_IN_HOVER = 4;

export function hover(ws: ServiceContext, doc: SourceDocument, position: Position): Hover | null {
  const entry = ws.analysis(doc);
  const citation = citationAt(entry, position);
  if (!citation) return quotationHover(ws, entry, doc, position) ?? shortTitleHover(ws, entry, position) ?? termHover(entry, position, ws.lang);
  const value = citationMarkdown(ws, entry, citation, doc, position);
  if (!value) return null;
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range: citation.range };
}

export function citationMarkdown(ws: ServiceContext, entry: AnalysisEntry, citation: Citation, doc: SourceDocument, position: Position): string | null {
  const lang = ws.lang;
  const sections: string[] = [];
  switch (citation.status) {
    case 'resolved':
    case 'self': {
      const articles = articleBindings(citation);
      if (articles.length > 1) sections.push(`*${escapeMarkdown(t('articlesInRange', lang, { n: articles.length }))}*`);
      for (const r of articles.slice(0, MAX_ARTICLES_IN_HOVER)) {
        sections.push(
          renderArticle(ws.index, r.regulation, r.article, { paragraph: r.paragraph?.number ?? r.target.paragraph, item: r.item?.number ?? r.target.item }, lang, {
            withHeader: r === articles[0] || r.regulation !== articles[0].regulation,
          }),
        );
      }
      if (articles.length > MAX_ARTICLES_IN_HOVER) {
        const rest = articles.slice(MAX_ARTICLES_IN_HOVER).map((r) => r.article.label);
        sections.push(`*${escapeMarkdown(t('articlesMore', lang, { n: rest.length }))}*: ${escapeInline(rest.join('、'))}`);
      }
      if (articles.length === 0) {
        for (const r of citation.bindings) {
          if (!r.regulation) continue;
          const labels = r.division ? articlesInDivision(r.regulation, r.division).map((a) => a.label) : undefined;
          sections.push(renderRegulation(r.regulation, lang, labels));
        }
      }
      const versioned = citation.bindings.find((b) => b.version);
      if (versioned) sections.push(...versionSections(ws, doc, position, versioned, lang));
      const status = repealSection(ws, entry, citation, lang);
      if (status) sections.push(status);
      const quote = citation.problems.find((p) => p.code === 'quote-mismatch');
      if (quote) sections.splice(0, 0, quoteSection(quote, lang));
      break;
    }
    case 'ambiguous': {
      sections.push(escapeMarkdown(messageFor(citation, lang) ?? t('candidates', lang)));
      sections.push(`${escapeMarkdown(t('candidates', lang))}\n\n${list(citation.candidates ?? citation.targets.map((x) => x.regulation ?? ''))}`);
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
      sections.push(`**${escapeMarkdown(t('unknown', lang))}**`);
      const msg = messageFor(citation, lang);
      if (msg) sections.push(escapeMarkdown(msg));
      else if (citation.status === 'no-context') sections.push(escapeMarkdown(t('noContext', lang)));
      // Why it is not in the corpus, when the corpus knows: a later law repealed it.
      const repealed = citation.problems.find((p) => p.code === 'repealed');
      if (repealed) sections.push(`**${escapeMarkdown(repealed.message[lang])}**`);
      if (citation.candidates && citation.candidates.length) {
        sections.push(`${escapeMarkdown(t('suggestions', lang))}\n\n${list(citation.candidates)}`);
      }
    }
  }
  const value = sections.filter(Boolean).join('\n\n---\n\n');
  return value || null;
}

/**
 * Which version the citation is read in and why; with an article, every version with its dates (when it took
 * effect, until when) and the article's number in it (found by the crosswalk, by text). For a client that runs
 * command links (the VS Code extension says so when it starts), each other version links to 比较版本 / Compare
 * Versions with it, and one link compares with the default pair.
 */
function versionSections(ws: ServiceContext, doc: SourceDocument, position: Position, b: Binding, lang: 'zh' | 'en'): string[] {
  const out = [`*${escapeMarkdown(messages.versionChoice(b.version!)[lang])}*`];
  if (!b.law || !b.regulation || !b.article || b.law.versions.indexOf(b.regulation) < 0) return out;
  const each = articleInEachVersion(b.law, b.regulation, b.article);
  const link = (label: string, args: Record<string, string>) =>
    `[${escapeInline(label)}](command:lawcite.compareVersions?${encodeURIComponent(JSON.stringify([{ uri: doc.uri, position, ...args }]))})`;
  const rows = b.law.versions.map((v, i) => {
    const f = versionFacts(b.law!.versions, v);
    const span = lang === 'zh' ? `（${f.effective ?? '—'} 起施行${f.until ? `，至 ${f.until}` : '，现行'}）` : ` (in force ${f.effective ?? '—'} to ${f.until ?? 'today'})`;
    const a = each[i];
    const where = a ? articleLabel(a.number, a.insert) : lang === 'zh' ? '无对应条文' : 'no counterpart';
    const current = v === b.regulation;
    const cited = versionTextDate(b.regulation!);
    // The older version on the left.
    const pair = i < b.law!.versions.indexOf(b.regulation!) ? { from: f.text ?? '', to: cited ?? '' } : { from: cited ?? '', to: f.text ?? '' };
    const compare = ws.commandLinks && !current && f.text && cited ? ` · ${link(lang === 'zh' ? '比较' : 'compare', pair)}` : '';
    return `- ${current ? '▶ ' : ''}${escapeInline(`${f.text ?? '—'}${span}`)}: ${where}${compare}`;
  });
  out.push(`${escapeMarkdown(lang === 'zh' ? '各版本中的本条：' : 'This article in each version:')}\n\n${rows.join('\n')}`);
  if (ws.commandLinks) out.push(link(lang === 'zh' ? '比较版本' : 'Compare Versions', {}));
  return out;
}

/**
 * A repealed law: the warning's words when the citation has one (date, repealing law, successor and, when found,
 * the article to cite instead); for a document older than the repeal, that the law was in force then.
 */
function repealSection(ws: ServiceContext, entry: AnalysisEntry, citation: Citation, lang: 'zh' | 'en'): string | null {
  const problem = citation.problems.find((p) => p.code === 'repealed');
  if (problem) return `**${escapeMarkdown(problem.message[lang])}**`;
  const law = citation.bindings.find((b) => b.law && !b.self)?.law;
  const date = entry.analysis.documentDate;
  if (!law || !date) return null;
  const repeal = lawRepeal(ws.index.corpus, law);
  return repeal ? `*${escapeMarkdown(messages.repealedSince(law.title, repeal, date)[lang])}*` : null;
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

/**
 * The quotation's difference from the cited text, in full: what the text has and the quotation lacks struck
 * through, what the quotation adds in bold (the engine's diff, `[-…-]{+…+}`).
 */
function quoteSection(p: Problem, lang: 'zh' | 'en'): string {
  const diff = String(p.args.diff ?? '');
  const rendered = diff
    .split(/(\[-[\s\S]*?-\]|\{\+[\s\S]*?\+\})/)
    .map((piece) => {
      if (piece.startsWith('[-') && piece.endsWith('-]')) return `~~${escapeInline(piece.slice(2, -2))}~~`;
      if (piece.startsWith('{+') && piece.endsWith('+}')) return `**${escapeInline(piece.slice(2, -2))}**`;
      return escapeInline(piece);
    })
    .join('');
  const legend = lang === 'zh' ? '删除线：原文有而引文无；粗体：引文所加' : 'struck through: in the text, not in the quotation; bold: added by the quotation';
  return `**${escapeMarkdown(p.message[lang])}**${diff && p.args.kind !== 'unrelated' ? `\n\n${rendered}\n\n*${escapeMarkdown(legend)}*` : ''}`;
}

/** Inside a quotation that differs from the text its citation cites: the difference, then the cited article. */
function quotationHover(ws: ServiceContext, entry: AnalysisEntry, doc: SourceDocument, position: Position): Hover | null {
  for (const c of entry.analysis.citations) {
    const p = c.problems.find((x) => x.code === 'quote-mismatch' && x.range && contains(x.range, position));
    if (!p || !p.range) continue;
    const value = citationMarkdown(ws, entry, c, doc, position);
    return value ? { contents: { kind: 'markdown', value }, range: p.range } : null;
  }
  return null;
}
