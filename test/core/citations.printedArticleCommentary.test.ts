// Forms of round 25 (fix-zh52, heldout37 court): a lawyer's commentary after printing an article — made-up text in the
// style of law-firm notes, against the bundled corpus (laws named short: 民法典509.1 is the Civil Code's article 509, 款 1).
import { bundledShortTable as table } from './citations/helpers';

// A commentary printing an article under a citation that closes its line with 全文如下: / 原文如下：, then its notes: 本条 is that article, and the bare 款 after it its 款, resolved or unknown-regulation as the article is (layout/fullTextBelow.ts)
table('citation table: 本条 under an article printed below 全文如下 (fix-zh52)', [
  ['an unknown title, 本条为两款 and its 款', "一、《某某省建设工程价款结算条例》第26条全文如下:\n\n1、承包人以发包人为被告起诉的，人民法院应当依法受理。\n\n2、发包人只在欠付工程价款范围内承担责任。\n\n二、条文解读\n\n1、本条为两款。第1款为程序性规定，第2款规定了实体内容。",
    [['《某某省建设工程价款结算条例》第26条', 'unknown-regulation', ''], ['本条', 'unknown-regulation', ''], ['第1款', 'unknown-regulation', ''], ['第2款', 'unknown-regulation', '']]],
  ['a bare article of no law cited before the title', "某公司认为应适用第26条处理。\n\n一、《某某省建设工程价款结算条例》第二十六条原文如下：\n\n承包人以发包人为被告起诉的，人民法院应当依法受理。\n\n二、解读\n\n本条共两款，第一款是关于受理的规定。",
    [['第26条', 'no-context', ''], ['《某某省建设工程价款结算条例》第二十六条', 'unknown-regulation', ''], ['本条', 'unknown-regulation', ''], ['第一款', 'unknown-regulation', '']]],
  ['a known title', "一、《中华人民共和国民法典》第五百零九条全文如下:\n\n1、当事人应当按照约定全面履行自己的义务。\n\n2、当事人应当遵循诚信原则。\n\n二、条文解读\n\n1、本条为两款。第1款为全面履行原则，第2款规定了附随义务。",
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['本条', 'resolved', '民法典509'], ['第1款', 'resolved', '民法典509.1'], ['第2款', 'resolved', '民法典509.2']]],
  ['not words running on after the colon, nor a line saying the text is elsewhere (1)', "一、《某某省建设工程价款结算条例》第26条规定：承包人以发包人为被告起诉的，人民法院应当依法受理。\n\n二、条文解读\n\n1、本条为两款。",
    [['《某某省建设工程价款结算条例》第26条', 'unknown-regulation', '']]],
  ['not words running on after the colon, nor a line saying the text is elsewhere (2)', "某公司认为应适用第26条处理。\n\n《某某省建设工程价款结算条例》第二十六条的内容如下，见附件。\n\n本条共两款。",
    [['第26条', 'no-context', ''], ['《某某省建设工程价款结算条例》第二十六条', 'unknown-regulation', ''], ['本条', 'no-context', '']]],
]);

// A numbered item of the notes opening on a bare 款 and 规定 before a colon is running text about that 款 of the article printed, and 本款 further on in the item is that 款 (layout/numberedParagraphItem.ts)
table('citation table: a numbered note opening on 第一款规定： (fix-zh52)', [
  ['items 1、 and 2、 of a known article, 本款 four sentences on', "一、《中华人民共和国民法典》第五百零九条全文如下:\n\n1、当事人应当按照约定全面履行自己的义务。\n\n2、当事人应当遵循诚信原则。\n\n二、条文解读\n\n1、第一款规定:当事人应当全面履行。这是合同履行的基本原则。对此毋庸置疑，不会产生歧义。各方均无异议。本款在此出现主要是倡导性的。\n\n2、第二款规定：当事人应当遵循诚信原则。本款规定了附随义务。",
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['第一款', 'resolved', '民法典509.1'], ['本款', 'resolved', '民法典509.1'], ['第二款', 'resolved', '民法典509.2'], ['本款', 'resolved', '民法典509.2']]],
  ['an item （一） of an unknown article', "一、《某某省建设工程价款结算条例》第26条全文如下:\n\n1、承包人以发包人为被告起诉的，人民法院应当依法受理。\n\n二、条文解读\n\n（一）第一款规定：承包人以发包人为被告起诉的，人民法院应予受理。这是程序性的。本款在此出现主要是倡导性的。",
    [['《某某省建设工程价款结算条例》第26条', 'unknown-regulation', ''], ['第一款', 'unknown-regulation', ''], ['本款', 'unknown-regulation', '']]],
  ['not a line without a number, a label and a space, a 款 with 规定 and no colon; nor 本款 after another law cited in the item (1)', "一、《中华人民共和国民法典》第五百零九条全文如下:\n\n1、当事人应当按照约定全面履行自己的义务。\n\n二、条文解读\n\n第一款规定：当事人应当全面履行。合同另有约定。第二款规定：当事人应当遵循诚信原则。\n\n2、第二款 当事人应当遵循诚信原则。\n\n3、第二款规定的附随义务。本款在此出现主要是倡导性的。",
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['第一款', 'resolved', '民法典509.1'], ['第二款', 'resolved', '民法典509.2']]],
  ['not a line without a number, a label and a space, a 款 with 规定 and no colon; nor 本款 after another law cited in the item (2)', "一、《中华人民共和国民法典》第五百零九条全文如下:\n\n1、当事人应当按照约定全面履行自己的义务。\n\n二、条文解读\n\n1、第一款规定：当事人应当全面履行。《中华人民共和国公司法》第二十条对此另有规定。本款在此出现主要是倡导性的。",
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['第一款', 'resolved', '民法典509.1'], ['《中华人民共和国公司法》第二十条', 'resolved', '公司20']]],
]);

