// Forms from round 23's Chinese leftovers (fix-zh38; heldout32 court): made-up text in the real style against the
// bundled corpus (laws named short: 民事诉讼209 is the Civil Procedure Law's article 209).
import { bundledShortTable as table } from './citations/helpers';

// A sentence opened by a year, a law's short name and its amendment with 后 or 时 and a comma (2012年某诉法修改后，) speaks
// of that law's text of that year: a bare article in it is that text's (unknown-regulation when the corpus lacks it),
// and 该条文 after it follows (titles/versionClause.ts). Not another law in context, not a year alone before the name.
table('citation table: a version named by a time clause with the law\'s short name (fix-zh38)', [
  ['a text the corpus lacks, then 该条文 and 该条法律 pointing back; the name cited again with no year is the law in force',
    '申诉难曾长期存在。2012年民诉法修改后，审判监督程序有几处变化，最大的变化就是增加了第二百零九条。该条文规范了申诉的程序。该条法律还明确了条件：不存在民诉法第二百零九条所列情形的，不予受理。',
    [['第二百零九条', 'unknown-regulation', ''], ['该条文', 'unknown-regulation', ''], ['该条法律', 'unknown-regulation', ''],
      ['民诉法第二百零九条', 'resolved', '民事诉讼209']]],
  ['a text the corpus holds: that version', '2021年民诉法修订后，变化较大的是第一百六十条。',
    [['第一百六十条', 'resolved', '民事诉讼160']]],
  ['修订后 with no name, after a law in context: the text of that year (not held)', '《中华人民共和国民事诉讼法》第一条规定了目的。2012年修订后，新增的是第二百零九条。',
    [['《中华人民共和国民事诉讼法》第一条', 'resolved', '民事诉讼1'], ['第二百零九条', 'unknown-regulation', '']]],
  // A year alone before the name (2012年民诉法第二百零九条) names that year's text too (fix-zh41b: unknown-regulation here).
  ['not a name that is not the law in context; ordinals and case numbers stay unread',
    '2012年民诉法第二百零九条规定了申诉。《中华人民共和国民事诉讼法》第一条规定了目的。2012年某某规划法修改后，新增的是第二百零九条。第十四届第一次会议，（2019）某刑初12号。',
    [['民诉法第二百零九条', 'unknown-regulation', ''], ['《中华人民共和国民事诉讼法》第一条', 'resolved', '民事诉讼1'], ['第二百零九条', 'resolved', '民事诉讼209']]],
]);

// An article's 款 counted right after it is cited (第十二条共三款, 有两款) and then named alone in the same sentence, 第一款…；
// 第二款第一句…: each is a 款 of that article (scan/paragraphsCounted.ts) — unknown-regulation after an unknown title's
// article, that article's 款 after a known one. Not a contract's clauses, not after the sentence ends, not a count
// standing apart from the article cited.
table('citation table: 款 named alone after the article\'s 款 were counted (fix-zh38)', [
  ['an unknown title\'s article, its 款 and their sentences in the writer\'s words',
    '三、性质分析 《某某工程纠纷规定》第十二条共三款，第一款是程序规范，规定的是起诉条件；第二款第一句仍是程序规范；第二款第二句则是实体规范。',
    [['《某某工程纠纷规定》第十二条', 'unknown-regulation', ''], ['第一款', 'unknown-regulation', ''], ['第二款第一句', 'unknown-regulation', ''], ['第二款第二句', 'unknown-regulation', '']]],
  ['a known law\'s article counted with 有: its 款', '就违约金而言，《民法典》第五百八十五条有三款，第一款允许约定违约金，第三款规定了迟延履行的违约金。',
    [['《民法典》第五百八十五条', 'resolved', '民法典585'], ['第一款', 'resolved', '民法典585.1'], ['第三款', 'resolved', '民法典585.3']]],
  ['not a contract\'s clauses, nor a 款 after the sentence ends, nor a count apart from the article; ordinals and case numbers stay unread',
    '分析。合同第八条共两款，第一款约定了价款；第二款约定了违约金。《民法典》第五百八十五条共三款。第一款约定了价款。《民法典》第十条规定了习惯。该协议共两款，第一款约定了价款。第十四届第一次会议，（2019）某刑初12号。',
    [['《民法典》第五百八十五条', 'resolved', '民法典585'], ['《民法典》第十条', 'resolved', '民法典10']]],
]);

// 该条 after an article's 款 named alone (第十二条共三款，第一款…；第二款第二句…。因此，该条两款…) points back to that
// article, over the 款 read alone (layout/thatArticle.ts articleBeforeParagraphs); not past a title named since.
table('citation table: 该条 after the article\'s 款 named alone (fix-zh38)', [
  ['an unknown title\'s article: unknown-regulation; a known one: the article',
    '关于性质，《某某工程纠纷规定》第十二条共三款，第一款是程序规范；第二款第二句是实体规范。因此，该条两款总体上是程序规范。\n就违约金而言，《民法典》第五百八十五条共三款，第一款允许约定违约金；第三款规定了迟延履行。该条规定了违约金的调整。',
    [['《某某工程纠纷规定》第十二条', 'unknown-regulation', ''], ['第一款', 'unknown-regulation', ''], ['第二款第二句', 'unknown-regulation', ''], ['该条', 'unknown-regulation', ''],
      ['《民法典》第五百八十五条', 'resolved', '民法典585'], ['第一款', 'resolved', '民法典585.1'], ['第三款', 'resolved', '民法典585.3'], ['该条', 'resolved', '民法典585']]],
  ['not past a title named since, nor 该条件; ordinals and case numbers stay unread',
    '《民法典》第五百八十五条共三款，第一款允许约定违约金；第三款规定了迟延履行。《某某规划》随后发布。该条规定了违约金的调整，该条件不变。第十四届第一次会议，（2019）某刑初12号。',
    [['《民法典》第五百八十五条', 'resolved', '民法典585'], ['第一款', 'resolved', '民法典585.1'], ['第三款', 'resolved', '民法典585.3']]],
]);
