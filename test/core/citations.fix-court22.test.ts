// Forms from the twenty-first fair measurement's residual errors on court pages (heldout21 court, now a tuning set):
// made-up text in the real style against the bundled corpus (laws named short: 刑20 is the Criminal Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// Another state's code written without 《》, its name glued to the state's and a year between them or before
// (titles/jurisdictionBefore.ts): that state's law, whose articles give no citation — never the PRC 刑法 inside 刑法典,
// nor a bare article with no law.
table('citation table: another state\'s code without 《》, a year before or between (fix-court22)', [
  ['a year before the state, the code glued to it', '例如依照1930年意大利刑法典第62条的规定，自动投案的可以减轻处罚。',
    []],
  ['a year between the state and the code, with an item', '再如瑞士1937年刑法典第8条第3项规定的悔罪是指主动赔偿损失的行为。',
    []],
  ['the Chinese law named after it is read again; 我国 and a year before it are no state', '法国民法典第1382条规定了过错责任。我国1997年刑法第二十条规定了正当防卫。',
    [['刑法第二十条', 'resolved', '刑20']]],
  ['not a state named in an earlier clause, nor an ordinal, a session or a case number', '日本立法例不同，刑法第二十条规定了正当防卫。第十四届第一次会议，（2019）某刑初12号。',
    [['刑法第二十条', 'resolved', '刑20']]],
]);
