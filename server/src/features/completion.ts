// Completion: regulation titles after 《 (ranked by the draft: core/query/rank.ts; closing 》 inserted); article numbers after 第 / 第六 / 第64 once a
// regulation is in context (Chinese numerals, first words as detail); 款 after 第X条第; 项 after 第X条第Y款第.
import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver';
// (a CommonJS require: an ES import would copy the module's ~300 exports at start-up, once per importing file)
import lsp = require('vscode-languageserver');
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { kindNamesEn, kindWords, type Article, type Regulation } from '../core/model';
import { isArabicNumeral, parseNumeral, toHalfWidthDigits } from '../core/numerals';
import { articleLabel, chineseNumeral, itemLabel, paragraphLabel } from '../core/labels';
import type { ServiceContext } from '../service/interfaces';
import type { TitleEntry } from '../service/corpusIndex';
import { preferenceFor } from '../service/draftPreference';
import { rankByDraft, titleMatch } from '../core/query/rank';
import { firstWords, renderArticle } from './articleView';
import { escapeMarkdown } from './markdown';

const { CompletionItemKind, MarkupKind } = lsp;

const NUM = '[0-9０-９零〇一二两三四五六七八九十百千]';
const TITLE_LIMIT = 50;
/** Above this size, completion uses the last analysis rather than waiting for a new one. */
const STALE_ANALYSIS_CHARS = 20000;
/** Above this many items, documentation is sent on completionItem/resolve instead of inline. */
const INLINE_DOCS_LIMIT = 100;

export interface CompletionData {
  title: string | null;
  uri: string;
  number: number;
  insert: number | null;
  /** Index of the regulation's version in its law's versions (the one the engine chose for the context). */
  version?: number;
}

const empty: CompletionList = { isIncomplete: false, items: [] };

export function completion(ws: ServiceContext, doc: TextDocument, position: Position): CompletionList | null {
  const lineCount = doc.lineCount;
  if (position.line < 0 || position.line >= lineCount) return null;
  const lineStart = { line: position.line, character: 0 };
  const before = doc.getText({ start: lineStart, end: position });
  const after = doc.getText({ start: position, end: { line: position.line, character: position.character + 60 } }).split('\n')[0];

  // Defining a short title: offer nothing.
  if (/以下简称[《“"「]?[^》”"」，。；]*$/.test(before)) return empty;

  const title = /《([^《》\n]{0,60})$/.exec(before);
  if (title) return titleItems(ws, doc, title[1], position, after);

  const item = new RegExp(`第(${NUM}+)条(?:之(${NUM}+))?第(${NUM}+)款第([（(]?${NUM}*[）)]?)$`).exec(before);
  if (item) {
    const ctx = contextRegulation(ws, doc, position, before.slice(0, item.index));
    return ctx ? itemItems(ctx, item, position, after) : empty;
  }
  const para = new RegExp(`第(${NUM}+)条(?:之(${NUM}+))?第(${NUM}*)$`).exec(before);
  if (para) {
    const ctx = contextRegulation(ws, doc, position, before.slice(0, para.index));
    return ctx ? paragraphItems(ctx, para, position, after) : empty;
  }
  const art = new RegExp(`第(${NUM}*)$`).exec(before);
  if (art) {
    const ctx = contextRegulation(ws, doc, position, before.slice(0, art.index));
    return ctx ? articleItems(ws, ctx, art[1], position, after, doc.uri) : empty;
  }
  return null;
}

