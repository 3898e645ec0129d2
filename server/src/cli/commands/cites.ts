// `lawcite cites FILE... [--json | --format md|csv]`: the list of cited provisions (引用条文清单) of drafts, from the
// same analysis as `lawcite check` and the editor. Exit 0, or 2 on bad usage or an unreadable input (named on
// stderr; the readable files are still listed).
import * as path from 'path';
import { listCitedProvisions, type AnalysedDraft } from '../../core/citations/drafting/citedProvisions';
import { citedProvisionsCsv, citedProvisionsJson, citedProvisionsMarkdown } from '../../features/citedProvisionsView';
import { createLawCiteService } from '../../lawCiteService';
import { fixedSettings, loadedCorpus, MemoryDocuments, streamLogger } from '../../service/static';
import { pathToUri } from '../../service/uris';
import { UsageError } from '../args';
import { ExitCode, type Command } from '../command';
import { corpusOptionSpec, corpusUsage, loadCorpusFromArgs } from '../corpusOptions';
import { readDraft } from '../drafts';

const FORMATS = ['md', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const citesCommand: Command = {
  name: 'cites',
  summary: { zh: '列出文稿引用的法规条文（引用条文清单）', en: 'list the provisions drafts cite (by 效力级别, with their text)' },
  usage: `lawcite cites [--json | --format md|csv] ${corpusUsage} [--default-regulation TITLE] FILE...`,
  options: {
    ...corpusOptionSpec,
    json: { type: 'boolean' },
    format: { type: 'string' },
    'default-regulation': { type: 'string' },
  },
  run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError(io.t({ zh: '缺少要列出引用的文件', en: 'no file to list the citations of' }));
    const asked = values.format as string | undefined;
    if (asked !== undefined && !FORMATS.includes(asked as Format)) {
      throw new UsageError(io.t({ zh: `--format 取值应为 md 或 csv：${asked}`, en: `--format wants md or csv, got ${asked}` }));
    }
    if (values.json && asked !== undefined && asked !== 'json') {
      throw new UsageError(io.t({ zh: '--json 与 --format 只能选一个', en: '--json and --format exclude each other' }));
    }
    const format: Format = values.json ? 'json' : ((asked as Format | undefined) ?? 'md');
    const corpus = loadCorpusFromArgs(values, io, { listProblems: false });
    const documents = new MemoryDocuments();
    const service = createLawCiteService({
      corpus: loadedCorpus(corpus),
      documents,
      settings: fixedSettings({ defaultRegulation: (values['default-regulation'] as string | undefined) ?? null }, io.lang),
      logger: streamLogger((line) => io.err(line)),
    });
    let code: number = ExitCode.ok;
    const drafts: AnalysedDraft[] = [];
    for (const file of positionals) {
      const text = readDraft(file, io, 'cites');
      if (text === null) {
        code = ExitCode.usage;
        continue;
      }
      const entry = service.analysis(documents.set(pathToUri(path.resolve(file)), text));
      drafts.push({ file, text: entry.text, analysis: entry.analysis });
    }
    const list = listCitedProvisions(drafts);
    if (format === 'json') io.out(JSON.stringify(citedProvisionsJson(list)));
    else if (format === 'csv') io.out(citedProvisionsCsv(list, io.lang));
    else io.out(citedProvisionsMarkdown(list, io.lang));
    return code;
  },
};
