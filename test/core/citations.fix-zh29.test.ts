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

// 前款 in an article's words set out after its citation without marks, mid-sentence: the words since the last full stop
// are its own 款's, so they tell which 款 it stands in when the words after it run into the writer's (analyze.ts
// quotedParagraph).
table('citation table: the second 前款 of one 款 set out without marks, the writer\'s words right after (fix-zh29)', [
  ['both 前款 of the second 款, the writer going on after the full stop', '《中华人民共和国刑法》第一百七十六条规定，处三年以下有期徒刑，并处罚金。单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。笔者梳理了辩点。',
    [['《中华人民共和国刑法》第一百七十六条', 'resolved', '刑176'], ['前款', 'resolved', '刑176.1'], ['前款', 'resolved', '刑176.1']]],
  ['not a 前款 in the writer\'s own sentence after the words, nor a case number or a session', '《中华人民共和国刑法》第一百七十六条规定，处三年以下有期徒刑，并处罚金。笔者认为依照前款处理不妥。（2019）某刑初12号。第十四届第一次会议。',
    [['《中华人民共和国刑法》第一百七十六条', 'resolved', '刑176']]],
]);
