// Semantic tokens: one per part of each citation, marked unresolved when the citation does not resolve.
import * as assert from 'assert';
import { semanticTokensLegend } from '../../server/src/features/semanticTokens';
import { BEIJIANG, kit } from './serviceKit';

/** Decode LSP relative token data into [line, char, length, type, unresolved]. */
function decode(data: number[]): [number, number, number, string, boolean][] {
  const out: [number, number, number, string, boolean][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push([line, char, data[i + 2], semanticTokensLegend.tokenTypes[data[i + 3]], data[i + 4] === 1]);
  }
  return out;
}

describe('service: semanticTokens', () => {
  it('colours title, article and 款 of a resolved citation', () => {
    const o = kit().open(`依照《${BEIJIANG}》第六条第二款办理。`);
    assert.deepStrictEqual(decode(kit().service.semanticTokens(o.doc).data), [
      [0, 2, 24, 'class', false],
      [0, 26, 3, 'enumMember', false],
      [0, 29, 3, 'property', false],
    ]);
  });

  it('marks every part of an unresolved citation, on every line', () => {
    const o = kit().open(`首行。\n依照《${BEIJIANG}》第六条第五款处理。`);
    assert.deepStrictEqual(decode(kit().service.semanticTokens(o.doc).data), [
      [1, 2, 24, 'class', true],
      [1, 26, 3, 'enumMember', true],
      [1, 29, 3, 'property', true],
    ]);
  });

  it('colours the reference word, article and connector of a self range in a draft', () => {
    const o = kit().open('测试办法\n\n第一条 为了测试，制定本办法。\n第二条 本办法适用于测试。\n第三条 违反本办法第一条至第二条的，依法处理。\n');
    const tokens = decode(kit().service.semanticTokens(o.doc).data);
    assert.deepStrictEqual(tokens.map((t) => t[3]), ['keyword', 'enumMember', 'operator', 'enumMember']);
    assert.ok(tokens.every((t) => t[0] === 4 && !t[4]));
  });
});
