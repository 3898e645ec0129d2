import * as assert from 'assert';
import { endsWithColon, lineEndAt, lineStartAt } from '../../../server/src/core/citations/text';

describe('line bounds of the analysed text', () => {
  const lines = ['Legal basis:', 'Article 50 of the Labor Law: wages', '', 'last line'];
  const text = lines.join('\n');
  const at = (i: number) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const cases: [string, number, number, number][] = [
    // [what, offset, line start, line end (its break, or the text's end)]
    ['first line', 3, 0, at(1) - 1],
    ['at the start of a line', at(1), at(1), at(2) - 1],
    ['in the middle of a line', at(1) + 9, at(1), at(2) - 1],
    ['on the line break itself', at(1) - 1, 0, at(1) - 1],
    ['an empty line', at(2), at(2), at(2)],
    ['the last line, no break after it', at(3) + 2, at(3), text.length],
    ['the end of the text', text.length, at(3), text.length],
  ];
  for (const [what, p, start, end] of cases) {
    it(`${what}: [${start}, ${end})`, () => {
      assert.strictEqual(lineStartAt(text, p), start);
      assert.strictEqual(lineEndAt(text, p), end);
    });
  }

  it('follows the text when another one is analysed', () => {
    assert.strictEqual(lineEndAt('one line', 2), 8);
    assert.strictEqual(lineStartAt('a\nb', 2), 2);
    assert.strictEqual(lineEndAt(text, 0), lines[0].length);
  });
});

describe('endsWithColon', () => {
  const rows: [string, boolean][] = [
    ['in the following circumstances:', true],
    ['in the following circumstances：', true],
    ['the following:  \t', true],
    ['wages shall be paid', false],
    ['a colon: in the middle', false],
    [':', true],
    ['', false],
    ['   ', false],
  ];
  for (const [line, expected] of rows) {
    it(`${JSON.stringify(line)} → ${expected}`, () => assert.strictEqual(endsWithColon(`x\n${line}\ny`, 2, 2 + line.length), expected));
  }
  it('reads only the span it is given', () => assert.strictEqual(endsWithColon('list: then', 0, 5), true));
});
