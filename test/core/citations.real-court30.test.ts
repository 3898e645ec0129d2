// Forms from the twenty-first round's fresh court pages (real-court30: lawyers' pages and Q&A, judges' articles, court
// news): made-up text in the real style against the bundled corpus (laws named short: 民法典1245 is the Civil Code's
// article 1245; an interpretation keeps its full title).
import { bundledShortTable as table } from './citations/helpers';

const ZX = '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定';
const BQ = '最高人民法院关于人民法院办理财产保全案件若干问题的规定';

// A court interpretation is named by the kind of case it handles (办理X案件) as by the kind it tries (审理X案件), and a
// kind joining two kinds (执行异议和复议) by the run without 和, its tail or its first kind (titles.ts
// caseKindInterpretation, joinedCaseKind.ts).
table('citation table: an interpretation named by the kind of case it handles, a joined kind shortened (real-court30)', [
  ['the joined kind without 和, its tail, its first kind and the kind itself; 该规定 after them',
    '《执行异议复议规定》第二十八条规定了买受人的条件。《异议复议规定》第二十七条但书另有规定。《执行异议规定》第二十九条适用于消费者。《执行异议和复议规定》第27、28条的关系有争议，该规定第28条的四要件也有争议。',
    [['《执行异议复议规定》第二十八条', 'resolved', `${ZX}28`], ['《异议复议规定》第二十七条但书', 'resolved', `${ZX}27`],
      ['《执行异议规定》第二十九条', 'resolved', `${ZX}29`], ['《执行异议和复议规定》第27、28条', 'resolved', `${ZX}27 ${ZX}28`],
      ['该规定第28条', 'resolved', `${ZX}28`]]],
  ['a kind the court handles (办理财产保全案件), named before 规定', '申请人依照《财产保全规定》第二十三条申请解除保全。',
    [['《财产保全规定》第二十三条', 'resolved', `${BQ}23`]]],
  ['not a part under four characters, nor a word no title\'s kind holds; a case number and ordinals stay unread',
    '《复议规定》第三条不存在。《执行规定》第五条也不存在。（2019）某刑初12号，第十四届第一次会议，第2项商品。',
    [['《复议规定》第三条', 'unknown-regulation', ''], ['《执行规定》第五条', 'unknown-regulation', '']]],
]);

// A work's title naming an article of a law in 〈〉 cites that article, as a headline does (scan/workTitleOnArticle.ts);
// not a regulation's own title on an article, nor a company's 章程, nor a nested name with no article after it.
table('citation table: an article named in a work\'s title, the law in 〈〉 (real-court30)', [
  ['a footnote\'s article title, and a title after a dash',
    '[3] 参见谭宇航：《〈反不正当竞争法〉第六条适用研究》，载《西部法学评论》2022年第5期。另见《论婚姻中的债务——〈民法典〉第一千零六十四条评注》。',
    [['〈反不正当竞争法〉第六条', 'resolved', '反不正当竞争6'], ['〈民法典〉第一千零六十四条', 'resolved', '民法典1064']]],
  ['a law the corpus lacks: unknown, still read', '朱某：《意思表示的解释标准——〈民法总则〉第142条评释》，载《法治研究》2017年第3期。',
    [['〈民法总则〉第142条', 'unknown-regulation', '']]],
  ['not an interpretation or an amending decision on an article, nor a 章程, nor a book and an ordinal; a case number stays unread',
    '《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第九十三条第二款的解释》发布。《关于修改〈中华人民共和国文物保护法〉第三十条的决定》施行。1986年1月15日国务院《关于〈中华人民共和国中外合资经营企业法实施条例〉第一百条的修订》第一次修订。《〈公司章程〉第十条的效力研究》，《〈红楼梦〉第三回评注》，《〈民法典〉与第三人》。（2019）某刑初12号，第十四届第一次会议。',
    []],
]);

// The labour-dispute interpretations named by the law whose disputes they try: 《劳动法解释(三)》 (aliases.json).
table('citation table: 劳动法解释（三） for the third labour-dispute interpretation (real-court30)', [
  ['in half- and full-width brackets, with 司法',
    '《劳动法解释(三)》第7条规定，用人单位与其招用的已经依法享受养老保险待遇的人员发生用工争议的，按劳务关系处理。另见《劳动法司法解释（四）》第一条。',
    [['《劳动法解释(三)》第7条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释（三）7'],
      ['《劳动法司法解释（四）》第一条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释（四）1']]],
  ['not the first, which two texts answer to, nor 劳动法 alone; ordinals stay unread',
    '《劳动法解释（一）》第一条。《劳动法》第七十三条。第十四届第一次会议，第2项商品。',
    [['《劳动法解释（一）》第一条', 'unknown-regulation', ''], ['《劳动法》第七十三条', 'resolved', '劳动73']]],
]);

// A document number holding its year in brackets of its own, between a title and its article, links them (scanner.ts
// TITLE_LINK): the article is the titled document's, not the law cited before.
table('citation table: a document number with its year in brackets between a title and its article (real-court30)', [
  ['after a provincial court\'s minutes the corpus lacks, a law cited before',
    '《劳动合同法》第44条规定了终止。然而，《广东省劳动人事争议仲裁委关于审理劳动人事争议案件若干问题的座谈会纪要》(粤高法(2012)284号)第11条另有规定。',
    [['《劳动合同法》第44条', 'resolved', '劳动合同44'], ['《广东省劳动人事争议仲裁委关于审理劳动人事争议案件若干问题的座谈会纪要》(粤高法(2012)284号)第11条', 'unknown-regulation', '']]],
  ['not brackets holding no year: the article then stands alone and takes the law cited before',
    '《劳动合同法》第44条规定了终止。《某某会议纪要》(粤高法(内部)284号)第11条另有规定。（2019）某刑初12号。',
    [['《劳动合同法》第44条', 'resolved', '劳动合同44'], ['第11条', 'resolved', '劳动合同11']]],
]);
