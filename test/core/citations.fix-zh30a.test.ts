// Forms of traditional-script and Taiwan pages (round 21, fix-zh30a): made-up text in the real style against the
// bundled corpus (laws named short: 民法典1062 is the Civil Code's article 1062).
import { bundledShortTable as table } from './citations/helpers';

// 本条 followed in its own sentence by 即 and the articles it stands for (thisArticleListed.ts): the list is the
// citation, 本条 no mention; 本条 whose 即 explains words, not articles, stays the article under discussion.
table('citation table: 本条 standing for the articles listed after 即 (fix-zh30a)', [
  ['traditional script, after a title-only law: the list alone, unknown', '依《民法典》第一千零六十二條規定處理。為了區別《合同法》所稱的承攬人，本條採用了「掛靠人」的說法，即第3條、第7條、9條，三處均指借用資質者。',
    [['《民法典》第一千零六十二條', 'resolved', '民法典1062'], ['第3條、第7條、9條', 'unknown-regulation', '']]],
  ['simplified, 亦即 and a colon before the list', '依《民法典》第一千零六十二条规定处理。为便于理解，本条引入了“共同财产”的概念，亦即：第十条、第十一条，二者均指婚后所得。',
    [['《民法典》第一千零六十二条', 'resolved', '民法典1062'], ['第十条、第十一条', 'resolved', '民法典10 民法典11']]],
  ['not 即 explaining words: 本条 is the article cited before', '依《民法典》第一千零六十二条规定处理。本条规定了共同财产的范围，即工资、奖金等收入。',
    [['《民法典》第一千零六十二条', 'resolved', '民法典1062'], ['本条', 'resolved', '民法典1062']]],
  ['not an article after 即 in the next sentence, nor ordinals and case numbers', '依《民法典》第一千零六十二条规定处理。本条规定了共同财产。即第十四届第一次会议所定，（2019）某民初12号。',
    [['《民法典》第一千零六十二条', 'resolved', '民法典1062'], ['本条', 'resolved', '民法典1062']]],
]);

// A law's name standing apart before its spaced article on any page (spacedRocName.ts): a traditional page that cited a
// mainland law first, then lists Taiwan's laws in a 法規依據 cell, gives each its own unknown law — never the mainland
// law's article of that number. A name the corpus knows reads as before; no run ending in an anaphor names a law.
table('citation table: a bare name, a space, then its article, on a page not known to be Taiwan\'s (fix-zh30a)', [
  ['a 法規依據 cell after a mainland law: each name its own, unknown', '依《中華人民共和國行政處罰法》第三十二條辦理。\n法規依據\n營業稅法 第 12、15 條\n貨物稅條例 第 3、48-1 條\n房屋稅法施行細則 第 4、5 條',
    [['《中華人民共和國行政處罰法》第三十二條', 'resolved', '行政处罚32'], ['營業稅法 第 12、15 條', 'unknown-regulation', ''], ['貨物稅條例 第 3、48-1 條', 'unknown-regulation', ''], ['房屋稅法施行細則 第 4、5 條', 'unknown-regulation', '']]],
  ['mid-sentence after 違反 and after 依: the name without the verb', '依《中華人民共和國行政處罰法》第三十二條辦理。原處分違反營業稅法 第 12 條，依貨物稅條例 第 3 條補稅。',
    [['《中華人民共和國行政處罰法》第三十二條', 'resolved', '行政处罚32'], ['營業稅法 第 12 條', 'unknown-regulation', ''], ['貨物稅條例 第 3 條', 'unknown-regulation', '']]],
  ['not a name the corpus knows: the mainland law, as before', '依据《中华人民共和国食品安全法》第一百二十二条处罚。\n法律依据\n行政处罚法 第 32 条',
    [['《中华人民共和国食品安全法》第一百二十二条', 'resolved', '食品安全122'], ['第 32 条', 'resolved', '行政处罚32']]],
  ['not an anaphor and its kind, nor a word ending in 法, nor ordinals and case numbers', '依据《中华人民共和国食品安全法》第一百二十二条处罚。适用本条例 第十四届第一次会议。依法 第2项商品。（2019）某刑初12号。',
    [['《中华人民共和国食品安全法》第一百二十二条', 'resolved', '食品安全122']]],
]);

