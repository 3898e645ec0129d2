// Citations as legal Q&A pages, 普法 posts, penalty lists and reprinted law texts write them (issue 14, thirteenth
// helper round, qa13). Made-up text in the real style, against the bundled corpus; the rule each group tests is named in
// its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const CONTRACT_GENERAL = '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释';
const PROPERTY_ONE = '最高人民法院关于适用《中华人民共和国民法典》物权编的解释（一）';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- an interpretation's title without 《》, its issuer set apart by 在 or left out (bareInterpretation.ts) ----
  ['最高人民法院在关于适用〈…〉…的解释第十二条中 cites the interpretation, not the Code named inside it',
    '最高人民法院在关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释第十二条中明确，合同成立后仍需审批。', [
      ['关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释第十二条', 'resolved', `${CONTRACT_GENERAL}12`],
    ]],
  ['依照关于适用〈…〉…的解释（一）第八条 without an issuer cites the interpretation too',
    '依照关于适用〈中华人民共和国民法典〉物权编的解释（一）第八条，登记以外的权利人可以主张。', [
      ['关于适用〈中华人民共和国民法典〉物权编的解释（一）第八条', 'resolved', `${PROPERTY_ONE}8`],
    ]],
  ['a title whose series number is left out names no one interpretation: unknown, never the Code\'s article',
    '最高人民法院在关于适用〈中华人民共和国民法典〉婚姻家庭编的解释第五条中规定了彩礼。', [
      ['关于适用〈中华人民共和国民法典〉婚姻家庭编的解释第五条', 'unknown-regulation', ''],
    ]],
  ['a law cited right after 关于适用 keeps its article; sessions and case numbers are no citations',
    '关于适用《中华人民共和国劳动合同法》第十条的规定，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
      ['《中华人民共和国劳动合同法》第十条', 'resolved', '中华人民共和国劳动合同法10'],
    ]],
];

describe('citations as real Q&A pages, penalty lists and law texts write them (issue 14, round 13, qa13)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
});
