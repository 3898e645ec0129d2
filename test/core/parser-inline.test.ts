// Glued article labels ("第二条本办法…") in every Chinese format, and 项 written inside one line
// ("…下列事项：（一）…；（二）…。"), with exact locations. Drafts mix both.
import * as assert from 'assert';
import { parseRegulationText } from '../../server/src/core/parser';
import type { Regulation } from '../../server/src/core/model';

/** The same body in each Chinese format: bundled front matter, LawRefBook Markdown (with and without the header end), plain text. */
function inFormats(body: string): { format: string; text: string; file: string; bodyLine: number }[] {
  return [
    { format: 'bundled', text: '---\ntitle: 某某办法\nlang: zh\n---\n某某办法\n\n' + body, file: 'b.md', bodyLine: 6 },
    { format: 'markdown', text: '# 某某办法\n\n<!-- INFO END -->\n\n' + body, file: 'm.md', bodyLine: 4 },
    { format: 'markdown without INFO END', text: '# 某某办法\n\n' + body, file: 'n.md', bodyLine: 2 },
    { format: 'plain', text: '某某办法\n\n' + body, file: 'p.txt', bodyLine: 2 },
  ];
}

function parseBothWays(text: string, file: string): Regulation[] {
  const lazy = parseRegulationText(text, { file }).regulations;
  const eager = parseRegulationText(text, { file, eager: true }).regulations;
  const shape = (rs: Regulation[]) =>
    JSON.stringify(rs.map((r) => r.articles.map((a) => [a.label, a.text, a.paragraphs.map((p) => [p.text, p.items.map((i) => [i.label, i.text, i.location])])])));
  assert.strictEqual(shape(lazy), shape(eager), `${file}: lazy and eager parses differ`);
  return eager;
}

describe('parser: labels glued to the text in every Chinese format', () => {
  const body = [
    '第一条为了规范管理，制定本办法。',
    '第二条本办法适用于本市。',
    '第三条规定的情形除外。',
    '第三条第一款所列情形，不适用本办法。',
    '第五条本办法另有规定的除外。',
    '第三条本办法自2024年1月1日起施行。',
    '第三条之一本条为插入条文。',
  ].join('\n');

  for (const f of inFormats(body)) {
    it(`reads a glued label as a heading only when the numbering confirms it (${f.format})`, () => {
      const [reg] = parseBothWays(f.text, f.file);
      assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条', '第二条', '第三条', '第三条之一']);
      assert.deepStrictEqual(reg.articles[1].paragraphs.map((p) => p.text), [
        '本办法适用于本市。',
        '第三条规定的情形除外。',
        '第三条第一款所列情形，不适用本办法。',
        '第五条本办法另有规定的除外。',
      ]);
      assert.strictEqual(reg.articles[0].paragraphs[0].text, '为了规范管理，制定本办法。');
      assert.deepStrictEqual(reg.articles[0].paragraphs[0].location.range.start, { line: f.bodyLine, character: 3 });
      assert.deepStrictEqual(reg.articles[3].labelLocation.range, { start: { line: f.bodyLine + 6, character: 0 }, end: { line: f.bodyLine + 6, character: 5 } });
      assert.strictEqual(reg.effective, '2024-01-01');
    });
  }
});