// 施行細則 names a law's implementing rules as 实施细则 does (unknownLawName.ts IMPLEMENTING): their own article, unknown.
table('citation table: a law\'s 施行細則 without 《》 (fix-zh30a)', [
  ['traditional, after a mainland law: the rules\' article, not the mainland law\'s', '依《中華人民共和國行政處罰法》第三十二條辦理。另依營業稅法施行細則第15條規定補徵。',
    [['《中華人民共和國行政處罰法》第三十二條', 'resolved', '行政处罚32'], ['營業稅法施行細則第15條', 'unknown-regulation', '']]],
  ['simplified, after a known law\'s name', '依据《中华人民共和国食品安全法》第一百二十二条处罚。依照个人所得税法施行细则第八条计算。',
    [['《中华人民共和国食品安全法》第一百二十二条', 'resolved', '食品安全122'], ['个人所得税法施行细则第八条', 'unknown-regulation', '']]],
  ['not 本法施行细则 nor 施行细则 alone: no name of their own', '依据《中华人民共和国食品安全法》第一百二十二条处罚。第十四届第一次会议。',
    [['《中华人民共和国食品安全法》第一百二十二条', 'resolved', '食品安全122']]],
]);

// 中華民國 before a law's name: Taiwan's law of that name (jurisdictionBefore.ts ROC_ENDS), unknown-regulation.
table('citation table: a law named after 中華民國 (fix-zh30a)', [
  ['unspaced and spaced, after a mainland law', '依《中華人民共和國行政處罰法》第三十二條辦理。中華民國憲法第23條規定比例原則。\n中華民國刑法 第 271 條',
    [['《中華人民共和國行政處罰法》第三十二條', 'resolved', '行政处罚32'], ['憲法第23條', 'unknown-regulation', ''], ['中華民國刑法 第 271 條', 'unknown-regulation', '']]],
  ['a Taiwan page\'s spaced cell: the name whole, 中華民國 with it', '臺北市政府訴願決定書 民國109年1月2日\n法規依據\n中華民國憲法 第 23 條\n訴願法 第 79 條',
    [['中華民國憲法 第 23 條', 'unknown-regulation', ''], ['訴願法 第 79 條', 'unknown-regulation', '']]],
  ['not the People\'s Republic: the national law', '依据中华人民共和国宪法第三十三条规定。1949年中华民国时期的法律已废止。',
    [['中华人民共和国宪法第三十三条', 'resolved', '宪33']]],
]);

// A regulation's name without 《》 right after a citing verb and glued to its article (unknownLawName.ts
// citedRegulationBefore): its own article, unknown — not the article of the law cited before. Not an anaphor, a kind
// alone or words with 的.
table('citation table: a regulation\'s bare name after a citing verb (fix-zh30a)', [
  ['条例, 办法 and 准则, traditional, after a mainland law', '依《中華人民共和國行政處罰法》第三十二條辦理。依騎樓管理條例第10條、違反招牌設置辦法第5條及依營業稅查核準則第2條規定。',
    [['《中華人民共和國行政處罰法》第三十二條', 'resolved', '行政处罚32'], ['騎樓管理條例第10條', 'unknown-regulation', ''], ['招牌設置辦法第5條', 'unknown-regulation', ''], ['營業稅查核準則第2條', 'unknown-regulation', '']]],
  ['simplified: 规则 after 按照', '依据《中华人民共和国食品安全法》第一百二十二条处罚。按照摊贩登记规则第七条办理。',
    [['《中华人民共和国食品安全法》第一百二十二条', 'resolved', '食品安全122'], ['摊贩登记规则第七条', 'unknown-regulation', '']]],
  ['not an anaphor, a kind alone or words with 的: the law cited before', '依据《中华人民共和国食品安全法》第一百二十二条处罚。依照公司的管理办法第六条、根据实施细则第七条办理。第十四届第一次会议。',
    [['《中华人民共和国食品安全法》第一百二十二条', 'resolved', '食品安全122'], ['第六条', 'resolved', '食品安全6'], ['第七条', 'resolved', '食品安全7']]],
]);

// 同法 / 该法 before a law's implementing rules (sameLawRules.ts): the rules of the law named last — the corpus's title
// when it has one, else unknown — never a corpus title whose last characters read so.
table('citation table: 同法施行細則, 该法实施细则: the rules of the law named last (fix-zh30a)', [
  ['a Taiwan law, then 同法施行細則: unknown', '原處分違反營業稅法第41條及同法施行細則第15條規定。',
    [['營業稅法第41條', 'unknown-regulation', ''], ['同法施行細則第15條', 'unknown-regulation', '']]],
  ['a known law, then 该法实施细则 and 同法实施条例: the corpus\'s rules of that law', '依照《中华人民共和国专利法》第二十六条及该法实施细则第十七条办理。依照《中华人民共和国土地管理法》第七十七条，同法实施条例第五十七条另有规定。',
    [['《中华人民共和国专利法》第二十六条', 'resolved', '专利26'], ['该法实施细则第十七条', 'resolved', '专利法实施细则17'],
      ['《中华人民共和国土地管理法》第七十七条', 'resolved', '土地管理77'], ['同法实施条例第五十七条', 'resolved', '土地管理法实施条例57']]],
  ['not 本法实施细则 in a page\'s prose, nor ordinals and case numbers', '依照《中华人民共和国专利法》第二十六条办理。第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国专利法》第二十六条', 'resolved', '专利26']]],
]);
