// Forms from mainland court material left on the tuning sets after round 20 (fix-zh30b): made-up text in the real
// style against the bundled corpus (laws named short: 民法典1179 is the Civil Code's article 1179).
import { bundledShortTable as table } from './citations/helpers';

// A citation of an article the corpus lacks closing its line with a colon labels the article's text set out below it;
// the writer's 本条 in the paragraphs under it is that article (unknown-regulation), also after a known article cited
// before it (analyze.ts LABELS_TEXT_BELOW, unknownHeading).
table('citation table: 本条 under an unknown article labelling its text (fix-zh30b)', [
  ['an unknown regulation\'s article closing a question line with a colon, after a known article: its 本条 below',
    '依照《中华人民共和国民法典》第一千一百七十九条的规定，应当赔偿。\n如何理解《某某省道路管理条例》第十条：\n道路两侧禁止堆放物品。\n解释：\n一是本条强调禁止堆放。\n二是本条不适用于临时摊点。',
    [['《中华人民共和国民法典》第一千一百七十九条', 'resolved', '民法典1179'], ['《某某省道路管理条例》第十条', 'unknown-regulation', ''],
      ['本条', 'unknown-regulation', ''], ['本条', 'unknown-regulation', '']]],
  ['not an unknown article named in passing with no colon: 本条 stays the known article; ordinals and case numbers stay unread',
    '依照《中华人民共和国民法典》第一千一百七十九条的规定，应当赔偿，另见《某某省道路管理条例》第十条。\n一是本条强调赔偿。第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['《中华人民共和国民法典》第一千一百七十九条', 'resolved', '民法典1179'], ['《某某省道路管理条例》第十条', 'unknown-regulation', ''], ['本条', 'resolved', '民法典1179']]],
]);

// A 款 alone a few words after its regulation's title named again alone, in the same clause, is a 款 of that
// regulation's article cited last (layout/paragraphAfterTitle.ts; analyze.ts checks the law); the 款 set against it
// after (a pair, or after a citing verb) are too (layout/paragraphAlone.ts PAIRED, CITED_BY).
table('citation table: 款 compared after the title named again (fix-zh30b)', [
  ['the short name again, then 第一款和第二款, a pair, and 按照第一款',
    '《中华人民共和国民法典》（以下简称《民法典》）第一千一百六十五条虽有规定，但争议很大。《民法典》在过错认定上第一款和第二款分别采用了不同的思路，第一款过错责任，第二款推定过错，实践中多按照第一款来裁判。',
    [['第一千一百六十五条', 'resolved', '民法典1165'], ['第一款和第二款', 'resolved', '民法典1165.1 民法典1165.2'], ['第一款', 'resolved', '民法典1165.1'],
      ['第二款', 'resolved', '民法典1165.2'], ['第一款', 'resolved', '民法典1165.1']]],
  ['not after another law\'s title, an ordinal or a contract\'s 款, nor with no article cited; a case number and an item count stay unread',
    '《中华人民共和国民法典》第一千一百六十五条虽有规定，但争议很大。《中华人民共和国刑法》在这一问题上第一款和第二款分别作了规定。《民法典》在第十四届第二款会议上讨论。《民法典》公布后合同第二款的约定无效。',
    [['《中华人民共和国民法典》第一千一百六十五条', 'resolved', '民法典1165']]],
  ['not with no article cited before the title', '《民法典》在过错认定上第一款和第二款分别采用了不同的思路，第一款过错责任，第二款推定过错。（2019）某刑初12号，第2项商品。', []],
  ['not a 款 after the title without words treating it as a provision',
    '《中华人民共和国民法典》（以下简称《民法典》）第一千一百六十五条虽有规定。《民法典》在过错认定上第一款综合考量，实践中多见。',
    [['第一千一百六十五条', 'resolved', '民法典1165']]],
  ['after a cited 款: a 款 after a citing verb, and a pair of 款 set side by side',
    '《中华人民共和国民法典》第一千一百六十五条第一款是过错责任的规定，多数法院按照第二款来裁判。\n《中华人民共和国民法典》第一千一百六十五条第一款规定了两种思路，第一款过错责任，第二款推定过错。',
    [['《中华人民共和国民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2'],
      ['《中华人民共和国民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2']]],
  ['not a 款 alone in a later sentence with no pair, nor a contract\'s 款',
    '《中华人民共和国民法典》第一千一百六十五条第一款是过错责任的规定。第二款推定过错，合同第一款另有约定，第十四届第一次会议。',
    [['《中华人民共和国民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1']]],
]);

// 前款 opening the line after the items of an article set out line by line under its citation (lead-in closed by a
// colon, items each on a line), its words in no version held, is the 款 of the items (sentenceParagraphs.ts
// paragraphAfterItemLines).
table('citation table: 前款 after an article\'s items set out line by line (fix-zh30b)', [
  ['the article set out over empty lines, indented, its items each on a line, then 对前款第一项…',
    '法律依据：\n\n      《中华人民共和国民事诉讼法》第一百五十四条\n\n\n      有下列情形之一的，可以裁定：\n\n\n      （一）甲事项；\n\n\n      （二）乙事项。\n\n\n      对前款第一项裁定，可以上诉。',
    [['《中华人民共和国民事诉讼法》第一百五十四条', 'resolved', '民事诉讼154'], ['前款第一项', 'resolved', '民事诉讼154.1.1']]],
  ['not with no lead-in closed by a colon, nor 前款 deep in a writer\'s line; ordinals and case numbers stay unread',
    '法律依据：\n\n《中华人民共和国民事诉讼法》第一百五十四条\n\n有关情形较多。\n\n（一）甲事项；\n\n律师认为对前款第一项的理解仍有争议，应当慎重。第十四届第一次会议，（2019）某刑初12号。',
    [['《中华人民共和国民事诉讼法》第一百五十四条', 'resolved', '民事诉讼154']]],
]);
