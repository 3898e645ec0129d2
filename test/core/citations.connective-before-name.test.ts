// A connective or a time word opening a clause (同时, 后来, 此外, 其次, 因此 …) ends a word as a comma would: a law's name
// written bare after it starts there (titles/titles.ts BEFORE_SHORT_NAME).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a bare law name after a connective (round 26)', [
  ['a lawyer\'s article: 同时, 后来, 其次, 因此 before the bare name',
    '关于公司治理的几点意见\n《中华人民共和国劳动合同法》第十条规定应当订立书面合同。同时公司法第五条要求公司遵守法律。后来公司法第十六条又规定了担保。其次民法典第五百零九条要求全面履行。因此劳动法第四十四条也应适用。',
    [['《中华人民共和国劳动合同法》第十条', 'resolved', '劳动合同10'], ['公司法第五条', 'resolved', '公司5'], ['公司法第十六条', 'resolved', '公司16'],
      ['民法典第五百零九条', 'resolved', '民法典509'], ['劳动法第四十四条', 'resolved', '劳动44']]],
  ['the whole name after the connective, not a shorter law ending it; a word glued before a name is no start; no ordinal or case number',
    '关于海洋污染的几点意见\n同时海洋环境保护法第五条规定了监督管理。母公司法定代表人第一次出庭。第十四届第一次会议；（2019）某刑初12号。',
    [['海洋环境保护法第五条', 'resolved', '海洋环境保护5']]],
]);
