// A short name the page defines with a version word for a named older text (2005年修订前的《公司法》(以下简称旧《公司法》),
// (以下简称"原公司法")) keeps that text at every later use — the pre-2005 text (unknown-regulation: the corpus lacks it),
// the 2018 text when that is the one named — not the generic 旧 / 原 reading (the text before the latest revision at the
// document's date). fix-zh54, heldout38-court p30: titles/versionWord.ts versionWordName, analyze.ts titleContext; the
// name without marks, titles/versionWord.ts versionWordDefinedName (scanner.ts's definitions after a bare name).
import * as assert from 'assert';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { bundledCorpus } from './citations/helpers';

type Row = [name: string, date: string, doc: string, expected: [string, string, string][]];

/** 公司16@2018-10-26: the law short, its article (.款), the version read. */
const fmt = (t: CitationTarget) =>
  `${(t.regulation ?? '本').replace('中华人民共和国', '').replace(/法$/, '')}${t.article ?? ''}${t.paragraph !== null ? `.${t.paragraph}` : ''}${t.version ? `@${t.version}` : ''}`;

const rows: Row[] = [
  ['旧《公司法》defined for the pre-2005 text: every later use and 该条文 are that text, which the corpus lacks', '2024-05-01',
    '2005年修订前的《公司法》(以下简称旧《公司法》)第六十条第三款规定：“董事、经理不得以公司资产为本公司的股东或者其他个人债务提供担保。”'
      + '一种观点认为，旧《公司法》第六十条第三款的禁止性规定是效力性规定，该条文旨在保护公司利益。另一种观点认为，旧《公司法》第六十条第三款只是管理性规定。',
    [['第六十条第三款', 'unknown-regulation', ''], ['《公司法》第六十条第三款', 'unknown-regulation', ''], ['该条文', 'unknown-regulation', ''],
      ['《公司法》第六十条第三款', 'unknown-regulation', '']]],
  ['"原公司法" defined for the 2018 text on a 2019 page: 原公司法 and 原《公司法》 read there, not in the text before 2018', '2019-06-01',
    '2018年修正的《公司法》（以下简称“原公司法”）第十六条规定了公司担保。原公司法第二十条规定了股东的义务，原《公司法》第十六条第二款另有规定。',
    [['第十六条', 'resolved', '公司16@2018-10-26'], ['原公司法第二十条', 'resolved', '公司20@2018-10-26'], ['《公司法》第十六条第二款', 'resolved', '公司16.2@2018-10-26']]],
  ['the name written without marks: 2005年修订前的公司法（以下简称“原公司法”）, then 原公司法 and 原《公司法》', '2024-09-01',
    '2005年修订前的公司法（以下简称“原公司法”）第二十条规定了公司的设立。原公司法第十二条规定了转投资，原《公司法》第十三条亦然。',
    [['第二十条', 'unknown-regulation', ''], ['原公司法第十二条', 'unknown-regulation', ''], ['《公司法》第十三条', 'unknown-regulation', '']]],
  ['no such definition: 旧《公司法》 is the text before the latest revision, also where 《公司法》 alone was defined', '2024-09-01',
    '根据现行《中华人民共和国公司法》(以下简称《公司法》)第十五条，公司为他人提供担保须经决议。旧《公司法》第十六条亦有规定，新《公司法》第十五条作了修改。',
    [['第十五条', 'resolved', '公司15@2023-12-29'], ['《公司法》第十六条', 'resolved', '公司16@2018-10-26'], ['《公司法》第十五条', 'resolved', '公司15@2023-12-29']]],
];

describe('citation table: a short name defined with a version word keeps the text named (fix-zh54)', () => {
  for (const [name, date, doc, expected] of rows) {
    it(name, () => {
      const got = analyzeDocument(doc, bundledCorpus(), { documentDate: date }).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
      assert.deepStrictEqual(got, expected, doc);
    });
  }
});
