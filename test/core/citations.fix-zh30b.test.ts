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
