// The Civil Code's interpretations named by its books without the Code's name (lawInsideTitle.ts withCivilCodeInside):
// 《最高人民法院关于适用婚姻家庭编的解释（一）》第二十二条, as judgments write it. Made-up text, bundled corpus.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const MARRIAGE_1 = '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）';
const PROPERTY_1 = '最高人民法院关于适用《中华人民共和国民法典》物权编的解释（一）';

const rows: [string, string, [string, string, string][]][] = [
  ['the book named, the Code left out',
    '依照《最高人民法院关于适用婚姻家庭编的解释（一）》第二十二条的规定，判决如下。',
    [['《最高人民法院关于适用婚姻家庭编的解释（一）》第二十二条', 'resolved', `${MARRIAGE_1}22`]]],
  ['without 最高人民法院',
    '参照《关于适用物权编的解释（一）》第五条处理。',
    [['《关于适用物权编的解释（一）》第五条', 'resolved', `${PROPERTY_1}5`]]],
  ['a book of another law is no book of the Code',
    '依照《最高人民法院关于适用刑法分则编的解释》第五条处理。',
    [['《最高人民法院关于适用刑法分则编的解释》第五条', 'unknown-regulation', '']]],
];

describe('citation table: a Civil Code interpretation named by its book alone', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});
