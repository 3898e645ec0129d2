// Repealed laws: what a final provision says it repeals, the record kept for the bundled corpus, and the warning a
// citation of a repealed law gets (test/fixtures/national-titles holds 民法典 附则, whose 第一千二百六十条 repeals nine laws).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { findBundledCorpus, loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { formatRepeals, REPEALS_FILE, repealsIn, repealsOf } from '../../server/src/core/corpus/repeals';
import { parseRegulationText } from '../../server/src/core/parser';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/national-titles');

function finalProvisions(last: string): ReturnType<typeof repealsIn> {
  const text = `# 中华人民共和国示例法\n\n第一条 为了示例，制定本法。\n\n第二条 ${last}\n`;
  return repealsIn(parseRegulationText(text, { file: 'x.md' }).regulations[0]);
}

describe('repeals stated by final provisions', () => {
  it('reads every title a 同时废止 sentence names, with the date the article names', () => {
    const r = finalProvisions('本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国合同法》同时废止。');
    assert.deepStrictEqual(r.map((x) => [x.title, x.article, x.date]), [
      ['中华人民共和国婚姻法', '第二条', '2021-01-01'],
      ['中华人民共和国合同法', '第二条', '2021-01-01'],
    ]);
  });

  it('reads a repeal after a date and an issuer (1990年…国务院发布的《行政复议条例》同时废止)', () => {
    const r = finalProvisions('本法自1999年10月1日起施行。1990年12月24日国务院发布的《行政复议条例》同时废止。');
    assert.deepStrictEqual(r.map((x) => x.title), ['行政复议条例']);
  });

  it('does not take other uses of 废止 for a repeal', () => {
    assert.deepStrictEqual(finalProvisions('国务院可以决定废止《某某条例》。'), []);
    assert.deepStrictEqual(finalProvisions('《某某办法》的废止程序，依照本法执行。'), []);
    assert.deepStrictEqual(finalProvisions('本法自公布之日起施行。'), []);
  });
});

describe('citing a repealed law', () => {
  let corpus: Corpus;
  before(() => (corpus = loadCorpus({ bundled: false, folders: [FIXTURE] })));
  const codes = (text: string) => analyzeDocument(text, corpus).diagnostics.map((d) => `${d.code}:${d.severity}`);

  it('warns, naming the repealing law and article, and suggests no other title', () => {
    const a = analyzeDocument('依据《中华人民共和国合同法》第五十二条', corpus);
    const d = a.diagnostics.find((x) => x.code === 'repealed');
    assert.ok(d, JSON.stringify(a.diagnostics));
    assert.strictEqual(d.severity, 'warning');
    assert.match(d.message.zh, /《中华人民共和国合同法》已被《中华人民共和国民法典》第一千二百六十条废止，自2021年1月1日起/);
    assert.match(d.message.zh, /；请改引《中华人民共和国民法典》的相应规定$/, 'names the successor');
    assert.strictEqual(a.citations[0].status, 'unknown-regulation');
    assert.deepStrictEqual(a.citations[0].candidates ?? [], []);
  });

  it('finds the law by its short title too', () => assert.ok(codes('《担保法》第十八条').includes('repealed:warning')));

  it('says nothing of the repeal in a document older than it', () => {
    assert.ok(!codes('关于某合同纠纷的答复\n\n2019年3月12日\n\n依据《中华人民共和国合同法》第五十二条').includes('repealed:warning'));
  });

  it('is recorded up to date for the bundled corpus (run `npm run corpus:index`)', function () {
    this.timeout(180000);
    const bundled = findBundledCorpus();
    assert.ok(bundled);
    const fresh = formatRepeals(repealsOf(loadCorpus({ bundled: false, folders: [bundled] }).laws.values()));
    assert.strictEqual(fs.readFileSync(path.join(bundled, REPEALS_FILE), 'utf8'), fresh, 'corpus/repeals.json is stale: run `npm run corpus:index`');
  });
});
