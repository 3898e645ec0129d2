import * as assert from 'assert';
// Shared by the citation tests: the seed regulations plus the citation fixtures, and a compact target notation.
import * as path from 'path';
import { analyzeDocument, type AnalyzeOptions, type CitationTarget, type DocumentAnalysis } from '../../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../../server/src/core/corpus/index';
import { formatChineseNumeral } from '../../../server/src/core/numerals';
import { SEED_FILES } from '../../seedCorpus';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');

let corpus: Corpus | null = null;
/**
 * The seed regulations (not corpus/national: these rules are tested against a corpus without national laws) +
 * test/fixtures/citations-corpus (two dated versions of one law, an issuer-prefixed 解释).
 */
export function testCorpus(): Corpus {
  if (!corpus) corpus = loadCorpus({ folders: [...SEED_FILES, path.join(FIXTURES, 'citations-corpus')], bundled: false });
  return corpus;
}

let quotations: Corpus | null = null;
/** The seeds, the citation fixtures and 《示例许可管理办法》 (a regulation whose 款 and 项 quotations are checked against). */
export function quotationsCorpus(): Corpus {
  quotations ??= loadCorpus({
    folders: [...SEED_FILES, path.join(FIXTURES, 'citations-corpus'), path.join(FIXTURES, 'quotations', '示例许可管理办法.md')],
    bundled: false,
  });
  return quotations;
}

export const SHORT: Record<string, string> = {
  内蒙古自治区全方位建设模范自治区促进条例: '模范',
  内蒙古自治区建设我国北方重要生态安全屏障促进条例: '生态',
  内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例: '筑牢',
  内蒙古自治区建设国家重要能源和战略资源基地促进条例: '能源',
  内蒙古自治区建设国家重要农畜产品生产基地促进条例: '农畜',
  内蒙古自治区建设国家向北开放重要桥头堡促进条例: '桥头堡',
  '新疆维吾尔自治区实施《中华人民共和国国家安全法》办法': '新疆',
  'Regulations of the Inner Mongolia Autonomous Region on Promoting High-quality Development in Border Areas': '边境',
  示例自治区测试条例: '测试',
  最高人民法院关于审理示例纠纷案件适用法律若干问题的解释: '解释',
};

/** 筑牢34, 筑牢34.2, 筑牢34.2.3, 筑牢34..3 (项 without 款), 筑牢10之1, 本7.1 (self), 生态:第二章第一节, @v for a version. */
export function fmt(t: CitationTarget): string {
  const reg = t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation;
  if (t.article === null) return `${reg}:${t.division ?? ''}`;
  let s = `${reg}${t.article}`;
  if (t.articleInsert) s += `之${t.articleInsert}`;
  if (t.paragraph !== null || t.item !== null) s += `.${t.paragraph ?? ''}`;
  if (t.item !== null) s += `.${t.item}`;
  if (t.subitem !== undefined) s += `目${t.subitem}`;
  if (t.version) s += `@${t.version}`;
  return s;
}

let national: Corpus | null = null;
/** test/fixtures/national-titles: real national texts trimmed to the articles the tests cite. */
export function nationalTitlesCorpus(): Corpus {
  national ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'national-titles')] });
  return national;
}

/**
 * [text, status, targets] of the citations against the national-titles fixture, in the notation of `fmt` with `short`
 * naming its regulations (刑法20, 公司10.2, 处罚2..3, 本4 for the document itself).
 */
export function nationalSummary(text: string, short: Record<string, string>): [string, string, string][] {
  const name = (t: CitationTarget) => (t.regulation === null ? '本' : short[t.regulation] ?? t.regulation);
  const notation = (t: CitationTarget) =>
    t.article === null && t.division ? `${name(t)}:${t.division}` : `${name(t)}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, nationalTitlesCorpus()).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(notation).join(' ')]);
}

let bundled: Corpus | null = null;
/** The bundled corpus (seeds and corpus/national), loaded once per test run. */
export function bundledCorpus(): Corpus {
  bundled ??= loadCorpus({ bundled: true, folders: [] });
  return bundled;
}

/** [text, status, targets] of the citations against the bundled corpus, full titles (中华人民共和国刑法133之1.1.2). */
export function bundledSummary(text: string): [string, string, string][] {
  const notation = (t: CitationTarget) => `${t.regulation}${t.article ?? ''}${t.articleInsert ? `之${t.articleInsert}` : ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, bundledCorpus()).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(notation).join(' ')]);
}

/**
 * [text, status, targets] against the bundled corpus, laws named short: 刑法102.2 is the Criminal Law's article 102,
 * paragraph 2; 刑133之1 the article inserted after 133; 本4 the document's own article 4. A citation with no law in
 * context lists every candidate: its status says enough, so its targets are left out.
 */
export function bundledShortSummary(text: string): [string, string, string][] {
  const fmt = (t: CitationTarget) =>
    `${(t.regulation ?? '本').replace('中华人民共和国', '').replace(/法$/, '')}${t.article ?? ''}${t.articleInsert ? `之${t.articleInsert}` : ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, bundledCorpus()).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.status === 'no-context' ? '' : c.targets.map(fmt).join(' ')]);
}

/** A table row: its name, the text, and bundledShortSummary's [text, status, targets] for each citation. */
export type ShortRow = [name: string, doc: string, expected: [string, string, string][]];

/** One test per row: the text's citations, summarised by bundledShortSummary, are the row's. */
export function bundledShortTable(title: string, rows: ShortRow[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledShortSummary(doc), expected, doc));
  });
}

/** Rows whose expected reading is written but not built yet (a test file's header lists them): kept as pending tests. */
export function pendingShortTable(title: string, rows: ShortRow[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it.skip(name, () => assert.deepStrictEqual(bundledShortSummary(doc), expected, doc));
  });
}

/** The analysis of a text against the bundled corpus. */
export function analyzeBundled(text: string): DocumentAnalysis {
  return analyzeDocument(text, bundledCorpus());
}

export function analyze(text: string, options?: AnalyzeOptions): DocumentAnalysis {
  return analyzeDocument(text, testCorpus(), options);
}

/** [text, status, targets] of the citations `check` lists (titles named alone left out). */
export function summary(a: DocumentAnalysis): [string, string, string][] {
  return a.citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

export const zh = formatChineseNumeral;
