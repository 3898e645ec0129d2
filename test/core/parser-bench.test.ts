import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SHARED, loadFile } from './parserTestKit';
import { parseNumeral } from '../../server/src/core/numerals';

/**
 * Items read as articles: 225 of ten 刑法修正案, 419 of SPC 安排/规定, 决定 and other texts of a known kind without 第N条
 * (101 of them in 17 local 决定/决议 whose kind only their adoption note's issuer tells: 543 before it did).
 */
const ITEM_HEADINGS = 644;
/** Texts with neither 第N条 nor items read as articles (amending decisions, one-provision amendments, texts of no known kind). */
const WITHOUT_ARTICLES = 50;
/**
 * Articles whose label follows a full stop inside a line, the numbering going on (parser/stopGluedArticle.ts): 周口市文明
 * 行为促进条例 第四十二条 and 河南省历史文化名城保护条例 第十四条 — no 第N条 line of their own.
 */
const STOP_GLUED = 2;

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
    let itemHeadings = 0;
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
      // A text without 第N条 is numbered by its items 一、二、… or 1. 2. … in sequence (parser/regulation.ts): those are
      // its headings. Counted here by their labels in sequence from one, whatever the text says of them.
      if (headingLinesOf(body) === 0 && reg.articles.length) {
        const zh = /修正案(?:（[一二三四五六七八九十]+）)?$/.test(reg.title) || reg.articles[0].label === '一、';
        const labels = (body.match(zh ? /^[一二三四五六七八九十百]+、/gm : /^\d{1,3}[.．、](?![\d.．])/gm) ?? []).map((m) => (zh ? parseNumeral(m.slice(0, -1)) : Number(m.slice(0, -1))));
        let next = 1;
        for (const n of labels) if (n === next) next++;
        itemHeadings += next - 1;
      }
      assert.ok(reg.title.length > 0, f);
      articles += reg.articles.length;
      if (reg.articles.length === 0) withoutArticles++;
      if (f.includes(`${path.sep}民法典${path.sep}`)) civilCode.push({ first: reg.articles[0].number, numbers: reg.articles.map((a) => a.number) });
    }
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(files, 3423);
    assert.strictEqual(headingLines, 147283); // 第N条 lines
    assert.strictEqual(articles, headingLines + itemHeadings + STOP_GLUED);
    // The items of ten 刑法修正案 (225) and of the other texts published without 第N条 that are numbered by items.
    assert.strictEqual(itemHeadings, ITEM_HEADINGS);
    assert.strictEqual(withoutArticles, WITHOUT_ARTICLES); // 107 before the ten 刑法修正案 were read by items, 97 before other texts were, 67 before the issuer told a kind
    const joined = civilCode.sort((a, b) => a.first - b.first).flatMap((p) => p.numbers);
    assert.deepStrictEqual(joined, Array.from({ length: 1260 }, (_, i) => i + 1), '民法典 parts join into 第一条…第一千二百六十条');
  });
});
