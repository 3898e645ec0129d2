// English pages on Chinese law, second round of issue 14 (englishRunIn.ts and english.ts): translations whose article
// headings run on in the text, bilingual pages, articles of foreign law, 项 translated "paragraph", a short name
// defined after a bracket with the Chinese title, "Section" for 款, "the PRC, Company Law". Made-up text in the real
// style, against the real national texts of test/fixtures/english-memos.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { nationalTitlesCorpus } from './citations/helpers';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/english-memos');
const SHORT: Record<string, string> = {
  中华人民共和国劳动合同法: '劳动', 中华人民共和国公司法: '公司', 中华人民共和国外商投资法: '外资', 中华人民共和国仲裁法: '仲裁', 中华人民共和国民法典: '民法典',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 劳动40..3 is article 40, item 3 (no paragraph). */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [FIXTURE] });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // run-in headings of a quoted translation
  ['headings run on after a sentence: not citations; the citations in their text are', 'The Labor Contract Law applies. Article 26 The following labor contracts are invalid. Article 27 Where part of a contract is invalid, the rest stands, see Article 28 of the Labor Contract Law.', [
    ['Article 28 of the Labor Contract Law', 'resolved', '劳动28'],
  ]],
  ['a heading after a capitalised part heading', 'Labor Contract Law of the PRC\nCHAPTER IV GENERAL PROVISIONS Article 30 An employer shall pay wages in full.', []],
  ['a heading glued to its text', 'Interpretation of the Company Law. Article 3Where a director signs alone, the contract binds. Article 4A director who violates Article 16 of the Company Law is liable.', [
    ['Article 16 of the Company Law', 'resolved', '公司16'],
  ]],
  ['a bilingual page: the English heading run on after the Chinese text', '第十六条 仲裁协议包括仲裁条款。 Article 16 An arbitration agreement includes an arbitration clause. The Arbitration Law also says so in Article 17.', [
    ['Article 17', 'resolved', '仲裁17'],
  ]],
  ['a heading whose text opens with the country\'s name, its "The" dropped by a machine translation', 'The Company Law applies. Article 5 People\'s Republic of China (PRC) protects the lawful rights of companies. Article 6 China encourages companies to list, see Article 16 of the Company Law.', [
    ['Article 16 of the Company Law', 'resolved', '公司16'],
  ]],
  ['not the country\'s name after an article in prose, nor a name going on in capitals', 'Under the Company Law, see Article 5 People\'s Republic of China rules. The Company Law applies. Article 6 China Securities Regulatory Commission rules apply.', [
    ['Article 5', 'resolved', '公司5'], ['Article 6', 'resolved', '公司6'],
  ]],
  ['prose around an article stays a citation', 'Under the Labor Contract Law, Article 4 provides the rule; under Article 37, employees may resign. (Article 38 Employers beware.)', [
    ['Article 4', 'resolved', '劳动4'], ['Article 37', 'resolved', '劳动37'], ['Article 38', 'resolved', '劳动38'],
  ]],
  ['a title or a defined name before or after the article: a citation, whatever follows', 'The Labor Contract Law of the PRC ("LCL") governs.\nLCL Article 19 Duration of Probation Periods\nAlso Article 39 LCL provides the grounds.', [
    ['LCL Article 19', 'resolved', '劳动19'], ['Article 39 LCL', 'resolved', '劳动39'],
  ]],
  ['a unit after the number continues the citation, at a line start too', 'The Company Law applies.\nArticle 20 Section 2 of the Company Law is the rule. Article 22 Paragraph 1 of the Company Law too.', [
    ['Article 20 Section 2 of the Company Law', 'resolved', '公司20.2'], ['Article 22 Paragraph 1 of the Company Law', 'resolved', '公司22.1'],
  ]],
  // Chinese headings on a bilingual page
  ['a Chinese heading run on after an English sentence', 'Under the Arbitration Law: (3) the arbitration commission selected. 第十七条 有下列情形之一的，仲裁协议无效。', []],
  ['a Chinese heading alone on its line, its text below', 'Labor Contract Law Article 19 Duration of Probation\n第十九条\n劳动合同期限三个月以上不满一年的，试用期不得超过一个月。', [
    ['Labor Contract Law Article 19', 'resolved', '劳动19'],
  ]],
  // foreign law
  ['articles of foreign law are not citations, nor do they take the law in context', 'The Labor Contract Law differs. Unlike Article 6(1)(f) GDPR or Article 3(2) of Regulation (EU) 2016/679, Article 13 of the Labor Contract Law needs consent; Article 5 of the EU Blocking Statute, Article 27 GDPR and Model law Article 7(1) are other laws.', [
    // round 32 decision (c120.md): an international instrument's article is unknown-regulation (internationalInstrument.ts)
    ['Article 13 of the Labor Contract Law', 'resolved', '劳动13'], ['Model law Article 7(1)', 'unknown-regulation', ''],
  ]],
  ['a Chinese law after a foreign one is cited as usual', 'Article 9 of the US Code aside, Article 10 of the Labor Contract Law and Article 11 apply.', [
    ['Article 10 of the Labor Contract Law', 'resolved', '劳动10'], ['Article 11', 'resolved', '劳动11'],
  ]],
  // 项 translated "paragraph"
  ['"Paragraph 3" of an article with one paragraph and items is its item', 'Article 40, Paragraph 3 of the Labor Contract Law and paragraph 2 of Article 40 of the Labor Contract Law', [
    ['Article 40, Paragraph 3 of the Labor Contract Law', 'resolved', '劳动40..3'], ['paragraph 2 of Article 40 of the Labor Contract Law', 'resolved', '劳动40..2'],
  ]],
  ['not paragraph 1, nor a paragraph an article with several paragraphs lacks', 'Article 40, paragraph 1 of the Labor Contract Law; Article 26, Paragraph 3 of the Labor Contract Law', [
    ['Article 40, paragraph 1 of the Labor Contract Law', 'resolved', '劳动40.1'], ['Article 26, Paragraph 3 of the Labor Contract Law', 'unknown-paragraph', '劳动26.3'],
  ]],
  // short names
  ['a short name defined after a bracket with the Chinese title or a version', 'The Labor Contract Law (In Chinese: 中华人民共和国劳动合同法) ("LCL") and the Company Law (2023 Revision) ("CL") apply: Article 37 of the LCL and Article 5 of the CL.', [
    ['Article 37 of the LCL', 'resolved', '劳动37'], ['Article 5 of the CL', 'resolved', '公司5'],
  ]],
  ['"the PRC, Company Law" as some translations write it', 'A director who violates Article 16 of the PRC, Company Law is liable.', [['Article 16 of the PRC, Company Law', 'resolved', '公司16']]],
  ['a short title in lower case after China\'s, a year or new names the law', "China's newly amended company law took effect; Article 20(2) is new. The 2018 company law lacked it, and the new company law keeps Article 21.", [
    ['Article 20(2)', 'resolved', '公司20.2'], ['Article 21', 'resolved', '公司21'],
  ]],
  ['not in lower case alone, nor another country\'s', 'The Labor Contract Law applies. Under company law generally, and the new company law of the United Kingdom, Article 5 differs.', [
    ['Article 5', 'resolved', '劳动5'],
  ]],
  ['"P.R.C." before a title; the article\'s text quoted after "provides as follows:" is the cited law\'s', 'Article 26 of the P.R.C. Labor Contract Law provides as follows: a contract concluded in breach of Article 3 of this Law is invalid.\nA memo says so too. Article 4 of this Law is the memo\'s own.', [
    ['Article 26 of the P.R.C. Labor Contract Law', 'resolved', '劳动26'], ['Article 3 of this Law', 'resolved', '劳动3'], ['Article 4 of this Law', 'self', '本4'],
  ]],
  ['"in" before a law\'s title names it; "in" before other words does not', 'See Article 10 in Labor Contract Law. The Company Law governs; Article 12 in practice is read widely.', [
    ['Article 10 in Labor Contract Law', 'resolved', '劳动10'], ['Article 12', 'resolved', '公司12'],
  ]],
];

