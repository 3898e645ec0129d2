// `lawcite compare "<citation>"`: the article in one version of a law and its counterpart (found by text, not by
// number) in another, with a word-level diff.
import { articleLabel } from '../../core/labels';
import type { Article, Regulation } from '../../core/model';
import { bracketTitle } from '../../core/citations/messages';
import { crosswalk, traceArticle } from '../../core/corpus/crosswalk';
import { versionAt, versionTextDate } from '../../core/corpus/versions';
import { formatDiff, wordDiff } from '../../core/diff';
import { parseArticleQuery } from '../../core/query/articleQuery';
import { resolveArticleQuery } from '../../core/query/resolveArticleQuery';
import { UsageError } from '../args';
import { ExitCode, type Command } from '../command';
import { corpusOptionSpec, corpusUsage, loadCorpusFromArgs } from '../corpusOptions';
import type { CliIO } from '../io';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const compareCommand: Command = {
  name: 'compare',
  summary: { zh: '比较条文在两个版本中的文字（按文字找到对应条文）', en: "compare an article with its counterpart in another version (found by text)" },
  usage: `lawcite compare "<citation>" [--from YYYY-MM-DD] [--to YYYY-MM-DD] ${corpusUsage} [--json | --all]`,
  options: { ...corpusOptionSpec, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, all: { type: 'boolean' } },
  run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError(io.t({ zh: '缺少引用，例如 《公司法》第十六条', en: 'missing citation, e.g. "《公司法》第十六条"' }));
    if (positionals.length > 1) throw new UsageError(io.t({ zh: `多余的参数：${positionals[1]}（引用含空格时请加引号）`, en: `unexpected argument: ${positionals[1]} (quote a citation with spaces)` }));
    const from = values.from as string | undefined;
    const to = values.to as string | undefined;
    for (const [name, v] of [['--from', from], ['--to', to]] as const) {
      if (v !== undefined && !DATE.test(v)) throw new UsageError(io.t({ zh: `${name} 应为 YYYY-MM-DD：${v}`, en: `${name} wants YYYY-MM-DD, got ${v}` }));
    }
    const query = parseArticleQuery(positionals[0]);
    if (!query) throw new UsageError(io.t({ zh: `无法读取引用：${positionals[0]}`, en: `cannot read the citation: ${positionals[0]}` }));
    if (!query.title) throw new UsageError(io.t({ zh: `引用中没有法规标题：${positionals[0]}（例如 《公司法》第十六条）`, en: `the citation names no regulation: ${positionals[0]} (e.g. 《公司法》第十六条)` }));
    const all = Boolean(values.all);
    if (all && values.json) throw new UsageError(io.t({ zh: '--all 输出 Markdown，不能与 --json 同用', en: '--all writes Markdown; it does not go with --json' }));
    if (query.article === null && !all) throw new UsageError(io.t({ zh: `引用中没有条：${positionals[0]}（例如 《公司法》第十六条；整部法律用 --all）`, en: `the citation names no article: ${positionals[0]} (e.g. 《公司法》第十六条; --all for a whole law)` }));
    const corpus = loadCorpusFromArgs(values, io, { listProblems: false });
    const found = resolveArticleQuery(corpus, query, from ?? null);
    switch (found.status) {
      case 'no-title':
        throw new UsageError(io.t({ zh: '引用中没有法规标题', en: 'the citation names no regulation' }));
      case 'unknown-regulation':
        io.err(io.t({ zh: `lawcite: 未找到法规${bracketTitle(found.title)}`, en: `lawcite: regulation not found: ${found.title}` }));
        return ExitCode.notFound;
      case 'ambiguous':
        io.err(io.t({ zh: `lawcite: ${bracketTitle(found.title)}可指多部法规：`, en: `lawcite: ${found.title} may mean several regulations:` }) + '\n' + found.candidates.map((c) => `  ${bracketTitle(c)}`).join('\n'));
        return ExitCode.notFound;
      case 'regulation':
        if (!all) throw new UsageError(io.t({ zh: '引用中没有条', en: 'the citation names no article' }));
        break;
      case 'unknown-article': {
        const other = found.otherVersions.map((v) => versionTextDate(v) ?? '—').join(io.t({ zh: '、', en: ', ' }));
        io.err(io.t({ zh: `lawcite: ${bracketTitle(found.law.title)}（${versionTextDate(found.version) ?? '—'}）没有此条`, en: `lawcite: ${found.law.title} (${versionTextDate(found.version) ?? '—'}) has no such article` }));
        if (other) io.err(io.t({ zh: `  该条见于其他版本：${other}（--from 选择版本）`, en: `  other versions have it: ${other} (choose with --from)` }));
        return ExitCode.notFound;
      }
    }
    const versions = found.law.versions;
    const fromReg = found.version;
    const toReg = to ? versionAt(versions, to) : versions[versions.length - 1];
    if (all) {
      io.out(comparisonTable(found.law.title, versions, fromReg, toReg, io));
      return ExitCode.ok;
    }
    // The cited article itself (a 款 or 项 cited is compared as its whole article).
    const article = 'article' in found ? found.article : null;
    if (!article || versions.indexOf(fromReg) < 0) {
      io.err(io.t({ zh: 'lawcite: 无法比较译本', en: 'lawcite: a translation cannot be compared' }));
      return ExitCode.notFound;
    }
    const trace = traceArticle(versions, fromReg, toReg, article);
    const side = (reg: Regulation, a: Article | null) => ({
      version: versionTextDate(reg),
      article: a ? a.number : null,
      articleInsert: a ? a.insert : null,
      text: a ? a.text : null,
    });
    if (values.json) {
      io.out(JSON.stringify({
        regulation: found.law.title,
        from: side(fromReg, article),
        to: side(toReg, trace.article),
        similarity: Math.round(trace.similarity * 1000) / 1000,
        status: trace.status,
      }, null, 2));
      return ExitCode.ok;
    }
    const name = (a: Article) => articleLabel(a.number, a.insert);
    const fromName = `${name(article)}（${versionTextDate(fromReg) ?? '—'}）`;
    io.out(bracketTitle(found.law.title));
    if (!trace.article) {
      io.out(io.t({
        zh: `${fromName}在 ${versionTextDate(toReg) ?? '—'} 版本中没有对应条文（已删除）`,
        en: `${name(article)} (${versionTextDate(fromReg) ?? '—'}) has no counterpart in the ${versionTextDate(toReg) ?? '—'} version (deleted)`,
      }));
      io.out('');
      io.out(article.text);
      return ExitCode.ok;
    }
    const toName = `${name(trace.article)}（${versionTextDate(toReg) ?? '—'}）`;
    const status = {
      same: { zh: '未变', en: 'unchanged' },
      changed: { zh: '有修改', en: 'changed' },
      moved: { zh: '条号已变', en: 'renumbered' },
      removed: { zh: '已删除', en: 'deleted' },
    }[trace.status];
    const sim = trace.similarity.toFixed(2);
    io.out(`${fromName} → ${toName}` + io.t({ zh: `：${status.zh}，相似度 ${sim}`, en: `: ${status.en}, similarity ${sim}` }));
    if (trace.path.length > 2) {
      const steps = trace.path.map((a, i) => `${a ? name(a) : '—'}（${versionTextDate(versions[versions.indexOf(fromReg) + (versions.indexOf(toReg) >= versions.indexOf(fromReg) ? i : -i)]) ?? '—'}）`);
      io.out(io.t({ zh: '经过：', en: 'via: ' }) + steps.join(' → '));
    }
    io.out('');
    io.out(formatDiff(wordDiff(article.text.slice(article.label.length).trim(), trace.article.text.slice(trace.article.label.length).trim())));
    return ExitCode.ok;
  },
};

