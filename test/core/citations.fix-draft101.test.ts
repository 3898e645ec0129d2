// Articles of a draft (fix-draft101): writers commenting on a bill (草案, 征求意见稿, 二审稿, 送审稿; "the draft",
// "draft Article 15") cite the draft's own numbering, which no corpus holds and which is not the law's. An article whose
// owner is written by the draft word alone is no citation (no mention): 草案第二十条 and the bare articles after it,
// "draft Article 15", "Article 43 of the (SAMR) draft", and a bracketed bare article closing a statement whose subject is
// the draft (二审稿……规定“……”（第七条第一款）: titles/draftSource.ts). A draft named by its title (《…法（修订草案）》第N条)
// stays a title the corpus lacks (unknown-regulation); the law's own articles cited next to the draft's stay the law's.
// Bundled corpus, laws named short (未成年人保护7.1 is the Minors Protection Law's article 7 paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a draft\'s articles named by the draft word are no citations (fix-draft101)', [
  ['草案第二十条 and the bare article after it: no mention, after the law\'s own article',
    '《中华人民共和国未成年人保护法》第七条规定了监护职责。草案第二十条规定了强制报告制度，第二十一条规定了发现义务。',
    [['《中华人民共和国未成年人保护法》第七条', 'resolved', '未成年人保护7']]],
  ['“草案”第二十条, 修订草案第五条, 征求意见稿第三条, 二审稿第七条',
    '《中华人民共和国公司法》第十七条另有规定。“草案”第二十条规定内部责任，修订草案第五条作了调整，征求意见稿第三条未作规定，二审稿第七条又作了修改。',
    [['《中华人民共和国公司法》第十七条', 'resolved', '公司17']]],
  ['a draft\'s title written with it: a title the corpus lacks (unknown-regulation)',
    '《中华人民共和国公司法（修订草案）》第二十条规定了出资期限。',
    [['《中华人民共和国公司法（修订草案）》第二十条', 'unknown-regulation', '']]],
  ['the law named again after the draft\'s article: the law\'s article',
    '草案第二十条规定了出资期限，而《中华人民共和国公司法》第二十六条未作规定。',
    [['《中华人民共和国公司法》第二十六条', 'resolved', '公司26']]],
]);

table('citation table: a bracketed article after a draft\'s quoted words (fix-draft101)', [
  ['二审稿 as the subject, its words quoted, the article bracketed after them (twice, the second in the next sentence)',
    '《未成年人保护法》修订草案二审稿关于监护制度的规定\n\n对比现行《未成年人保护法》和一审稿，二审稿更加完善。\n\n二审稿在总则、家庭保护中强化了父母的第一责任。其中，在总则中规定“未成年人的父母或者其他监护人依法对未成年人承担监护职责。”（第七条第一款）突出体现了第一责任。在家庭保护中又规定：“共同生活的其他成年家庭成员应当协助抚养教育未成年人。”（第十五条）加大了处罚力度。',
    []],
  ['征求意见稿 as the subject, the bracket after a statement with no quotation',
    '《中华人民共和国公司法》第二十六条规定了出资期限。征求意见稿则增加了股东失权制度(第四十六条)，并完善了催缴程序。',
    [['《中华人民共和国公司法》第二十六条', 'resolved', '公司26']]],
  ['not when the law in force is named after the draft word: its article',
    '二审稿保留了现行《中华人民共和国未成年人保护法》的规定“未成年人的父母或者其他监护人应当履行监护职责。”（第十条）',
    [['第十条', 'resolved', '未成年人保护10']]],
  ['not a bracket after a law\'s words quoted with no draft as the subject',
    '《中华人民共和国未成年人保护法》规定“未成年人的父母或者其他监护人依法对未成年人承担监护职责。”（第七条第一款）草案第二十条另有规定。',
    [['第七条第一款', 'resolved', '未成年人保护7.1']]],
  ['not a draft word in passing (草案的精神), nor a word ending in 稿 that is no draft',
    '根据“草案”的精神，《中华人民共和国公司法》另有规定“公司是企业法人。”（第三条）文稿作者认为……',
    [['第三条', 'resolved', '公司3']]],
]);

// 现行法第十条 next to a draft's articles: the law in force, the last cited that is no draft (titles/lawInForceWord.ts).
table('citation table: the law in force cited next to a draft (fix-draft101)', [
  ['现行法第十条 after the draft\'s article: the law the draft amends',
    '《中华人民共和国未成年人保护法》修订草案第二十条规定了强制报告制度，现行法第十条未作规定。',
    [['现行法第十条', 'resolved', '未成年人保护10']]],
  ['现行条例的第五条 after a draft of a regulation (征求意见稿)',
    '《物业管理条例》第十条规定了业主大会。征求意见稿第八条作了修改，现行条例的第五条未作规定。',
    [['《物业管理条例》第十条', 'resolved', '物业管理条例10'], ['现行条例的第五条', 'resolved', '物业管理条例5']]],
  ['not a title after 现行 (the title rules), nor the amended law named in a 修正草案\'s sentence',
    '全国人大常委会审议了《中华人民共和国公司法》修正草案。修正草案将公司法第二十六条修改为认缴制，草案第三条另有规定。现行《中华人民共和国公司法》第二十七条规定了出资方式。',
    [['公司法第二十六条', 'resolved', '公司26'], ['《中华人民共和国公司法》第二十七条', 'resolved', '公司27']]],
]);

table('citation table: an English draft\'s articles are no citations (fix-draft101)', [
  ['"Article 43 of the SAMR draft" and "Article 43 of the draft": both no mention, the law\'s articles kept',
    'SAMR\'s consultation draft proposes amendments to only two provisions of the E-commerce Law: Articles 43 and 84.\n\nArticle 43 of the SAMR draft proposes to impose liability on a vendor.\n\nArticle 43 of the draft also proposes to allow platforms to permit vendors.',
    [['Articles 43 and 84', 'resolved', '电子商务43 电子商务84']]],
  ['a bare article after "draft Article 15": the law the page discusses, not the draft',
    'Article 2 of the Anti-Unfair Competition Law is a general clause. In a draft revision of the law, attempts were made to clarify the applicability of Article 2. Originally, draft Article 15 provided that where the applicability of Article 2 falls to be considered, the authority shall act.',
    [['Article 2 of the Anti-Unfair Competition Law', 'resolved', '反不正当竞争2'], ['Article 2', 'resolved', '反不正当竞争2'], ['Article 2', 'resolved', '反不正当竞争2']]],
  ['"draft Article 15", "the Draft\'s new Article 4", "Article 9 of the draft amendments"',
    'Article 3 of the Civil Code applies. Originally, draft Article 15 provided a cap; the Draft\'s new Article 4 adds fees. Article 9 of the draft amendments is new.',
    [['Article 3 of the Civil Code', 'resolved', '民法典3']]],
  ['not a title with "(Draft for Comments)" (unknown-regulation), nor the law\'s article named with the law',
    'Article 9 of the Personal Information Protection Law (Draft for Comments) differs from Article 13 of the Personal Information Protection Law.',
    [['Article 9 of the Personal Information Protection Law', 'unknown-regulation', ''], ['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13']]],
  ['not a word ending in "draft"', 'Article 3 of the Civil Code applies. The Overdraft Article 5 fee is a contract term.',
    [['Article 3 of the Civil Code', 'resolved', '民法典3'], ['Article 5', 'resolved', '民法典5']]],
]);
