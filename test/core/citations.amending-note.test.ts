// A history note in brackets after a law's title naming the amending decision by its own title, the article right after
// it: the law's article, in the version the date picks — the decision never takes over (fix-zh41b; heldout34 gov, a
// 权责清单 basis cell; titles/amendingNote.ts). Made-up text in the real style against the bundled corpus (laws named
// short: 种子71 is the Seed Law's article 71).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: an amending decision named in a note between a title and its article (fix-zh41b)', [
  ['the decision amending that law, the article set off by a space with its words: the law\'s',
    '| 设定依据 | 【法律】《中华人民共和国种子法》(2021年12月24日,中华人民共和国第十三届全国人民代表大会常务委员会第三十二次会议通过《全国人民代表大会常务委员会关于修改<中华人民共和国种子法>的决定》,自2022年3月1日起施行。) 第七十一条 品种测试、试验和种子质量检验机构伪造测试、试验、检验数据的，责令改正。 | |',
    [['《中华人民共和国种子法》(2021年12月24日,中华人民共和国第十三届全国人民代表大会常务委员会第三十二次会议通过《全国人民代表大会常务委员会关于修改<中华人民共和国种子法>的决定》,自2022年3月1日起施行。) 第七十一条', 'resolved', '种子71']]],
  ['a decision amending several laws at once: the law\'s',
    '依据《中华人民共和国种子法》（2013年6月29日第十二届全国人民代表大会常务委员会第三次会议通过《关于修改〈中华人民共和国文物保护法〉等十二部法律的决定》修正）第六十四条处理。',
    [['《中华人民共和国种子法》（2013年6月29日第十二届全国人民代表大会常务委员会第三次会议通过《关于修改〈中华人民共和国文物保护法〉等十二部法律的决定》修正）第六十四条', 'resolved', '种子64']]],
  ['not a decision amending another law, nor a note with no article after it; ordinals and case numbers stay unread',
    '《中华人民共和国种子法》(2019年12月28日通过《全国人民代表大会常务委员会关于修改<中华人民共和国森林法>的决定》) 第七十一条 伪造检验数据的，责令改正。《中华人民共和国种子法》(2021年12月24日通过《全国人民代表大会常务委员会关于修改<中华人民共和国种子法>的决定》)。第十四届第一次会议，（2019）某刑初12号。',
    [['第七十一条', 'unknown-regulation', '']]],
]);
