// A citation's fragments keep every number with the span it is written in (title, article, 之N, 款, 项, 目,
// division), so a tool can rewrite one number (renumbering) without reparsing; lists and ranges are expanded into
// targets only by the resolver.
import * as assert from 'assert';
import { LineIndex } from '../../../server/src/core/citations';
import { analyze } from './helpers';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';

/** [kind, written text, numbers as written] of each fragment of the first citation listed by check. */
function fragments(text: string): [string, string, string[]][] {
  const lines = new LineIndex(text);
  const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => text.slice(lines.offset(r.start), lines.offset(r.end));
  const c = analyze(text).citations.find((x) => !x.titleOnly)!;
  return c.parts.map((p) => {
    const nums = (p.numbers ?? []).map((n) => `${at(n.range)}=${n.value}`);
    if (p.insert) nums.push(`之${at(p.insert.range)}=${p.insert.value}`);
    return [p.kind, at(p.range), nums];
  });
}

describe('citation fragments: each number with its span', () => {
  const rows: [string, string, [string, string, string[]][]][] = [
    ['article, 之N, 款 and 项', `依照${Z}第十条之一第二款第（三）项`, [
      ['title', Z, []],
      ['article', '第十条之一', ['十=10', '之一=1']],
      ['paragraph', '第二款', ['二=2']],
      ['item', '第（三）项', ['三=3']],
    ]],
    ['a unit listing several numbers, then a range', `${Z}第三、四、五条至第七条`, [
      ['title', Z, []],
      ['article', '第三、四、五条', ['三=3', '四=4', '五=5']],
      ['connector', '至', []],
      ['article', '第七条', ['七=7']],
    ]],
    ['Arabic numerals keep their own span', `${Z}第64条第2款`, [
      ['title', Z, []],
      ['article', '第64条', ['64=64']],
      ['paragraph', '第2款', ['2=2']],
    ]],
    ['a division and its section', `${Z}第二章第一节`, [
      ['title', Z, []],
      ['division', '第二章', ['二=2']],
      ['division', '第一节', ['一=1']],
    ]],
    ['an English list and range (the numbers a range implies are not written)', 'Articles 10, 12 to 14 of these Regulations', [
      ['article', 'Articles 10, 12 to 14', ['10=10', '12=12', '14=14']],
    ]],
  ];
  for (const [name, text, expected] of rows) {
    it(name, () => assert.deepStrictEqual(fragments(text), expected));
  }

  it('expands lists and ranges into targets in the resolver only (the fragments stay as written)', () => {
    const c = analyze(`${Z}第二十条至第二十三条`).citations.find((x) => !x.titleOnly)!;
    assert.deepStrictEqual(c.targets.map((t) => t.article), [20, 21, 22, 23]);
    assert.deepStrictEqual(c.parts.filter((p) => p.kind === 'article').map((p) => p.numbers!.map((n) => n.value)), [[20], [23]]);
  });
});