/** A Markdown table cell: the article's text, | escaped, lines joined by <br>. */
function cell(a: Article | null): string {
  return a ? a.text.replace(/\|/g, '\\|').replace(/\n/g, '<br>') : '';
}

/**
 * 新旧对照表 of a whole law, Markdown: one row per article of the `to` version in its order with its counterpart in
 * `from`; an article deleted on the way is placed after the row of the old article before it.
 */
function comparisonTable(title: string, versions: readonly Regulation[], fromReg: Regulation, toReg: Regulation, io: CliIO): string {
  const fromDate = versionTextDate(fromReg) ?? '—';
  const toDate = versionTextDate(toReg) ?? '—';
  const status = { same: io.t({ zh: '未变', en: 'unchanged' }), changed: io.t({ zh: '修改', en: 'changed' }), moved: io.t({ zh: '条号变化', en: 'renumbered' }), removed: io.t({ zh: '删除', en: 'deleted' }) };
  const rows: { at: number; old: Article | null; now: Article | null; note: string }[] = [];
  const reached = new Set<Article>();
  let lastAt = -1;
  fromReg.articles.forEach((a, i) => {
    const tr = traceArticle(versions, fromReg, toReg, a);
    if (tr.article && !reached.has(tr.article)) {
      reached.add(tr.article);
      lastAt = toReg.articles.indexOf(tr.article);
      rows.push({ at: lastAt, old: a, now: tr.article, note: status[tr.status] });
    } else if (tr.article) {
      rows.push({ at: toReg.articles.indexOf(tr.article) + 0.5 + i / 1e6, old: a, now: null, note: io.t({ zh: `并入${articleLabel(tr.article.number, tr.article.insert)}`, en: `merged into ${articleLabel(tr.article.number, tr.article.insert)}` }) });
    } else rows.push({ at: lastAt + 0.5 + i / 1e6, old: a, now: null, note: status.removed });
  });
  // Between consecutive versions, a part split from an old article says so.
  const adjacent = versions.indexOf(toReg) === versions.indexOf(fromReg) + 1;
  const splitFrom = new Map<Article, Article>();
  if (adjacent) for (const l of crosswalk(fromReg, toReg).links) if (l.kind === 'split') splitFrom.set(l.to, l.from);
  toReg.articles.forEach((b, j) => {
    if (reached.has(b)) return;
    const src = splitFrom.get(b);
    const note = src
      ? io.t({ zh: `由${articleLabel(src.number, src.insert)}拆分`, en: `split from ${articleLabel(src.number, src.insert)}` })
      : io.t({ zh: '新增', en: 'new' });
    rows.push({ at: j, old: null, now: b, note });
  });
  rows.sort((x, y) => x.at - y.at);
  const head = io.t({ zh: `# ${bracketTitle(title)}新旧对照表`, en: `# ${title}: old and new text` });
  const cols = `| ${fromDate} | ${toDate} | ${io.t({ zh: '变化', en: 'change' })} |`;
  return [head, '', cols, '| --- | --- | --- |', ...rows.map((r) => `| ${cell(r.old)} | ${cell(r.now)} | ${r.note} |`)].join('\n');
}
