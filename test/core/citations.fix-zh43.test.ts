// Forms of round 24 (fix-zh43, heldout35 court): made-up text in the style of lawyers' and judges' articles, against the
// bundled corpus (laws named short: 公司22 is the Company Law's article 22).
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

// A court document named without 《》 and cut before its kind word (…若干问题的第四条), a law's title inside it: the
// article is that document's, unknown to the corpus as written, as with …若干问题的意见第四条 (titles/bareInterpretation.ts).
table('citation table: a court document named without 《》, cut before its kind word (fix-zh43)', [
  ['a law\'s title inside, and a title of a kind of case', '那么当被告是法人时，最高人民法院关于适用《中华人民共和国民事诉讼法》若干问题的第四条规定，法人的住所地是指法人的主要营业地。最高人民法院关于审理民间借贷案件适用法律若干问题的第二十六条规定，借贷双方约定的利率未超过年利率百分之二十四。',
    [['最高人民法院关于适用《中华人民共和国民事诉讼法》若干问题的第四条', 'unknown-regulation', ''],
      ['最高人民法院关于审理民间借贷案件适用法律若干问题的第二十六条', 'unknown-regulation', '']]],
  ['not a title ending with its kind word, nor 问题的 before other words, nor a case number or an ordinal',
    '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释第四条规定了住所地。最高人民法院关于适用《中华人民共和国民事诉讼法》若干问题的意见第四条亦同。最高人民法院关于适用《中华人民共和国民事诉讼法》若干问题的理解中，《中华人民共和国民事诉讼法》第二十二条规定了住所地。第十四届第一次会议；（2019）某民初12号。',
    [['最高人民法院关于适用《中华人民共和国民事诉讼法》的解释第四条', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释4'],
      ['最高人民法院关于适用《中华人民共和国民事诉讼法》若干问题的意见第四条', 'unknown-regulation', ''],
      ['《中华人民共和国民事诉讼法》第二十二条', 'resolved', '民事诉讼22']]],
]);

// A list going on in digits without 第 past a footnote's marker glued to an article (第51条[2]和53条: scan/listNote.ts,
// scan/chain.ts); a year glued before 《 without 年 names that text (2023《公司法》: scan/yearGluedTitle.ts).
table('citation table: a footnote marker inside a list of articles (fix-zh43)', [
  ['和 and 、 after a marker, with and without 第', '这就要说到《公司法》第51条[2]和53条[3]新增的董事核查催缴出资义务。《刑法》第12条［1］、第15条规定了溯及力和过失。',
    [['《公司法》第51条[2]和53条', 'resolved', '公司51 公司53'], ['《刑法》第12条［1］、第15条', 'resolved', '刑12 刑15']]],
  ['not a marker before other words, nor a number after 和 that is no article, nor a case number or an ordinal',
    '《公司法》第51条[2]规定了催缴。《公司法》第51条[2]和53名股东有关。第十四届第一次会议；（2019）某民初12号。',
    [['《公司法》第51条', 'resolved', '公司51'], ['《公司法》第51条', 'resolved', '公司51']]],
]);

describe('a year glued before 《 without 年 names that text (fix-zh43)', () => {
  for (const [doc, version] of [
    ['这就要说到2023《公司法》第51条新增的董事核查催缴出资义务。', '2023-12-29'],
    ['这是之前的2018《公司法》第16条没有的规定。', '2018-10-26'],
    ['这是之前的2018年《公司法》第16条没有的规定。', '2018-10-26'],
    ['编号12018《公司法》第16条没有的规定。', '2023-12-29'],
    ['国发〔2018〕《公司法》第16条没有的规定。', '2023-12-29'],
  ] as const) {
    it(`${doc} → ${version}`, () => assert.strictEqual(analyzeBundled(doc).citations[0].targets[0].version, version));
  }
});

// 其 before a title after a sentence naming Taiwan, Hong Kong, Macau or another state: that place's law
// (titles/possessiveJurisdiction.ts).
table('citation table: 其《某法》 after a sentence naming a region or a state (fix-zh43)', [
  ['Taiwan in the same sentence, and in the sentence before', '我国台湾地区亦有规定，比如其《民法》第184条规定了侵权责任。台湾地区亦采用类似的规定。其《著作权法》第八十八条第三项规定了赔偿额。德国亦有规定，其《民法典》第823条规定了侵权责任。',
    [['《民法》第184条', 'unknown-regulation', ''], ['《著作权法》第八十八条第三项', 'unknown-regulation', '']]],
  ['not the mainland named last, nor a company\'s 其, nor the Basic Law, nor 其 with no place, nor a case number or an ordinal',
    '台湾地区的做法不同，我国立法者认为，其《民法典》第1165条更为合理。该公司未履行义务，其《公司法》第16条规定的程序未经履行。香港亦有规定。其《基本法》第23条规定了立法义务。其《刑法》第20条规定了正当防卫。第十四届第一次会议；（2019）某民初12号。',
    [['《民法典》第1165条', 'resolved', '民法典1165'], ['《公司法》第16条', 'resolved', '公司16'],
      ['《基本法》第23条', 'resolved', '香港特别行政区基本23'], ['《刑法》第20条', 'resolved', '刑20']]],
]);

// 发布 after a year names the text adopted then, as 公布 and 颁布 do (scan/scanner.ts VERSION_BEFORE); 该条款 followed by
// words about its amendment is the article just cited (SELF_ANCHOR); a bare article after 修改为 is in the text of the
// amendment named (titles/renumberedInto.ts).
table('citation table: 发布 naming a text, and an article told of its amendment (fix-zh43)', [
  ['an unheld 1993 text, its article renumbered in 2013', '1993年发布的《消法》第49条首次引入惩罚性赔偿制度，该条款后于2013年1月修改为第55条。1994年发布的消法第四十九条亦同。',
    [['《消法》第49条', 'unknown-regulation', ''], ['该条款', 'unknown-regulation', ''], ['第55条', 'resolved', '消费者权益保护55'],
      ['消法第四十九条', 'unknown-regulation', '']]],
  ['该条 and 该条款 told of an amendment', '《公司法》第16条规定了对外担保，该条于2018年被修改。《公司法》第22条规定了决议撤销，该条款后来被删除。',
    [['《公司法》第16条', 'resolved', '公司16'], ['该条', 'resolved', '公司16'], ['《公司法》第22条', 'resolved', '公司22'], ['该条款', 'resolved', '公司22']]],
  ['not 发布 of a notice, nor 该条例 or a contract\'s term, nor a renumbering of a held text, nor a case number or an ordinal',
    '2019年发布的通知中提到《公司法》第16条。该条例被修改。合同中该条款被删除。《公司法》第16条后修改为第15条。第十四届第一次会议；（2019）某民初12号。',
    [['《公司法》第16条', 'resolved', '公司16'], ['《公司法》第16条', 'resolved', '公司16'], ['第15条', 'resolved', '公司15']]],
]);

// A bare article, or 该条, repeating a cited number after the same law was named again in another text: that text's
// (lawNamedAgain.ts).
table('citation table: a bare article after the law named again in another text (fix-zh43)', [
  ['an unheld 2005 text named after the article was cited', '我国《公司法》第22条规定的决议撤销之诉承袭了大陆法系。我国2005年修订后的《公司法》借鉴大陆法系国家的公司立法，在第22条规定了决议的无效及可撤销制度。该条规定：“公司决议无效。”',
    [['《公司法》第22条', 'resolved', '公司22'], ['第22条', 'unknown-regulation', ''], ['该条', 'unknown-regulation', '']]],
  ['not another law named since, nor the same text named again, nor a case number or an ordinal',
    '我国《公司法》第22条规定了决议撤销之诉。《证券法》亦有规定。第22条的适用范围较宽。《公司法》还规定了股东会，第22条同样适用。第十四届第一次会议；（2019）某民初12号。',
    [['《公司法》第22条', 'resolved', '公司22'], ['第22条', 'resolved', '公司22'], ['第22条', 'resolved', '公司22']]],
]);