function titleItems(ws: ServiceContext, doc: TextDocument, query: string, position: Position, after: string): CompletionList {
  const start = { line: position.line, character: position.character - query.length };
  // Replace an existing rest of the title up to its 》, so completing inside 《…》 does not double it.
  const close = /^[^《》\n]*》/.exec(after);
  const end = close ? { line: position.line, character: position.character + close[0].length } : position;
  const range: Range = { start, end };
  const pref = preferenceFor(ws, doc.uri);
  const q = query.replace(/\s+/g, '');
  // What the search finds, plus the law the query names exactly and the draft's own laws that match it (they may
  // lie past the search's limit).
  const found = ws.index.searchTitles(query, TITLE_LIMIT);
  // The exact law by a plain look-up (《民法典 → 中华人民共和国民法典); no fuzzy title rule while typing.
  const exact = q ? ws.index.titleEntry(q) ?? ws.index.titleEntry(`中华人民共和国${q}`) : undefined;
  const extra = [exact?.title, ...pref.cited, ...pref.shortTitles.values(), pref.defaultTitle, ...ws.index.titlesStartingWith(q, TITLE_LIMIT).map((e) => e.title)]
    .map((t) => (t ? ws.index.titleEntry(t) : undefined))
    .filter((e): e is TitleEntry => !!e && (!q || e.title.includes(q) || e.shortTitles.some((s) => s.includes(q)) || titleMatch(q, e) < 2 || [...pref.shortTitles].some(([s, t]) => t === e.title && s.includes(q))));
  const entries = rankByDraft([...new Set([...found, ...extra])], (e) => e, query, pref).slice(0, TITLE_LIMIT);
  // The short titles the draft defines come first, as themselves: 《条例》.
  const shorts = [...pref.shortTitles].filter(([s]) => !q || s.startsWith(q) || s.includes(q));
  const shortItems = shorts.map(([short, title], i): CompletionItem => ({
    label: short,
    kind: CompletionItemKind.Reference,
    detail: `${ws.lang === 'zh' ? '简称：' : 'short title: '}《${title}》`,
    filterText: query + short,
    sortText: `0-${String(i).padStart(4, '0')}`,
    textEdit: { range, newText: `${short}》` },
  }));
  const items = entries.map((e, i): CompletionItem => ({
    label: e.title,
    kind: CompletionItemKind.Module,
    detail: [e.kind ? (ws.lang === 'zh' ? kindWords[e.kind] : kindNamesEn[e.kind]) : '', e.shortTitles.join('、'), ws.lang === 'zh' ? `${e.articles}条` : `${e.articles} articles`].filter(Boolean).join(' · '),
    // The client filters on filterText; the server already ranked, so keep what was typed in front.
    filterText: query + e.title,
    sortText: `1-${String(i).padStart(4, '0')}`,
    textEdit: { range, newText: `${e.title}》` },
  }));
  return { isIncomplete: true, items: [...shortItems, ...items] };
}

interface Context {
  regulation: Regulation;
  /** Null when the articles are the draft's own. */
  title: string | null;
  uri: string;
}

/**
 * The regulation a 第… typed here refers to: the engine's answer for a reference starting at the 第 (`before` is the
 * line's text up to it).
 */
export function contextRegulation(ws: ServiceContext, doc: TextDocument, position: Position, before: string): Context | null {
  // While typing in a large draft, the analysis of a previous version is good enough for the context before the
  // cursor; a small one is simply analysed again.
  const cached = ws.lastAnalysis(doc.uri);
  const entry = cached && (cached.version === doc.version || doc.getText().length > STALE_ANALYSIS_CHARS) ? cached : ws.analysis(doc);
  const offset = doc.offsetAt({ line: position.line, character: before.length });
  const ctx = entry.analysis.contextAt(offset, before);
  if (ctx.kind === 'regulation') return { regulation: ctx.regulation, title: ctx.law.title, uri: doc.uri };
  if (ctx.kind === 'self') return { regulation: ctx.regulation, title: null, uri: doc.uri };
  return null;
}

/** Does an article number match what was typed after 第 (Arabic prefix or Chinese prefix)? */
function matchesTyped(n: number, typed: string): boolean {
  if (!typed) return true;
  if (isArabicNumeral(typed)) return String(n).startsWith(toHalfWidthDigits(typed));
  const zh = chineseNumeral(n);
  if (zh.startsWith(typed)) return true;
  const exact = parseNumeral(typed);
  return exact !== null && exact === n;
}

function replaceRange(position: Position, typedLength: number, after: string, suffix: RegExp): Range {
  const start = { line: position.line, character: position.character - typedLength };
  const m = suffix.exec(after);
  const end = m ? { line: position.line, character: position.character + m[0].length } : position;
  return { start, end };
}

