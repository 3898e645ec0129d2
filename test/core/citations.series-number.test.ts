// The number of a series after an interpretation's kind word is read by one definition (titles/seriesNumber.ts) in every
// reader of interpretation names — in brackets, bare, after 之, in figures in brackets. Where the readers' copies
// disagreed (之 and bare numbers in a name without 《》 before 第, figures, a law in marks with 解释之三 after it), the rows
// say what a careful reader means; then the look-alikes that stay as they were (a year in brackets, 规定之一的).
import * as assert from 'assert';
import { bundledShortTable as table } from './citations/helpers';
import { seriesNumber } from '../../server/src/core/citations/titles/seriesNumber';

const LABOUR1 = '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）';
const COMPANY3 = '最高人民法院关于适用《公司法》若干问题的规定（三）';
const MARRIAGE3 = '最高人民法院关于适用《婚姻法》若干问题的解释（三）';
const LENDING = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';

describe('seriesNumber: a written series number in numerals (struct100)', () => {
  for (const [written, n] of [['（三）', '三'], ['(三)', '三'], ['三', '三'], ['之三', '三'], ['(十一)', '十一'], ['(3)', '三'], ['（１）', '一'], ['(11)', '十一'], ['(20)', '二十'], ['(25)', '二十五']]) {
    it(`${written} → ${n}`, () => assert.strictEqual(seriesNumber(written), n));
  }
});

table('citation table: the number of a series after an interpretation\'s name, one reading (struct100)', [
  ['之一 in marks', '依照《劳动争议解释之一》第四十二条，劳动者应当举证。',
    [['《劳动争议解释之一》第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['之一 without marks (was unread: the kind-of-case reader took brackets only)', '依照劳动争议司法解释之一第四十二条，劳动者应当举证。',
    [['劳动争议司法解释之一第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['bare 一 without marks (was unread)', '依照劳动争议司法解释一第四十二条，劳动者应当举证。',
    [['劳动争议司法解释一第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['figures in brackets (was unknown)', '依照《劳动争议解释(1)》第四十二条，劳动者应当举证。',
    [['《劳动争议解释(1)》第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['figures in brackets, a law\'s 规定 (was unknown)', '根据《公司法解释(3)》第十三条的规定，股东应当补足出资。',
    [['《公司法解释(3)》第十三条', 'resolved', `${COMPANY3}13`]]],
  ['bare 三 in marks', '根据《公司法解释三》第十三条的规定，股东应当补足出资。',
    [['《公司法解释三》第十三条', 'resolved', `${COMPANY3}13`]]],
  ['the court\'s name before, 之一, no marks (was unread)', '依照最高院劳动争议司法解释之一第四十二条，劳动者应当举证。',
    [['最高院劳动争议司法解释之一第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['解释之三 after the law in marks (was the 公司法\'s own article)', '根据《公司法》解释之三第十三条的规定，股东应当补足出资。',
    [['《公司法》解释之三第十三条', 'resolved', `${COMPANY3}13`]]],
  ['the title\'s rest after the law in marks, figures (was unknown)', '依照《婚姻法》若干问题的解释(3)第四条的规定，财产归一方所有。',
    [['《婚姻法》若干问题的解释(3)第四条', 'resolved', `${MARRIAGE3}4`]]],
  ['（十一）: two numerals read whole, a text the corpus lacks', '根据《公司法解释（十一）》第一条的规定，应予支持。',
    [['《公司法解释（十一）》第一条', 'unknown-regulation', '']]],
  ['(1) after a name of no series stays unknown', '根据《担保解释(1)》第一条的规定，应予支持。',
    [['《担保解释(1)》第一条', 'unknown-regulation', '']]],
  ['a short name given with figures in brackets (was no short name)', '《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》（以下简称《解释(1)》）施行后，依照《解释(1)》第四十二条，劳动者应当举证。',
    [['《解释(1)》第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['not a year in brackets (a version note)', '根据《民间借贷规定(2020)》第一条的规定，应予支持。',
    [['《民间借贷规定(2020)》第一条', 'resolved', `${LENDING}1`]]],
  ['not 规定之一的 in prose', '有下列规定之一的，依照《劳动合同法》第八十七条处理。',
    [['《劳动合同法》第八十七条', 'resolved', '劳动合同87']]],
]);