describe('citation table: English pages, second round (run-in headings, foreign law, loose units)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

/** 条之一 as English writes it, against the national-titles fixture's 刑法 (which has 第十七条之一, no 第二十条之一). */
function withInserts(text: string): [string, string, string][] {
  const fmt = (t: CitationTarget) => `${t.regulation === '中华人民共和国刑法' ? '刑法' : t.regulation}${t.article ?? ''}${t.articleInsert ? `之${t.articleInsert}` : ''}${t.paragraph !== null ? `.${t.paragraph}` : ''}`;
  return analyzeDocument(text, nationalTitlesCorpus()).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

describe('citation table: 条之一 in English (Article 17a, 17A, 17(A), 17-1, 17 bis)', () => {
  it('a letter glued or a capital in brackets, "-1" below the number, bis', () => {
    assert.deepStrictEqual(withInserts('Article 17a of the Criminal Law, Article 17A of the Criminal Law, Article 17(A) of the Criminal Law, Article 17-1 of the Criminal Law and Article 17 bis of the Criminal Law'), [
      ['Article 17a of the Criminal Law', 'resolved', '刑法17之1'], ['Article 17A of the Criminal Law', 'resolved', '刑法17之1'],
      ['Article 17(A) of the Criminal Law', 'resolved', '刑法17之1'], ['Article 17-1 of the Criminal Law', 'resolved', '刑法17之1'],
      ['Article 17 bis of the Criminal Law', 'resolved', '刑法17之1'],
    ]);
  });
  it('with a paragraph after it; an inserted article the law lacks', () => {
    assert.deepStrictEqual(withInserts('The Criminal Law of the PRC applies: Article 17a para.1 and article 20A.'), [
      ['Article 17a para.1', 'resolved', '刑法17之1.1'], ['article 20A', 'unknown-article', '刑法20之1'],
    ]);
  });
  it('not a range, a word after the number, or a small letter in brackets', () => {
    // A small letter in brackets is no inserted article; it letters an item (entrans4: "Article 19 (a)" is 第十九条第（一）项),
    // one article 20 does not have (before, the citation stopped at "Article 20").
    assert.deepStrictEqual(withInserts('Articles 17-18 of the Criminal Law; the Criminal Law. Article 20A person who acts in defence is not liable. Article 20(a) of the Criminal Law'), [
      ['Articles 17-18 of the Criminal Law', 'resolved', '刑法17 刑法18'], ['Article 20(a) of the Criminal Law', 'unknown-item', '刑法20'],
    ]);
  });
});

describe('versions: an undated page citing a unit only an older text has (older-fits)', () => {
  const read = (text: string) => {
    corpus ??= loadCorpus({ bundled: false, folders: [FIXTURE] });
    const a = analyzeDocument(text, corpus);
    return a.citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map((t) => `${t.article}.${t.paragraph ?? ''}@${(t.version ?? '').slice(0, 4)}`).join(' '), a.diagnostics.filter((d) => d.range.start.character >= 0).map((d) => d.code).join(',')]);
  };
  it('undated: the 2018 text has 第二十条第三款, the 2023 one has not — read in 2018, with a superseded-version warning', () => {
    assert.deepStrictEqual(read('Article 20(3) of the Company Law sets out veil piercing.'), [
      ['Article 20(3) of the Company Law', 'resolved', '20.3@2018', 'superseded-version'],
    ]);
  });
  it('undated, and the latest text has it: the latest; dated: the version in force then, whatever it lacks', () => {
    assert.deepStrictEqual(read('Article 20(2) of the Company Law applies.'), [['Article 20(2) of the Company Law', 'resolved', '20.2@2023', '']]);
    assert.deepStrictEqual(read('Beijing, 5 March 2025\n\nArticle 20(3) of the Company Law applies.'), [
      ['Article 20(3) of the Company Law', 'unknown-paragraph', '20.3@2023', 'unknown-paragraph'],
    ]);
  });
  it('no older text has it either: unknown as before', () => {
    assert.deepStrictEqual(read('Article 20(9) of the Company Law applies.'), [['Article 20(9) of the Company Law', 'unknown-paragraph', '20.9@2023', 'unknown-paragraph']]);
  });
});