function articleItems(ws: ServiceContext, ctx: Context, typed: string, position: Position, after: string, uri: string): CompletionList {
  const arabic = isArabicNumeral(typed);
  const range = replaceRange(position, typed.length + 1, after, /^(?:条)/);
  const articles = ctx.regulation.articles.filter((a) => matchesTyped(a.number, typed));
  articles.sort((a, b) => a.number - b.number || (a.insert ?? 0) - (b.insert ?? 0));
  const versionIndex = ctx.title ? ws.index.corpus.laws.get(ctx.title)?.versions.indexOf(ctx.regulation) : undefined;
  const inline = articles.length <= INLINE_DOCS_LIMIT;
  const items = articles.map((a): CompletionItem => {
    const data: CompletionData = { title: ctx.title, uri, number: a.number, insert: a.insert, version: versionIndex };
    const item: CompletionItem = {
      label: a.label.startsWith('第') ? a.label : articleLabel(a.number, a.insert),
      kind: CompletionItemKind.Reference,
      detail: firstWords(a),
      sortText: sortKey(a.number, a.insert),
      filterText: arabic ? `第${a.number}条${a.insert ? '之' + a.insert : ''}` : articleLabel(a.number, a.insert),
      textEdit: { range, newText: articleLabel(a.number, a.insert) },
      data,
    };
    if (inline) item.documentation = { kind: MarkupKind.Markdown, value: renderArticle(ws.index, ctx.regulation, a, { paragraph: null, item: null }, ws.lang, { allowTranslation: false }) };
    return item;
  });
  return { isIncomplete: true, items };
}

function findArticle(ctx: Context, m: RegExpExecArray): Article | undefined {
  const n = parseNumeral(m[1]);
  const ins = m[2] ? parseNumeral(m[2]) : null;
  return ctx.regulation.articles.find((a) => a.number === n && (a.insert ?? null) === ins);
}

function paragraphItems(ctx: Context, m: RegExpExecArray, position: Position, after: string): CompletionList {
  const article = findArticle(ctx, m);
  if (!article) return empty;
  const typed = m[3];
  const range = replaceRange(position, typed.length + 1, after, /^款/);
  const items = article.paragraphs
    .filter((p) => matchesTyped(p.number, typed))
    .map((p): CompletionItem => ({
      label: paragraphLabel(p.number),
      kind: CompletionItemKind.Reference,
      detail: short(p.text),
      documentation: { kind: MarkupKind.Markdown, value: escapeMarkdown(p.text) },
      sortText: sortKey(p.number, null),
      filterText: isArabicNumeral(typed) ? `第${p.number}款` : paragraphLabel(p.number),
      textEdit: { range, newText: paragraphLabel(p.number) },
    }));
  return { isIncomplete: true, items };
}

function itemItems(ctx: Context, m: RegExpExecArray, position: Position, after: string): CompletionList {
  const article = findArticle(ctx, m);
  const pn = parseNumeral(m[3]);
  const para = article?.paragraphs.find((p) => p.number === pn);
  if (!para) return empty;
  const typed = m[4];
  const bare = typed.replace(/[（()）]/g, '');
  const range = replaceRange(position, typed.length + 1, after, /^[）)]?项/);
  const items = para.items
    .filter((it) => matchesTyped(it.number, bare))
    .map((it): CompletionItem => ({
      label: itemLabel(it.number),
      kind: CompletionItemKind.Reference,
      detail: short(it.text),
      documentation: { kind: MarkupKind.Markdown, value: escapeMarkdown(`${it.label}${it.text}`) },
      sortText: sortKey(it.number, null),
      filterText: `第${typed.startsWith('（') || typed.startsWith('(') ? typed[0] : ''}${isArabicNumeral(bare) ? it.number : chineseNumeral(it.number)}项`,
      textEdit: { range, newText: itemLabel(it.number) },
    }));
  return { isIncomplete: true, items };
}

/** Documentation for an article item sent without it (large lists). */
export function resolveCompletion(ws: ServiceContext, item: CompletionItem): CompletionItem {
  const data = item.data as Partial<CompletionData> | undefined;
  if (!data || typeof data.number !== 'number' || item.documentation) return item;
  let reg: Regulation | null | undefined;
  // The version the list was made from (the engine's choice), not the latest.
  if (data.title) reg = ws.index.corpus.laws.get(data.title)?.versions[data.version ?? -1] ?? ws.index.regulation(data.title);
  else if (data.uri) reg = ws.lastAnalysis(data.uri)?.analysis.structure;
  const a = reg?.articles.find((x) => x.number === data.number && (x.insert ?? null) === (data.insert ?? null));
  if (reg && a) {
    item.documentation = { kind: MarkupKind.Markdown, value: renderArticle(ws.index, reg, a, { paragraph: null, item: null }, ws.lang, { allowTranslation: false }) };
  }
  return item;
}

function sortKey(n: number, insert: number | null): string {
  return `${String(n).padStart(5, '0')}.${String(insert ?? 0).padStart(3, '0')}`;
}

function short(s: string, max = 40): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

