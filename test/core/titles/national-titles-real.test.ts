// Titles against the real national corpus (../shared/bench/lawrefbook, outside DLC/; DLC/ added for the provinces'
// laws of the same name). Runs only where that checkout exists.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { titleIndexOf } from '../../../server/src/core/citations';
import { loadCorpus, type Corpus } from '../../../server/src/core/corpus';
import { titleAliases } from '../../../server/src/core/corpus/titleAliases';

const BENCH = process.env.LAWCITE_LAWREFBOOK ?? path.resolve(__dirname, '../../../../../shared/bench/lawrefbook');

/** Written title → the one law it must name. */
const LISTED: [string, string][] = [
  ['刑法', '中华人民共和国刑法'],
  ['民法典', '中华人民共和国民法典'],
  ['国家安全法', '中华人民共和国国家安全法'],
  ['行政处罚法', '中华人民共和国行政处罚法'],
  ['最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释', '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释'],
  ['关于适用〈中华人民共和国刑事诉讼法〉的解释', '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释'],
  ['最高人民法院关于适用﹤中华人民共和国民事诉讼法﹥的解释', '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释'],
  ['民诉法解释', '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释'],
  ['刑诉解释', '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释'],
  ['公司法解释（二）', '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）'],
  ['建工解释一', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）'],
  ['异议规定', '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定'],
  ['Civil Code', '中华人民共和国民法典'],
  ["Company Law of the People's Republic of China", '中华人民共和国公司法'],
  ['道路运输条例', '中华人民共和国道路运输条例'],
  ['信访条例', '信访条例'],
];

describe('titles against the real national corpus (../shared/bench/lawrefbook)', function () {
  this.timeout(180000);
  let national: Corpus;
  let all: Corpus;

  before(function () {
    if (!fs.existsSync(BENCH)) {
      console.log(`      (skipped: ${BENCH} not found; set LAWCITE_LAWREFBOOK to a LawRefBook/Laws checkout)`);
      this.skip();
    }
    const folders = fs.readdirSync(BENCH, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'DLC' && !d.name.startsWith('.'));
    national = loadCorpus({ folders: folders.map((d) => path.join(BENCH, d.name)), bundled: false });
    all = loadCorpus({ folders: [BENCH], bundled: false });
  });

  const named = (corpus: Corpus, written: string) => titleIndexOf(corpus).lookup(written).laws.map((l) => l.title);

  it('the listed titles name exactly one law, with or without the provinces loaded', () => {
    for (const corpus of [national, all]) {
      assert.deepStrictEqual(LISTED.map(([w]) => [w, named(corpus, w)]), LISTED.map(([w, t]) => [w, [t]]));
    }
  });

  it('every national law is named by its title and by its title without 中华人民共和国, even with the provinces loaded', () => {
    const bad: string[] = [];
    for (const law of national.laws.values()) {
      const forms = [law.title, ...(law.title.startsWith('中华人民共和国') ? [law.title.slice(7)] : [])];
      for (const f of forms) if (named(all, f).join('|') !== law.title) bad.push(`${f} → ${named(all, f).join(' | ')}`);
    }
    assert.deepStrictEqual(bad, []);
  });

  it('every alias and English title points at a law of the national corpus, and names it', () => {
    const missing = [...new Set(titleAliases().filter((a) => !national.laws.has(a.title)).map((a) => a.title))];
    assert.deepStrictEqual(missing, []);
    const wrong = titleAliases().filter((a) => named(national, a.alias).join('|') !== a.title).map((a) => `${a.alias} → ${named(national, a.alias).join(' | ')}`);
    assert.deepStrictEqual(wrong, []);
  });
});
