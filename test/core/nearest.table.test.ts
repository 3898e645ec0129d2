// The nearest existing articles to a missing one (core/citations/nearest.ts): what quick fixes and hovers offer.
import * as assert from 'assert';
import { nearestArticles } from '../../server/src/core/citations/nearest';
import { parseRegulationText } from '../../server/src/core/parser';

/** A regulation with articles 1..n (and 第十条之一). */
function regulation(n: number) {
  const lines = ['测试条例', ''];
  for (let i = 1; i <= n; i++) {
    lines.push(`第${i}条 第${i}条的内容。`);
    if (i === 10) lines.push('第十条之一 插入的条文。');
  }
  return parseRegulationText(lines.join('\n'), { file: 'test.md', eager: true }).regulations[0];
}

describe('nearest articles to a missing one', () => {
  const reg = regulation(89);
  const rows: [string, number, number | null, string[]][] = [
    ['98: the digit swap is the last article', 98, null, ['89 last', '88 digit']],
    ['120: one digit dropped, nearest first, then the last', 120, null, ['20 digit', '12 digit', '89 last']],
    ['900: past the end, the last one only when no slip exists', 900, null, ['90?', '89 last']],
    ['第十条之二: the article without 之N first', 10, 2, ['10 base']],
  ];
  for (const [name, n, insert, expected] of rows) {
    it(name, () => {
      const got = nearestArticles(reg, n, insert).map((x) => `${x.article.number}${x.article.insert ? '-' + x.article.insert : ''} ${x.why}`);
      const wanted = expected.filter((e) => !e.endsWith('?'));
      for (const w of wanted) assert.ok(got.includes(w), `${name}: ${got.join(', ')}`);
      assert.strictEqual(got[0], wanted[0], `${name}: ${got.join(', ')}`);
      assert.ok(got.length <= 3);
    });
  }
  it('never offers the missing number itself, and nothing for an empty regulation', () => {
    assert.ok(nearestArticles(reg, 98, null).every((x) => x.article.number !== 98));
    assert.deepStrictEqual(nearestArticles({ ...reg, articles: [] }, 5, null), []);
  });
});
