import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SHARED, loadFile } from './parserTestKit';

const BENCH = path.join(SHARED, 'bench', 'lawrefbook');

function* markdownFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (e.name.endsWith('.md')) yield p;
  }
}

describe('parser over the LawRefBook bench corpus (../shared/bench)', function () {
  before(function () {
    if (!fs.existsSync(BENCH)) {
      console.log(`    (skipped: ${BENCH} not found)`);
      this.skip();
    }
  });

  const headingLinesOf = (body: string) => (body.match(/^第[一二三四五六七八九十百千零〇]+条/gm) ?? []).length;

  it('parses all 3,423 files into one regulation each and finds every article heading', () => {
    let files = 0;
    let articles = 0;
    let withoutArticles = 0;
    let headingLines = 0;
    const errors: string[] = [];
    const civilCode: { first: number; numbers: number[] }[] = [];
    for (const f of markdownFiles(BENCH)) {
      files++;
      const l = loadFile(f);
      // The count the bench README gives, taken only from the body (one header line starts with 第…条 too).
      const body = l.text.slice(l.text.indexOf('<!-- INFO END -->') + 1);
      headingLines += headingLinesOf(body);
      for (const w of l.warnings) if (/parser error/.test(w.message)) errors.push(`${f}: ${w.message}`);
      assert.strictEqual(l.regulations.length, 1, f);
      const reg = l.regulations[0];
      // An amendment without 第N条 is numbered by its items 一、二、… (parser/regulation.ts): those are its headings.
      if (/修正案(?:（[一二三四五六七八九十]+）)?$/.test(reg.title) && headingLinesOf(body) === 0) headingLines += (body.match(/^[一二三四五六七八九十百]+、/gm) ?? []).length;
      assert.ok(reg.title.length > 0, f);
      articles += reg.articles.length;
      if (reg.articles.length === 0) withoutArticles++;
      if (f.includes(`${path.sep}民法典${path.sep}`)) civilCode.push({ first: reg.articles[0].number, numbers: reg.articles.map((a) => a.number) });
    }
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(files, 3423);
    assert.strictEqual(headingLines, 147508); // 147,283 第N条 lines and the 225 items of ten 刑法修正案
    assert.strictEqual(articles, headingLines);
    assert.strictEqual(withoutArticles, 97); // 107 before the ten 刑法修正案 numbered by items were read
    const joined = civilCode.sort((a, b) => a.first - b.first).flatMap((p) => p.numbers);
    assert.deepStrictEqual(joined, Array.from({ length: 1260 }, (_, i) => i + 1), '民法典 parts join into 第一条…第一千二百六十条');
  });
});
