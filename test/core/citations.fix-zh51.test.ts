// Forms of round 25 (fix-zh51, heldout37 court and gov): made-up text in the style of lawyers' study notes, Q&A pages
// and penalty-guideline tables, against the bundled corpus (laws named short: 刑20 is the Criminal Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// A title a site's word filter printed with a word dropped and its space left: the corpus titles the rest spells out,
// the issuer's 最高人民法院关于 or the nation's 中华人民共和国 left off or not (titles/maskedTitle.ts droppedWordTitleLaws).
table('citation table: a title printed with a word dropped and a space left (fix-zh51)', [
  ['an interpretation without its issuer, named again by 该解释', '最高院《审理道路 损害赔偿案件适用法律若干问题的解释》的学习笔记 该解释第一条至第三条主要是主体的责任认定问题。',
    [['该解释第一条至第三条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释2 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释3']]],
  ['a law with its nation, a 规定 opening with 关于', '《中华人民共和国道路 安全法》第七十六条规定了赔偿责任。《关于审理民间借贷 适用法律若干问题的规定》第二十六条规定了利率。',
    [['《中华人民共和国道路 安全法》第七十六条', 'resolved', '道路交通安全76'],
      ['《关于审理民间借贷 适用法律若干问题的规定》第二十六条', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定26']]],
  ['several titles fit: an ambiguity', '《中华人民共和国 安全法》第二十一条规定了等级保护。',
    [['《中华人民共和国 安全法》第二十一条', 'ambiguous', '国家安全21 特种设备安全21 矿山安全21 农产品质量安全21 数据安全21 核安全21 海上交通安全21 生物安全21 网络安全21 道路交通安全21 食品安全21']]],
  ['not a space that drops nothing, nor a title no corpus title fits, nor a case number or an ordinal',
    '《中华人民共和国 刑法》第二十条规定了正当防卫。《某某省道路 管理条例》第五条规定了管理。《审理道路 纠纷案件的解释》第五条亦同。第十四届第一次会议；（2019）某民初12号。',
    [['《中华人民共和国 刑法》第二十条', 'resolved', '刑20'], ['《某某省道路 管理条例》第五条', 'unknown-regulation', ''],
      ['《审理道路 纠纷案件的解释》第五条', 'unknown-regulation', '']]],
]);

// An informal name of a court interpretation fitting several of them (the 2004 解释, 解释（一）, 解释（二）): the one whose
// article the page prints under that name, its words after 第X条全文如下： (titles/printedFamilyArticle.ts).
table('citation table: an informal interpretation name, the article printed under it (fix-zh51)', [
  ['the 2020 text by its words, and the 2001 text by its own', '《最高人民法院劳动争议司法解释》第一条全文如下：\n劳动者与用人单位之间发生的下列纠纷，属于劳动争议，当事人不服劳动争议仲裁机构作出的裁决，依法提起诉讼的，人民法院应予受理：\n（一）劳动者与用人单位在履行劳动合同过程中发生的纠纷；',
    [['《最高人民法院劳动争议司法解释》第一条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）1']]],
  ['the 2001 text, the words right after 规定：', '《最高人民法院劳动争议司法解释》第一条规定：劳动者与用人单位之间发生的下列纠纷，属于《劳动法》第二条规定的劳动争议，当事人不服劳动争议仲裁委员会作出的裁决，依法向人民法院起诉的，人民法院应当受理。',
    [['《最高人民法院劳动争议司法解释》第一条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释1'], ['《劳动法》第二条', 'resolved', '劳动2']]],
  ['named first without words, printed below with its numbered paragraphs', '建筑业常有转包。《最高人民法院建设工程施工合同司法解释》第二十六条，突破了合同相对性。\n\n一、《最高人民法院建设工程施工合同司法解释》第26条全文如下:\n\n1、实际施工人以转包人、违法分包人为被告起诉的，人民法院应当依法受理。\n\n2、实际施工人以发包人为被告主张权利的，人民法院可以追加转包人或者违法分包人为本案当事人。',
    [['《最高人民法院建设工程施工合同司法解释》第二十六条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释26'],
      ['《最高人民法院建设工程施工合同司法解释》第26条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释26']]],
  ['not a page printing no words, nor words no candidate\'s article has, nor a case number or an ordinal',
    '建筑业常有转包。《最高人民法院建设工程施工合同司法解释》第二十六条，突破了合同相对性。第十四届第一次会议；（2019）某民初12号。\n\n《最高人民法院建设工程施工合同司法解释》第26条全文如下:\n\n1、当事人应当诚实守信，人民法院应当依法审理各类纠纷，保护各方的合法权益不受侵害。',
    [['《最高人民法院建设工程施工合同司法解释》第二十六条', 'unknown-regulation', ''], ['《最高人民法院建设工程施工合同司法解释》第26条', 'unknown-regulation', '']]],
]);

// A penalty guideline printed under a title line naming the regulations it applies (《旅行社条例》及《旅行社条例实施细则》
// 行政罚款裁量规则): 本条例 in its cells is the 条例 so named, and a bare label in a cell is the article of a named title
// whose words the cell prints around it (layout/guidelineTable.ts).
table('citation table: a penalty guideline\'s cells under its title line (fix-zh51)', [
  ['a bare label by its words, and 本条例 the 条例 named, not its 细则', '《旅行社条例》及《旅行社条例实施细则》行政罚款裁量规则\n\n序号 违法行为 处罚依据\n11 旅行社未经旅游者同意在旅游合同约定之外提供其他有偿服务的第五十四条，由旅游行政管理部门责令改正，处1万元以上5万元以下的罚款。\n12 与旅游者签订的旅游合同未载明本条例第二十八条规定的事项同上。',
    [['第五十四条', 'resolved', '旅行社条例54'], ['本条例第二十八条', 'resolved', '旅行社条例28']]],
  ['traditional script, a site\'s pinyin glosses in the cell', '《旅行社條例》及《旅行社條例實施細則》行政罰款裁量規則-預覽頁\n\n16旅行社組織中國內(nèi)地居民出境旅游,不為旅游團隊安排領隊全程陪同的第五十六條,由旅游行政管理部門責令改正,處1萬元以上5萬元以下的罰款。具體為:旅游者人數(shù)Y罰款額度',
    [['第五十六條', 'resolved', '旅行社条例56']]],
  ['not a label whose article has other words, nor a self word naming no title of the line, nor a case number or an ordinal',
    '《旅行社条例》及《旅行社条例实施细则》行政罚款裁量规则\n\n20 旅行社未经旅游者同意在旅游合同约定之外提供其他有偿服务的第五十五条，由旅游行政管理部门责令改正，处1万元以上5万元以下的罚款。违反本办法第三条的，同上。第十四届第一次会议；（2019）某民初12号。',
    [['第五十五条', 'unknown-regulation', ''], ['本办法第三条', 'self', '本3']]],
  ['not a page with article headings of its own', '《旅行社条例》及《旅行社条例实施细则》行政罚款裁量规则\n\n第一条 旅行社违反本条例第二十八条的，依照本规则处罚。\n第二条 本规则自发布之日起施行。',
    [['本条例第二十八条', 'unknown-article', '本28']]],
  ['not a title line naming no guideline of its own', '《旅行社条例》\n\n旅行社未经旅游者同意在旅游合同约定之外提供其他有偿服务的第五十四条，由旅游行政管理部门责令改正。未载明本条例第二十八条规定的事项。',
    [['第五十四条', 'resolved', '旅行社条例54'], ['本条例第二十八条', 'self', '本28']]],
]);
