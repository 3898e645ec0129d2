// Forms of pages written under Taiwan's, Macau's and Hong Kong's laws in traditional characters that the twenty-third
// round's tuning sets left missed or wrong (fix-tw36): made-up text in the real style against the bundled corpus (laws
// named short: 网络安全59 is the Cyber Security Law's article 59).
import { bundledShortTable as table } from './citations/helpers';

// A Macau dispatch (批示) or executive order is set out in 款 with items, no articles: its 款 cited right after its
// number and year (no 條) is the act's, which the corpus does not hold (macauActNumber.ts).
table('citation table: a 款 of a Macau dispatch or order named by its number (fix-tw36)', [
  ['a chief executive\'s dispatch: its 款 and item, and its 款 alone after a note mark',
    '一、自二零二一年三月一日起,解除第8/2021號行政長官批示第二款(三)項所採取的措施。\n註:第90/2021號行政長官批示第一款:自二零二一年五月一日起生效。',
    [['第8/2021號行政長官批示第二款(三)項', 'unknown-regulation', ''], ['第90/2021號行政長官批示第一款', 'unknown-regulation', '']]],
  ['an executive order\'s 款, and a secretary\'s dispatch (seven words before 批示) with a list of items',
    '根據第55/2015號行政命令第三款的規定。經第66/2014號經濟財政司司長批示第一款(八)項、(十一)項規定。',
    [['第55/2015號行政命令第三款', 'unknown-regulation', ''], ['第66/2014號經濟財政司司長批示第一款(八)項、(十一)項', 'unknown-regulation', '']]],
  ['not a 款 with no act number before it, nor a number that is no Macau act\'s; ordinals and case numbers stay unread',
    '解除上述批示第一款所採取的措施。編號第12號通告第二款。第十四屆第一次會議。（2019）某刑初12號。第2項商品。',
    []],
]);
