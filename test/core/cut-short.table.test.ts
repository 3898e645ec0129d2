// Corpus texts their source cut short (corpus/cutShort.ts), and what citing an article past such a text's end gives:
// still unknown-article, but a warning saying the text is incomplete, where a complete text's missing article is an
// error with the nearest articles as fixes.
// Fixtures: test/fixtures/cut-short (four short texts written for the test) and the bundled 长江保护法, whose
// LawRefBook text stops at 第七十九条 of 96.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { cutShortAfter } from '../../server/src/core/corpus/cutShort';
import { bundledCorpus } from './citations/helpers';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/cut-short');

let corpus: Corpus | null = null;
function fixtureCorpus(): Corpus {
  corpus ??= loadCorpus({ folders: [FIXTURE], bundled: false });
  return corpus;
}

function regulation(title: string) {
  const law = fixtureCorpus().laws.get(title);
  assert.ok(law, title);
  return law.versions[0];
}

describe('cutShortAfter: which corpus texts stop early', () => {
  const rows: [string, string, number | null][] = [
    ['the last article in a chapter other than 附则 and closing nothing: cut after it', '截断示例条例', 4],
    ['the last article in 附则: complete', '完整示例条例', null],
    ['the last article says who interprets the text: complete, whatever its chapter', '监督示例条例', null],
    ['no chapters: nothing tells where the text should end, so never judged cut', '不分章示例办法', null],
  ];
  for (const [why, title, last] of rows) {
    it(why, () => assert.strictEqual(cutShortAfter(regulation(title))?.number ?? null, last));
  }
});

describe('citing past the end of a text cut short', () => {
  const codes = (text: string) => analyzeDocument(text, fixtureCorpus()).diagnostics.map((d) => `${d.code}:${d.severity}`);
  const statuses = (text: string) => analyzeDocument(text, fixtureCorpus()).citations.map((c) => c.status);

  it('an article after the last one: a warning that it cannot be checked, with no fix citing another article', () => {
    const text = '依照《截断示例条例》第十二条的规定处理。';
    assert.deepStrictEqual(statuses(text), ['unknown-article']);
    assert.deepStrictEqual(codes(text), ['unknown-article:warning']);
    const d = analyzeDocument(text, fixtureCorpus()).diagnostics[0];
    assert.strictEqual(d.message.zh, '语料中《截断示例条例》的文本不完整（止于第四条），无法核对第十二条');
    assert.strictEqual(d.message.en, 'The corpus text of 《截断示例条例》 is incomplete (it stops at Article 4), so Article 12 cannot be checked');
    assert.deepStrictEqual(d.fixes ?? [], []);
  });

  it('an article the text has: resolved with no diagnostic', () => {
    assert.deepStrictEqual(codes('依照《截断示例条例》第三条的规定处理。'), []);
  });

  it('a complete text\'s missing article stays an unknown-article error', () => {
    const text = '依照《完整示例条例》第十二条的规定处理。';
    assert.deepStrictEqual(statuses(text), ['unknown-article']);
    assert.deepStrictEqual(codes(text), ['unknown-article:error']);
    assert.ok((analyzeDocument(text, fixtureCorpus()).diagnostics[0].fixes ?? []).length > 0, 'the nearest articles as fixes');
  });

  it('a text without chapters: an article past its end stays an error', () => {
    assert.deepStrictEqual(codes('依照《不分章示例办法》第九条的规定处理。'), ['unknown-article:error']);
  });
});

describe('the bundled 长江保护法 (LawRefBook text cut after 第七十九条)', () => {
  it('第八十五条 gets the warning, no error; 第七十条 is read from the text', () => {
    const a = analyzeDocument('依照《长江保护法》第八十五条、第七十条的规定。', bundledCorpus());
    assert.deepStrictEqual(a.diagnostics.map((d) => `${d.code}:${d.severity}`), ['unknown-article:warning']);
    assert.strictEqual(a.citations[0].targets[1].article, 70);
    assert.match(a.diagnostics[0].message.zh, /止于第七十九条/);
  });
});
