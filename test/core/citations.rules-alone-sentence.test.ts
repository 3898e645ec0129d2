// The sentence a law is looked for in before 实施条例 / 实施细则 alone (titles/implementingRulesAlone.ts) is read by
// text.ts sentenceStart, as far back (400), with the rule's stops: 。；⏎, not ？！ (struct100 rows).
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

const FILLER = Array(5).fill('用人单位应当在三十日内书面通知劳动者本人并说明理由').join('，');

table('citation table: the law before the rules\' word alone, one sentence (struct100)', [
  ['及其实施条例 more than 120 characters after the law (was the law\'s own article)', `根据《劳动合同法》第三十九条的规定，${FILLER}，及其实施条例第十九条的规定也应适用。`,
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['其实施条例第十九条', 'resolved', '劳动合同法实施条例19']]],
  ['《实施条例》 more than 120 characters after the law (was ambiguous)', `根据《劳动合同法》第三十九条的规定，${FILLER}，和《实施条例》第十九条的规定也应适用。`,
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['《实施条例》第十九条', 'resolved', '劳动合同法实施条例19']]],
  ['a question about the law between', '《劳动合同法》第三十九条规定了哪些情形？《实施条例》第十九条又作了哪些补充？',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['《实施条例》第十九条', 'resolved', '劳动合同法实施条例19']]],
  ['an exclamation between, joined', '依照《劳动合同法》第三十九条解除合同！及其实施条例第十九条也应适用。',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['其实施条例第十九条', 'resolved', '劳动合同法实施条例19']]],
]);

describe('citation: the rules\' word alone after a full stop (struct100)', () => {
  it('stays ambiguous, as before: a full stop still ends the sentence', () => {
    const c = analyzeBundled('《劳动合同法》第三十九条规定了六种情形。《实施条例》第十九条又作了补充。').citations.filter((x) => !x.titleOnly);
    assert.deepStrictEqual(c.map((x) => [x.text, x.status]), [['《劳动合同法》第三十九条', 'resolved'], ['《实施条例》第十九条', 'ambiguous']]);
  });
});
