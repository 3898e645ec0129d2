// `lawcite show "<citation>"`: print the cited article (title, version dates, chapter path, text).
import { divisionPath, kindNamesEn, kindWords, type Article, type Division, type Regulation } from '../../core/model';
import { articleLabel, itemLabel, paragraphLabel, writtenDate } from '../../core/labels';
import { versionDate } from '../../core/corpus/versions';
import { lawRepeal, type LawRepeal } from '../../core/corpus/lawStatus';
import { bracketTitle, messages } from '../../core/citations/messages';
import type { VersionChoice } from '../../core/citations/types';
import { parseArticleQuery } from '../../core/query/articleQuery';
import type { ArticleLookup } from '../../core/query/resolveArticleQuery';
import { createLawCiteService } from '../../lawCiteService';
import { fixedSettings, loadedCorpus, MemoryDocuments, streamLogger } from '../../service/static';
import { UsageError } from '../args';
import { ExitCode, type Command } from '../command';
import { corpusOptionSpec, corpusUsage, loadCorpusFromArgs } from '../corpusOptions';
import type { CliIO } from '../io';

export const showCommand: Command = {
  name: 'show',
  summary: { zh: '显示所引条文（标题、章节、条文、日期）', en: 'print a cited article (title, chapter, text, dates)' },
  usage: `lawcite show "<citation>" ${corpusUsage} [--date YYYY-MM-DD] [--json]`,
  options: { ...corpusOptionSpec, date: { type: 'string' }, json: { type: 'boolean' } },
  run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError(io.t({ zh: '缺少引用，例如 《条例》第六十四条', en: 'missing citation, e.g. "《条例》第六十四条"' }));
    if (positionals.length > 1) throw new UsageError(io.t({ zh: `多余的参数：${positionals[1]}（引用含空格时请加引号）`, en: `unexpected argument: ${positionals[1]} (quote a citation with spaces)` }));
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date wants YYYY-MM-DD, got ${date}`);
    const query = parseArticleQuery(positionals[0]);
    if (!query) throw new UsageError(io.t({ zh: `无法读取引用：${positionals[0]}`, en: `cannot read the citation: ${positionals[0]}` }));
    if (!query.title) throw new UsageError(io.t({ zh: `引用中没有法规标题：${positionals[0]}（例如 《条例》第六条）`, en: `the citation names no regulation: ${positionals[0]} (e.g. 《条例》第六条)` }));
    const corpus = loadCorpusFromArgs(values, io, { listProblems: false });
    const service = createLawCiteService({
      corpus: loadedCorpus(corpus),
      documents: new MemoryDocuments(),
      settings: fixedSettings({}, io.lang),
      logger: streamLogger((line) => io.err(line)),
    });
    const found = service.show(query, date);
    const repeal = 'law' in found ? lawRepeal(corpus, found.law) : null;
    if (values.json) io.out(JSON.stringify(toJson(found, repeal), null, 2));
    else print(found, io, repeal);
    return found.status === 'found' || found.status === 'regulation' ? ExitCode.ok : found.status === 'no-title' ? ExitCode.usage : ExitCode.notFound;
  },
};

function articleName(a: Article, lang: Regulation['lang']): string {
  if (lang === 'en') return `Article ${a.number}${a.insert ? `-${a.insert}` : ''}`;
  return articleLabel(a.number, a.insert);
}

/** "第一章 总则"; a heading that repeats its label (民法典 "婚姻家庭编") once. */
function divisionName(d: Division): string {
  return (d.heading && d.heading !== d.label ? `${d.label} ${d.heading}` : d.label || d.heading).trim();
}

/** The kind (效力级别) and the dates; with a version chosen among several, which one and why instead of 施行. */
function dates(reg: Regulation, io: CliIO, choice: VersionChoice | null = null): string {
  const parts: string[] = [];
  const kind = reg.kind ? io.t({ zh: kindWords[reg.kind], en: kindNamesEn[reg.kind] }) : '';
  if (reg.adopted) parts.push(io.t({ zh: `${writtenDate(reg.adopted, 'zh')}通过`, en: `adopted ${writtenDate(reg.adopted, 'en')}` }));
  if (choice) parts.push(io.t(messages.versionChoice(choice)));
  else if (reg.effective) parts.push(io.t({ zh: `${writtenDate(reg.effective, 'zh')}起施行`, en: `in force from ${writtenDate(reg.effective, 'en')}` }));
  return [kind, parts.join(io.t({ zh: '，', en: ', ' }))].filter(Boolean).join(io.t({ zh: '；', en: '; ' }));
}

function printArticle(reg: Regulation, a: Article, io: CliIO, marked: number | null, item: number | null = null, choice: VersionChoice | null = null, repeal: LawRepeal | null = null): void {
  const zhTail = (marked ? paragraphLabel(marked) : '') + (item ? itemLabel(item) : '');
  const enHead = articleName(a, reg.lang) + (marked ? `(${marked})` : '') + (item ? `(${item})` : '');
  const head = reg.lang === 'zh' ? `${bracketTitle(reg.title)}${articleName(a, reg.lang)}${zhTail}` : `${enHead} of ${reg.title}`;
  io.out(head);
  const d = dates(reg, io, choice);
  if (d) io.out(d);
  if (repeal) io.out(repealLine(repeal, io));
  const chapters = divisionPath(a.division).map(divisionName);
  if (chapters.length) io.out(chapters.join(' › '));
  io.out(`${a.location.file}:${a.location.range.start.line + 1}`);
  io.out('');
  if (a.paragraphs.length > 1 || marked !== null) {
    a.paragraphs.forEach((p, i) => io.out(`${p.number === marked ? '▶' : ' '} ${i === 0 ? `${a.label} ` : ''}${p.text}`));
  } else {
    io.out(a.text);
  }
}

/** 已废止：自2022年11月1日起，依据《…》第三十九条；现行：《…》 */
function repealLine(r: LawRepeal, io: CliIO): string {
  const by = r.by ? io.t({ zh: `，依据${bracketTitle(r.by)}${r.article ?? ''}`, en: ` by ${r.by}${r.article ? ` (${r.article})` : ''}` }) : '';
  const next = r.successor ? io.t({ zh: `；现行：${bracketTitle(r.successor)}`, en: `; replaced by ${r.successor}` }) : '';
  const since = r.date ? io.t({ zh: `自${writtenDate(r.date, 'zh')}起`, en: ` from ${writtenDate(r.date, 'en')}` }) : '';
  return io.t({ zh: `已废止：${since}`, en: `Repealed${since}` }) + by + next;
}

function print(r: ArticleLookup, io: CliIO, repeal: LawRepeal | null): void {
  switch (r.status) {
    case 'no-title':
      io.err(io.t({ zh: 'lawcite: 引用中没有法规标题', en: 'lawcite: the citation names no regulation' }));
      return;
    case 'unknown-regulation':
      // A version the corpus does not hold (fix-ver18): the diagnostic says which was named and which are held.
      if (r.unheld) {
        io.err(`lawcite: ${io.t(r.unheld)}`);
        return;
      }
      io.err(io.t({ zh: `lawcite: 未找到法规${bracketTitle(r.title)}`, en: `lawcite: regulation not found: ${r.title}` }));
      if (r.candidates.length) io.err(io.t({ zh: '最接近的标题：', en: 'nearest titles:' }) + '\n' + r.candidates.map((c) => `  ${bracketTitle(c)}`).join('\n'));
      return;
    case 'ambiguous':
      io.err(io.t({ zh: `lawcite: ${bracketTitle(r.title)}可指多部法规：`, en: `lawcite: ${r.title} may mean several regulations:` }) + '\n' + r.candidates.map((c) => `  ${bracketTitle(c)}`).join('\n'));
      return;
    case 'regulation': {
      const v = r.version;
      io.out(v.lang === 'zh' ? `${bracketTitle(v.title)}` : v.title);
      const d = dates(v, io, r.choice);
      if (d) io.out(d);
      if (repeal) io.out(repealLine(repeal, io));
      const first = v.articles[0];
      const last = v.articles[v.articles.length - 1];
      if (!first) {
        // A text without articles: said so, then its text.
        io.out(io.t({ zh: '不分条', en: 'no numbered articles' }));
        io.out(v.files.join('\n'));
        io.out('');
        for (const line of v.plainText ?? []) io.out(line);
        return;
      }
      io.out(io.t({ zh: `共 ${v.articles.length} 条（${articleName(first, v.lang)}至${articleName(last, v.lang)}）`, en: `${v.articles.length} articles (${articleName(first, v.lang)} to ${articleName(last, v.lang)})` }));
      if (r.law.versions.length > 1) {
        io.out(io.t({ zh: `版本 ${r.law.versions.length} 个：`, en: `${r.law.versions.length} versions:` }));
        for (const x of r.law.versions) io.out(`${x === v ? '▶' : ' '} ${versionDate(x) ?? '—'}  ${x.files.join(', ')}`);
      } else {
        io.out(v.files.join('\n'));
      }
      return;
    }
    case 'unknown-article': {
      if (!r.version.articles.length) {
        io.err(io.t({ zh: `lawcite: ${bracketTitle(r.law.title)}不分条（lawcite show ${bracketTitle(r.law.title)} 显示全文）`, en: `lawcite: ${r.law.title} has no numbered articles (lawcite show "${r.law.title}" prints its text)` }));
        return;
      }
      if (r.cutShort) {
        io.err(`lawcite: ${io.t(r.cutShort)}`);
        return;
      }
      const near = r.nearest.map((a) => articleName(a, r.version.lang)).join(io.t({ zh: '、', en: ', ' }));
      io.err(io.t({ zh: `lawcite: ${bracketTitle(r.law.title)}没有此条（共 ${r.version.articles.length} 条）；最接近：${near}`, en: `lawcite: ${r.law.title} has no such article (${r.version.articles.length} articles); nearest: ${near}` }));
      if (r.otherVersions.length) {
        const dated = r.otherVersions.map((v) => versionDate(v) ?? '—').join(io.t({ zh: '、', en: ', ' }));
        io.err(io.t({ zh: `  该条见于其他版本：${dated}（--date 选择版本）`, en: `  other versions have it: ${dated} (choose with --date)` }));
      }
      return;
    }
    case 'unknown-paragraph':
      io.err(io.t({ zh: `lawcite: ${bracketTitle(r.law.title)}${articleName(r.article, r.version.lang)}只有 ${r.article.paragraphs.length} 款`, en: `lawcite: ${articleName(r.article, r.version.lang)} of ${r.law.title} has ${r.article.paragraphs.length} paragraph(s)` }));
      return;
    case 'unknown-item':
      io.err(io.t({ zh: `lawcite: ${bracketTitle(r.law.title)}${articleName(r.article, r.version.lang)}没有此项`, en: `lawcite: ${articleName(r.article, r.version.lang)} of ${r.law.title} has no such item` }));
      return;
    case 'found':
      printArticle(r.version, r.article, io, r.paragraph?.number ?? null, r.item?.number ?? null, r.choice, repeal);
      if (r.item) io.out(`\n${r.item.label} ${r.item.text}`);
      if (r.original) {
        io.out('\n' + io.t({ zh: '原文：', en: 'Original:' }));
        printArticle(r.original.version, r.original.article, io, r.paragraph?.number ?? null, r.item?.number ?? null);
      }
      return;
  }
}

function toJson(r: ArticleLookup, repeal: LawRepeal | null): unknown {
  const choice = 'choice' in r && r.choice ? r.choice : null;
  const reg = (v: Regulation) => ({
    title: v.title, kind: v.kind, adopted: v.adopted, effective: v.effective, lang: v.lang, files: v.files,
    ...(choice && 'version' in r && v === r.version
      ? { version: { text: choice.text, effective: choice.effective, until: choice.until, reason: choice.reason, documentDate: choice.documentDate } }
      : {}),
    ...(repeal && 'version' in r && v === r.version
      ? { repealed: { date: repeal.date, successor: repeal.successor, by: repeal.by, article: repeal.article } }
      : {}),
  });
  const art = (a: Article) => ({
    number: a.number,
    insert: a.insert,
    label: a.label,
    chapters: divisionPath(a.division).map(divisionName),
    text: a.text,
    paragraphs: a.paragraphs.map((p) => p.text),
    file: a.location.file,
    line: a.location.range.start.line,
  });
  switch (r.status) {
    case 'found':
      return {
        status: r.status,
        regulation: reg(r.version),
        article: art(r.article),
        paragraph: r.paragraph?.number ?? null,
        item: r.item ? { number: r.item.number, text: r.item.text } : null,
        original: r.original ? { regulation: reg(r.original.version), article: art(r.original.article) } : null,
      };
    case 'regulation':
      return { status: r.status, regulation: reg(r.version), articles: r.version.articles.length, versions: r.law.versions.length, ...(r.version.plainText ? { text: r.version.plainText } : {}) };
    case 'unknown-article':
      return { status: r.status, regulation: reg(r.version), nearest: r.nearest.map((a) => a.label), otherVersions: r.otherVersions.map((v) => versionDate(v)) };
    case 'unknown-paragraph':
    case 'unknown-item':
      return { status: r.status, regulation: reg(r.version), article: r.article.label };
    case 'unknown-regulation':
    case 'ambiguous':
      return { status: r.status, title: r.title, candidates: r.candidates };
    default:
      return { status: r.status };
  }
}
