// `lawcite index`: parse and index the corpus; print counts and the time taken.
import { performance } from 'perf_hooks';
import { UsageError } from '../args';
import { ExitCode, type Command } from '../command';
import { corpusOptionSpec, corpusUsage, loadCorpusFromArgs } from '../corpusOptions';

export const indexCommand: Command = {
  name: 'index',
  summary: { zh: '解析并索引法规库，输出法规数、条文数和用时', en: 'parse and index the corpus; print counts and time' },
  usage: `lawcite index ${corpusUsage} [--json]`,
  options: { ...corpusOptionSpec, json: { type: 'boolean' } },
  run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const start = performance.now();
    const corpus = loadCorpusFromArgs(values, io);
    const elapsedMs = Math.round(performance.now() - start);
    const s = corpus.stats();
    if (values.json) {
      io.out(JSON.stringify({ regulations: s.regulations, articles: s.articles, elapsedMs }));
    } else {
      const skipped = corpus.problems.length;
      io.out(
        io.t({
          zh: `已索引 ${s.regulations} 部法规（${s.versions} 个版本，来自 ${s.files} 个文件），共 ${s.articles} 条，用时 ${elapsedMs} 毫秒` +
            (skipped ? `；${skipped} 个问题见标准错误输出` : ''),
          en: `Indexed ${s.regulations} regulations (${s.versions} versions from ${s.files} files), ${s.articles} articles in ${elapsedMs} ms` +
            (skipped ? `; ${skipped} problem(s) on stderr` : ''),
        }),
      );
    }
    return ExitCode.ok;
  },
};
