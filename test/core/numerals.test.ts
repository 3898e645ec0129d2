import * as assert from 'assert';
import { formatChineseNumeral, formatRoman, parseNumeral, parseRoman } from '../../server/src/core/numerals';

describe('Chinese numerals', () => {
  it('round-trips every number from 1 to 9999', () => {
    for (let n = 1; n <= 9999; n++) {
      const s = formatChineseNumeral(n);
      assert.strictEqual(parseNumeral(s), n, `${n} → ${s}`);
    }
  });

  it('formats the edge cases as legal text writes them', () => {
    const cases: [number, string][] = [
      [10, '十'], [11, '十一'], [105, '一百零五'], [110, '一百一十'], [200, '二百'], [1001, '一千零一'],
      [64, '六十四'], [9999, '九千九百九十九'], [1010, '一千零一十'], [2005, '二千零五'],
    ];
    for (const [n, s] of cases) assert.strictEqual(formatChineseNumeral(n), s);
  });

  it('parses variant forms: 一十, 两, 〇, Arabic and full-width digits', () => {
    const cases: [string, number][] = [
      ['一十', 10], ['一十一', 11], ['两百', 200], ['一百〇五', 105], ['零', 0], ['二〇二三', 2023],
      ['64', 64], ['６４', 64], ['一百十', 110], ['两千零一', 2001], ['两', 2],
    ];
    for (const [s, n] of cases) assert.strictEqual(parseNumeral(s), n, s);
  });

  it('rejects malformed numerals', () => {
    for (const s of ['', '百', '千', '十十', '一百零', '百十', '一二十', '十两', 'abc', '六十四条', '一百五'])
      assert.strictEqual(parseNumeral(s), null, s);
  });

  it('refuses to format numbers out of range', () => {
    assert.throws(() => formatChineseNumeral(10000));
    assert.throws(() => formatChineseNumeral(-1));
    assert.throws(() => formatChineseNumeral(1.5));
  });
});

describe('roman numerals', () => {
  const rows: [string, number | null][] = [['IV', 4], ['iv', 4], ['XIV', 14], ['xxx', 30], ['CXCIX', 199], ['MMXXIV', 2024], ['IIII', 4], ['', null], ['XIA', null], ['14', null]];
  for (const [s, n] of rows) it(`${JSON.stringify(s)} → ${n}`, () => assert.strictEqual(parseRoman(s), n));
  for (const n of [1, 4, 9, 14, 40, 90, 199, 399, 2024]) it(`${n} written and read back`, () => assert.strictEqual(parseRoman(formatRoman(n)), n));
  it('the canonical form: 14 is XIV, 4 is IV', () => assert.deepStrictEqual([formatRoman(14), formatRoman(4), formatRoman(399)], ['XIV', 'IV', 'CCCXCIX']));
});
