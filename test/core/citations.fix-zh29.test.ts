// Forms from heldout27 (court and gov), a tuning set for the twentieth round's last wave (fix-zh29): made-up text in the
// real style against the bundled corpus (laws named short: 森林74.1 is the Forest Law's article 74, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// A notice (通知) has numbered paragraphs, not articles: its title followed by 第N款 (and an item of it) is a citation of
// the notice, not a 款 of the article cited before it (scanner.ts noticeTitle).
table('citation table: a notice cited by its own 款 right after another law (fix-zh29)', [
  ['a ministry\'s notice by 款 and item after a law\'s article: the notice, unknown', '根据《中华人民共和国森林法》第七十四条第一款的规定，财政部《关于调整某某补偿费标准的通知》第三款第2项的规定，作出处罚。',
    [['《中华人民共和国森林法》第七十四条第一款', 'resolved', '森林74.1'], ['《关于调整某某补偿费标准的通知》第三款第2项', 'unknown-regulation', '']]],
  ['a notice by 款 alone, with a note in brackets closing its title', '依照《关于规范某某收费的通知（试行）》第二款执行。',
    [['《关于规范某某收费的通知（试行）》第二款', 'unknown-regulation', '']]],
  ['not a 款 alone after a regulation\'s title, nor a case number, a session or a list entry', '依据《某某省物业管理条例》第三款处理。（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    []],
]);
