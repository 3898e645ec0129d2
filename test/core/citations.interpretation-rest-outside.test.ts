// An interpretation named with only the law in 《》 and the rest of its title outside them (《中华人民共和国婚姻法》若干问题的
// 解释(三)第四条, 《…民事诉讼法》的解释第一条) is the court's interpretation of that law, its article the interpretation's
// (fix-zh41a, heldout34-court form 5: titles/titleInterpretation.ts restOfTitleAfter). Made-up text in the real style
// against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// The harness's notation leaves 中华人民共和国 out of the titles.
const MARRIAGE3 = '最高人民法院关于适用《婚姻法》若干问题的解释（三）';
const CIVIL_PROCEDURE = '最高人民法院关于适用《民事诉讼法》的解释';

table('citation table: an interpretation\'s title written after the law in marks (fix-zh41a)', [
  ['若干问题的解释(三), 若干问题的解释（三） and 的解释, each with its article',
    '建议明确《中华人民共和国婚姻法》若干问题的解释(三)第四条规定中的分割范围。另依《婚姻法》若干问题的解释（三）第五条处理。《中华人民共和国民事诉讼法》的解释第一条规定了级别管辖。',
    [['《中华人民共和国婚姻法》若干问题的解释(三)第四条', 'resolved', `${MARRIAGE3}4`], ['《婚姻法》若干问题的解释（三）第五条', 'resolved', `${MARRIAGE3}5`],
      ['《中华人民共和国民事诉讼法》的解释第一条', 'resolved', `${CIVIL_PROCEDURE}1`]]],
  ['not a book on the law (的解释与适用), nor one the corpus lacks read as the law; ordinals and case numbers unread',
    '参见《中华人民共和国民法典》的解释与适用第十条。《中华人民共和国物权法》的解释第五条。第十四届第一次会议；（2019）某民终12号。',
    [['第十条', 'resolved', '民法典10'], ['《中华人民共和国物权法》的解释第五条', 'unknown-regulation', '']]],
]);
