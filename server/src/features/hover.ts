// Hover on a citation, made for reading Chinese: the article under the pointer with the cited 款/项 first, the other
// articles a list or range cites as one line of links, the version; candidates for an ambiguous title; the reason
// and the nearest candidates for one that does not resolve.
import type { Hover, MarkupContent, Position } from 'vscode-languageserver';
import { statusOf } from '../core/citations/problems';
import { enProvision, messages } from '../core/citations/messages';
import type { Binding, Citation, Problem } from '../core/citations/types';
import { lawRepeal } from '../core/corpus/lawStatus';
import { versionFacts, versionTextDate } from '../core/corpus/versions';
import { articleInEachVersion } from '../core/query/compareVersions';
import { articleLabel, writtenDate, writtenSpan } from '../core/labels';
import { type AnalysisEntry, citationAt, contains } from '../service/analysisCache';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { citedLabel, type Emphasis, firstWords, provisionName, renderArticle, renderRegulation } from './articleView';
import { escapeInline, escapeMarkdown } from './markdown';
import { t } from './messages';
import { articleBindings, articleBindingsAt, articlesInDivision, toLocation } from './resolve';
import { findArticle, type SourceLocation } from '../core/model';
import { termHover } from './terms';

export function hover(ws: ServiceContext, doc: SourceDocument, position: Position): Hover | null {
  const entry = ws.analysis(doc);
  const citation = citationAt(entry, position);
  if (!citation) return quotationHover(ws, entry, doc, position) ?? shortTitleHover(ws, entry, position) ?? termHover(entry, position, ws.lang);
  const value = citationMarkdown(ws, entry, citation, doc, position);
  if (!value) return null;
  const contents: MarkupContent = { kind: 'markdown', value };
  return { contents, range: citation.range };
}

/**
 * The hover of a citation. Resolved: the article under the pointer (in a list or range; else the first) in full,
 * the cited 款/项 first, then the other articles cited as one line of links. Unresolved: the reason, once, and the
 * nearest candidates.
 */
export function citationMarkdown(ws: ServiceContext, entry: AnalysisEntry, citation: Citation, doc: SourceDocument, position: Position): string | null {
  const lang = ws.lang;
  const sections: string[] = [];
  switch (citation.status) {
    case 'resolved':
    case 'self': {
      const articles = articleBindingsAt(citation, position);
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
      if (versioned) sections.push(...versionSections(ws, doc, position, versioned, lang));
      sections.push(...versionStatus(ws, entry, citation, lang));
      const status = repealSection(ws, entry, citation, lang);
      if (status) sections.push(status);
      const quote = citation.problems.find((p) => p.code === 'quote-mismatch');
      if (quote) sections.splice(0, 0, quoteSection(quote, lang));
      break;
    }
    case 'ambiguous': {
      // The message names the candidates; a list only when it does not.
      const reason = citation.problems.find((p) => statusOf([p], false) === citation.status);
      const msg = reason?.message[lang];
      // Said once: a client that shows the diagnostic in its hover has the message (it names the candidates).
      if (msg && reason && inClientHover(ws, entry, reason)) break;
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
      // The reason, once: the problem's own message (the generic words only when there is none); for a law not in
      // the corpus because a later law repealed it, the repeal (it names the repealing law and the successor).
      const repealed = citation.problems.find((p) => p.code === 'repealed');
      const reason = repealed ?? citation.problems.find((p) => statusOf([p], false) === citation.status);
      const msg = reason?.message[lang] ?? (citation.status === 'no-context' ? t('noContext', lang) : t('unknown', lang));
      // Said once: a client that shows the diagnostic in its hover (VS Code) has the reason already.
      if (!(reason && inClientHover(ws, entry, reason))) sections.push(`**${escapeMarkdown(msg)}**`);
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
    // Another law's provision (两法第三条: article 3 of each of two laws) is named with its law's title.
    const otherLaw = b.regulation && first.regulation && b.regulation.title !== first.regulation.title ? `《${b.regulation.title}》` : '';
    const label = otherLaw + citedLabel(b.article, emphasisOf([b]));
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
    const name = lang === 'zh' ? `${writtenDate(f.text ?? '—', lang)}版本（${writtenSpan(f.effective, f.until, lang)}）` : `Version of ${writtenDate(f.text ?? '—', lang)} (${writtenSpan(f.effective, f.until, lang)})`;
    const a = each[i];
    const where = a ? (lang === 'zh' ? articleLabel(a.number, a.insert) : enProvision({ article: a.number, insert: a.insert, paragraph: null, item: null })) : lang === 'zh' ? '无对应条文' : 'no counterpart';
    const current = v === b.regulation;
    const cited = versionTextDate(b.regulation!);
    // The older version on the left.
    const pair = i < b.law!.versions.indexOf(b.regulation!) ? { from: f.text ?? '', to: cited ?? '' } : { from: cited ?? '', to: f.text ?? '' };
    const compare = ws.commandLinks && !current && f.text && cited ? ` · ${link(lang === 'zh' ? '比较' : 'compare', pair)}` : '';
    return `- ${current ? '▶ ' : ''}${escapeInline(name)}${lang === 'zh' ? '：' : ': '}${where}${compare}`;
  });
  out.push(`${escapeMarkdown(lang === 'zh' ? '各版本中的本条：' : 'This article in each version:')}\n\n${rows.join('\n')}`);
  if (ws.commandLinks) out.push(link(lang === 'zh' ? '比较版本' : 'Compare Versions', {}));
  return out;
}

/** The version's status at the draft's date, as the diagnostics say it: not yet in force, superseded. */
function versionStatus(ws: ServiceContext, entry: AnalysisEntry, citation: Citation, lang: 'zh' | 'en'): string[] {
  return citation.problems
    .filter((p) => VERSION_STATUS.has(p.code) && !inClientHover(ws, entry, p))
    .map((p) => (p.severity === 'information' || p.severity === 'hint' ? `*${escapeMarkdown(p.message[lang])}*` : `**${escapeMarkdown(p.message[lang])}**`));
}
// article-renumbered is left out: the list of versions names the article's number in each.
const VERSION_STATUS = new Set(['not-yet-effective', 'superseded-version']);

/**
 * A repealed law: the warning's words when the citation has one (date, repealing law, successor and, when found,
 * the article to cite instead); for a document older than the repeal, that the law was in force then.
 */
function repealSection(ws: ServiceContext, entry: AnalysisEntry, citation: Citation, lang: 'zh' | 'en'): string | null {
  const problem = citation.problems.find((p) => p.code === 'repealed');
  if (problem) return inClientHover(ws, entry, problem) ? null : `**${escapeMarkdown(problem.message[lang])}**`;
  const law = citation.bindings.find((b) => b.law && !b.self)?.law;
  const date = entry.analysis.documentDate;
  if (!law || !date) return null;
  const repeal = lawRepeal(ws.index.corpus, law);
  return repeal ? `*${escapeMarkdown(messages.repealedSince(law.title, repeal, date)[lang])}*` : null;
}

/**
 * Whether the client's own hover already shows this problem: it shows the diagnostics at the position (VS Code, as
 * the extension says when it starts) and the problem is published as one.
 */
function inClientHover(ws: ServiceContext, entry: AnalysisEntry, p: Problem): boolean {
  return ws.diagnosticsInHover && (entry.analysis.diagnostics as readonly unknown[]).includes(p);
}

function list(items: string[]): string {
  return items.filter(Boolean).slice(0, 10).map((s) => `- ${escapeInline(`《${s}》`)}`).join('\n');
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
