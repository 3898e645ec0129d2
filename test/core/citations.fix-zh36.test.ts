// Forms from round 23's mainland Chinese leftovers of heldout30 and heldout31 (fix-zh36): made-up text in the real
// style against the bundled corpus (laws named short: 民事诉讼260.1 is the Civil Procedure Law's article 260, 款 1).
import { bundledShortTable as table } from './citations/helpers';

// A name closed by 》 right before its article, its 《 lost to the page's HTML and its end garbled, is a title of its own
// (titles/closedUnknownTitle.ts): unknown-regulation when no known title ends there — never the title on the line before.
table('citation table: a title whose opening mark was lost, not the title before it (fix-zh36)', [
  ['a garbled name after a link\'s debris, under a known one: unknown, not the 条例 above',
    '执法依据：\n3、〉a target="_blank" href="//www.example.com/law/show-11.html">兽药管理条例》第九条\n4、〉a target="_blank" href="//www.example.com/law/show-12.html">某某饲养登记条侊/a>》第六条\n',
    [['兽药管理条例》第九条', 'resolved', '兽药管理条例9'], ['某某饲养登记条侊/a>》第六条', 'unknown-regulation', '']]],
  ['a province\'s regulation so written after a citing verb, a known title cited before it',
    '依据《兽药管理条例》第五条和某某省畜牧饲养条例》第十二条，责令改正。',
    [['《兽药管理条例》第五条', 'resolved', '兽药管理条例5'], ['某某省畜牧饲养条例》第十二条', 'unknown-regulation', '']]],
  ['not a known national title that lost its mark (resolved), nor ordinals and a case number',
    '1、〉a href="/law/7.html">中华人民共和国野生动物保护法》第十条\n（2019）某刑初12号。第十四届第一次会议。',
    [['中华人民共和国野生动物保护法》第十条', 'resolved', '野生动物保护10']]],
]);

// A note in brackets between an article and its 款 (第二百六十条（注：…）第一款) interrupts the citation: the 款 is the
// article's, and the provision the note names is a citation of its own (scan/notedParagraph.ts).
table('citation table: an editor\'s note between an article and its 款 (fix-zh36)', [
  ['the 款 after the note is the article\'s; the note\'s article read too',
    '当事人提出证据证明有民事诉讼法第二百六十条（注：已修订为第二百五十八条）第一款规定的情形之一的，裁定不予执行。',
    [['民事诉讼法第二百六十条', 'resolved', '民事诉讼260.1'], ['第二百五十八条', 'resolved', '民事诉讼258']]],
  ['a half-width note naming no provision, a title before it',
    '依照《中华人民共和国刑法》第二十条(注:正当防卫)第二款的规定，应当减轻处罚。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20.2']]],
  ['not a 款 after a bracket that follows no article, nor after an article\'s 款, nor ordinals',
    '《中华人民共和国民事诉讼法》第一百二十二条第一款。（详见附件）第二款另有约定。第十四届第一次会议（2019）某刑初12号。',
    [['《中华人民共和国民事诉讼法》第一百二十二条第一款', 'resolved', '民事诉讼122.1']]],
]);

// 当中 / 当中的 between a law's name and its article written without 第, 规定 after it (scan/inLawWords.ts).
table('citation table: an article "in" a law, 当中 between them (fix-zh36)', [
  ['a bare law name, 当中, digits and 所规定',
    '撤销的情形包括我国仲裁法当中58条所规定的情形，还有别的情形。',
    [['仲裁法当中58条', 'resolved', '仲裁58']]],
  ['a title in marks, 当中的, digits and 规定',
    '《中华人民共和国仲裁法》当中的58条规定了撤销的情形。',
    [['《中华人民共和国仲裁法》当中的58条', 'resolved', '仲裁58']]],
  ['not a count of the law\'s articles, nor 中 alone, nor ordinals',
    '仲裁法当中20条涉及程序问题。仲裁法中58条规定了撤销情形。第十四届第一次会议。',
    []],
]);

// An entry of a numbered list cited after its title: a discretion standard printed as a table (基准表), a State Council
// decision keeping approval items titled 对…的决定 (scanner.ts numberedEntries, approvalItemsDecision).
table('citation table: an entry of a standard\'s table or of a decision keeping approval items (fix-zh36)', [
  ['第7项 of a 裁量基准表 after a law\'s article',
    '根据《中华人民共和国森林法》第七十三条第一款和《某某省林业局行政处罚裁量基准表》第9项：“擅自改变林地用途……”',
    [['《中华人民共和国森林法》第七十三条第一款', 'resolved', '森林73.1'], ['《某某省林业局行政处罚裁量基准表》第9项', 'unknown-regulation', '']]],
  ['第N项 of the decision keeping approval items, a colon and the entry after it',
    '设定依据：《国务院对确需保留的行政审批项目设定行政许可的决定》第150项：某某工程设计文件审批。',
    [['《国务院对确需保留的行政审批项目设定行政许可的决定》第150项', 'unknown-regulation', '']]],
  ['not an entry before a noun, nor a table of another kind, nor ordinals',
    '《国务院对确需保留的行政审批项目设定行政许可的决定》第2项商品。《某某统计表》第7项。第十四届第一次会议。',
    []],
]);

// A 法释 number in brackets after an interpretation's title names the text it issued: where the words quoted are not the
// held article's and the corpus holds no text of that year, the text cited is one the corpus lacks (titles/
// interpretationNumber.ts, analyze.ts); the held text's own number, or no quotation, leaves the citation resolved.
table('citation table: an interpretation\'s version named by its 法释 number (fix-zh36)', [
  ['the 2001 number, words the held article has not: unknown-regulation',
    '《最高人民法院关于民事诉讼证据的若干规定》（法释〔2001〕33号）第三十二条规定：“当事人应当在举证期限内向人民法院提交答辩材料并说明理由。”',
    [['《最高人民法院关于民事诉讼证据的若干规定》（法释〔2001〕33号）第三十二条', 'unknown-regulation', '']]],
  ['not the held text\'s own number (2019), nor the old number with no quotation, nor a case number',
    '《最高人民法院关于民事诉讼证据的若干规定》（法释〔2019〕19号）第三十二条规定：“当事人应当在举证期限内向人民法院提交答辩材料并说明理由。”《最高人民法院关于民事诉讼证据的若干规定》（法释〔2001〕33号）第三条规定，当事人无需举证。（2019）某刑初12号。',
    [['《最高人民法院关于民事诉讼证据的若干规定》（法释〔2019〕19号）第三十二条', 'resolved', '最高人民法院关于民事诉讼证据的若干规定32'],
      ['《最高人民法院关于民事诉讼证据的若干规定》（法释〔2001〕33号）第三条', 'resolved', '最高人民法院关于民事诉讼证据的若干规定3']]],
]);
