// A bare name one character short of a corpus law's (fix-zh71; heldout51-gov p19): a near miss, named as written —
// unknown-regulation as 《行政罚法》 is — while real shortenings keep resolving (titles/nearMissName.ts).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a near-miss bare law name (fix-zh71)', [
  ['Taiwan\'s 行政罚法 (处 of 处罚 left out): unknown-regulation, not the 行政处罚法',
    '本案有无行政罚法第5条所谓“行为后法律有变更”之情形？故不适用行政罚法第5条之规定。',
    [['行政罚法第5条', 'unknown-regulation', ''], ['行政罚法第5条', 'unknown-regulation', '']]],
  ['the same name in marks stays unknown-regulation',
    '依《行政罚法》第5条规定。',
    [['《行政罚法》第5条', 'unknown-regulation', '']]],
  ['a shortening by whole words still resolves (治安处罚法: 管理 left out)',
    '依照治安处罚法第五条规定。',
    [['治安处罚法第五条', 'resolved', '治安管理处罚5']]],
  ['a shortening by first characters still resolves (民诉法)',
    '依照民诉法第五条规定。',
    [['民诉法第五条', 'resolved', '民事诉讼5']]],
  ['one character short, the character merged (出入境管理法: one 境 for two): a shortening, resolved',
    '依照出入境管理法第五条规定。',
    [['出入境管理法第五条', 'resolved', '出境入境管理5']]],
  ['the full name resolves', '依照行政处罚法第五条规定。', [['行政处罚法第五条', 'resolved', '行政处罚5']]],
]);
