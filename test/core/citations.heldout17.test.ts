// Forms from the seventeenth fair measurement's residual errors (heldout17, now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 民法典1254 is the Civil Code's article 1254).
import { bundledShortTable as table } from './citations/helpers';

// A law's bare short name after a question or exclamation mark, a half-width full stop or semicolon, or a closing
// bracket is a name, as after a comma (titles.ts BEFORE_SHORT_NAME); a longer word ending in a name is still none.
table('citation table: a bare short name after sentence punctuation or a closing bracket (heldout17)', [
  ['after a half-width question mark', '如何守护“头顶上的安全”?民法典第一千二百五十四条规定，禁止从建筑物中抛掷物品。',
    [['民法典第一千二百五十四条', 'resolved', '民法典1254']]],
  ['after a full-width exclamation mark and in traditional script', '心驚膽戰！民法典第一千二百五十四條規定，禁止從建築物中拋擲物品。',
    [['民法典第一千二百五十四條', 'resolved', '民法典1254']]],
  ['after a closing bracket and after a numbered point with a half-width stop', '（详见附件）刑法第二十条规定了正当防卫。\n8.刑法第二十一条规定了紧急避险。',
    [['刑法第二十条', 'resolved', '刑20'], ['刑法第二十一条', 'resolved', '刑21']]],
  ['not a longer word ending in a name, nor another state\'s law, after the same marks', '为什么?母公司法第三条不存在。（参见）德国民法典第八百二十三条。',
    [['第三条', 'no-context', '']]],
  ['a case number and a session after a question mark stay unread', '案号?（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    []],
]);

// A Chinese numeral a line wrap broke where the part before the break is no number alone (第一百八⏎十三条: 一百八 is not
// read so; chain.ts numeralBrokenByWrap), also as a list's later number; a number that ends before the break stays so.
table('citation table: a numeral broken by a line wrap after 百 (heldout17)', [
  ['the second number of a list, broken after 一百八', '依照《中华人民共和国民事诉讼法》第一百七十七条第一款、第一百八\n十三条的规定，裁定如下：',
    [['《中华人民共和国民事诉讼法》第一百七十七条第一款、第一百八\n十三条', 'resolved', '民事诉讼177.1 民事诉讼183']]],
  ['not a number that ends before the break with its unit, nor a line starting with a count', '依照《中华人民共和国民事诉讼法》第一百八十条\n十三条意见另行答复。第一百\n零一次会议。',
    [['《中华人民共和国民事诉讼法》第一百八十条', 'resolved', '民事诉讼180']]],
]);

// "revised in 2023" after an English law's title names that year's version, over the one the document's date picks
// (english.ts REVISED_IN_AFTER): a memo dated before the new text is in force citing its new paragraphs.
table('citation table: a revision year after an English title (heldout17)', [
  ['"the "Company Law" revised in 2023", the page dated before the 2023 text took effect: its paragraphs',
    'Time:\n2024-01-10\n\nParagraphs 2 and 3 of Article 10 of the "Company Law" revised in 2023 stipulate that the legal representative may resign.',
    [['Paragraphs 2 and 3 of Article 10 of the "Company Law"', 'resolved', '公司10.2 公司10.3']]],
  ['not without the words: the version in force on the page\'s date, which has no such paragraphs; nor a year in prose',
    'Time:\n2023-11-10\n\nParagraphs 2 and 3 of Article 10 of the "Company Law" stipulate so. The 14th session met and the rule was revised in 2023.',
    [['Paragraphs 2 and 3 of Article 10 of the "Company Law"', 'unknown-paragraph', '公司10.2 公司10.3']]],
]);

// "of the Peoples Republic of China", the apostrophe lost, still closes a law's title (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle).
table('citation table: "Peoples Republic" without its apostrophe (heldout17)', [
  ['a repealed law\'s title so written: unknown, not dropped', 'According to Article 88 of the General Principles of the Civil Law of the Peoples Republic of China, the contract is void.',
    [['Article 88 of the General Principles of the Civil Law of the Peoples Republic of China', 'unknown-regulation', '']]],
  ['not a people\'s name in prose, nor an ordinal', 'Article 3 of the Peoples Republic of China is no title. The 14th session met.', []],
]);

// An interpretation's English title numbered "(1)" for "(I)" (titleAliases.ts), and "Article 15 of the Interpretation"
// after it: the interpretation named last, as "of the Provisions" is the Provisions named last (anaphor.ts).
table('citation table: an interpretation numbered (1), then "of the Interpretation" (heldout17)', [
  ['"… of the Property Law of the People\'s Republic of China (1)", then "Article 3 of the Interpretation"',
    'Under Article 15 of the Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of the Property Law of the People\'s Republic of China (1), a buyer may act in good faith. Article 3 of the Interpretation applies too.',
    [['Article 15 of the Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of the Property Law of the People\'s Republic of China (1)', 'resolved', '最高人民法院关于适用《物权法》若干问题的解释（一）15'],
      ['Article 3 of the Interpretation', 'resolved', '最高人民法院关于适用《物权法》若干问题的解释（一）3']]],
  ['not an interpretation none was named before (unknown, as "of the Provisions" is), nor a count or a case number',
    'Article 7 of the Interpretation is cited. The 14th session met; (2019) case No. 12.',
    [['Article 7 of the Interpretation', 'unknown-regulation', '']]],
]);