// Notes on an interpretation's articles printed under their labels, whose words cite another law: the bare articles of the notes repeating those labels are the printed text's, the title named before it (layout/printedLabelsAgain.ts)
table('citation table: notes naming the articles printed above them (fix-zh52)', [
  ['解读: after 司解原文: and two labels citing 侵权责任法', "《最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释》的学习笔记 该解释第一条至第三条主要是主体的责任认定问题。 一、司解原文:第一条机动车发生交通事故造成损害，机动车所有人或者管理人有下列情形之一，人民法院应当认定其对损害的发生有过错，并适用侵权责任法第四十九条的规定确定其相应的赔偿责任。 第二条未经允许驾驶他人机动车发生交通事故造成损害，当事人依照侵权责任法第四十九条的规定请求由机动车驾驶人承担赔偿责任的，人民法院应予支持。 解读:第一条和第二条中都有“过错”的表述。",
    [['该解释第一条至第三条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释2 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释3'], ['侵权责任法第四十九条', 'unknown-regulation', ''], ['侵权责任法第四十九条', 'unknown-regulation', ''], ['第一条和第二条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释2']]],
  ['a local regulation the corpus lacks, its words citing the Civil Code', "《某某市物业管理办法》学习笔记\n\n一、原文：\n第五条业主应当按照约定交纳物业费，并遵守《中华人民共和国民法典》第九百四十四条的规定。\n第六条物业服务人应当依照《中华人民共和国民法典》第九百四十二条履行义务。\n\n二、解读：第五条和第六条都是关于物业费的规定。",
    [['《中华人民共和国民法典》第九百四十四条', 'resolved', '民法典944'], ['《中华人民共和国民法典》第九百四十二条', 'resolved', '民法典942'], ['第五条和第六条', 'unknown-regulation', '']]],
  ['not articles that are not printed, nor a law cited after the notes began (1)', "《最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释》的学习笔记 一、司解原文:第一条机动车发生交通事故造成损害，并适用侵权责任法第四十九条的规定确定其相应的赔偿责任。 第二条未经允许驾驶他人机动车发生交通事故造成损害，当事人依照侵权责任法第四十九条的规定请求由机动车驾驶人承担赔偿责任的，人民法院应予支持。 解读:第五条和第四十九条中都有“过错”的表述。",
    [['侵权责任法第四十九条', 'unknown-regulation', ''], ['侵权责任法第四十九条', 'unknown-regulation', ''], ['第五条和第四十九条', 'unknown-regulation', '']]],
  ['not articles that are not printed, nor a law cited after the notes began (2)', "《最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释》第一条和第二条。 一、司解原文:第一条机动车发生交通事故造成损害的，人民法院应当认定其对损害的发生有过错。 第二条未经允许驾驶他人机动车发生交通事故造成损害的，人民法院应予支持。 解读:第一条和第二条中都有“过错”的表述。《中华人民共和国民法典》第一千二百零九条规定了租赁。第一条和第二条的关系如何？",
    [['《最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释》第一条和第二条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释2'], ['第一条和第二条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1 最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释2'], ['《中华人民共和国民法典》第一千二百零九条', 'resolved', '民法典1209'], ['第一条和第二条', 'resolved', '民法典1 民法典2']]],
]);
