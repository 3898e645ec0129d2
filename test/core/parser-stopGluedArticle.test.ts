// An article's label right after a full stop inside a line, the numbering going on (parser/stopGluedArticle.ts): that
// article, read both ways (lazy and eager) in every Chinese format; a label inside a sentence or out of sequence stays
// the article's text.
import * as assert from 'assert';
import { parseRegulationText } from '../../server/src/core/parser';
import type { Regulation } from '../../server/src/core/model';

/** The same body in LawRefBook Markdown and plain text. */
function inFormats(body: string): { format: string; text: string; file: string; bodyLine: number }[] {
  return [
    { format: 'markdown', text: '# 某市文明行为促进条例\n\n<!-- INFO END -->\n\n' + body, file: 'm.md', bodyLine: 4 },
    { format: 'plain', text: '某市文明行为促进条例\n\n' + body, file: 'p.txt', bodyLine: 2 },
  ];
}

function parseBothWays(text: string, file: string): Regulation {
  const lazy = parseRegulationText(text, { file }).regulations;
  const eager = parseRegulationText(text, { file, eager: true }).regulations;
  const shape = (rs: Regulation[]) => JSON.stringify(rs.map((r) => r.articles.map((a) => [a.label, a.text, a.paragraphs.map((p) => [p.text, p.location])])));
  assert.strictEqual(shape(lazy), shape(eager), `${file}: lazy and eager parses differ`);
  return eager[0];
}

describe('parser: an article\'s label after a full stop inside a line (fix-zh40)', () => {
  const body = [
    '第四十条 犬只应当登记。',
    '第四十一条 办理犬只登记的具体办法由市人民政府制定。第四十二条本条例自2021年1月1日起施行。',
  ].join('\n');
  for (const f of inFormats(body)) {
    it(`reads the glued label as the next article (${f.format})`, () => {
      const reg = parseBothWays(f.text, f.file);
      assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第四十条', '第四十一条', '第四十二条']);
      assert.deepStrictEqual(reg.articles[1].paragraphs.map((p) => p.text), ['办理犬只登记的具体办法由市人民政府制定。']);
      assert.deepStrictEqual(reg.articles[2].paragraphs.map((p) => p.text), ['本条例自2021年1月1日起施行。']);
      const at = body.split('\n')[1].indexOf('第四十二条');
      assert.deepStrictEqual(reg.articles[2].labelLocation.range, { start: { line: f.bodyLine + 1, character: at }, end: { line: f.bodyLine + 1, character: at + 5 } });
      assert.strictEqual(reg.effective, '2021-01-01');
    });
  }

  it('reads a spaced label, and a second one on the same line', () => {
    const reg = parseBothWays('某省名城保护条例\n\n第十三条 甲规划由省审批。第十四条　乙可以调整。第十五条 丙应当公布。', 'q.txt');
    assert.deepStrictEqual(reg.articles.map((a) => [a.label, a.text]), [['第十三条', '第十三条 甲规划由省审批。'], ['第十四条', '第十四条　乙可以调整。'], ['第十五条', '第十五条 丙应当公布。']]);
  });

  it('leaves a label inside a sentence, out of sequence, an insert or one that cites alone', () => {
    const reg = parseBothWays('某省名城保护条例\n\n第十三条 依照第十四条办理。第十条另有规定的除外。第十四条规定的期限不变。第十三条之一本条插入。', 'r.txt');
    assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第十三条']);
  });
});
