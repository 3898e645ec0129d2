// Forms of quoted statute text from the seventeenth measurement's residual errors (heldout17, round-16 sets; tuning
// material now): made-up text in the real style against the bundled corpus (laws named short: 广告58.1 is the
// Advertising Law's article 58, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// 前款 in an article quoted on one line in words no version the corpus holds has (an earlier wording): as many sentences
// before it as it counts back are the 款 it points to (quotation/sentenceParagraphs.ts).
table('citation table: 前款 after one sentence of an earlier wording quoted on one line (fix-quote18)', [
  ['one sentence before 前款: the first 款',
    '实施依据\n\n《中华人民共和国安全生产法》第九十条:经营单位的负责人不依照本法规定保障投入,致使不具备条件的,责令限期改正;逾期不改的,责令停业整顿。有前款违法行为,导致发生事故的,对负责人给予撤职处分;',
    [['《中华人民共和国安全生产法》第九十条', 'resolved', '安全生产90'], ['前款', 'resolved', '安全生产90.1']]],
  ['not after two sentences (a 款 may hold both), nor an ordinal or a case number',
    '《中华人民共和国安全生产法》第九十条:经营单位不依照规定保障投入的,责令改正。逾期不改的,责令停业整顿。有前款违法行为的,给予处分。第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国安全生产法》第九十条', 'resolved', '安全生产90'], ['前款', 'self', '']]],
]);

// A quotation after a citation whose closing mark the page lost (a mirror's encoding, an excerpt cut off) is still the
// cited provision's words: to the end of its line or the next opening mark, on over lines ending in ：；， (scanner.ts
// unclosedQuotationEnd).
table('citation table: a quotation never closed (fix-quote18)', [
  ['the closing mark lost on one line: 本条第一款 inside is the quoted article\'s',
    '当事人行为违反了《中华人民共和国广告法》第五十八条第三款“广告经营者明知有本条第一款规定违法行为仍代理发布的,没收广告费用?!钡囊?guī)定予以处罚。',
    [['《中华人民共和国广告法》第五十八条第三款', 'resolved', '广告58.3'], ['本条第一款', 'resolved', '广告58.1']]],
  ['two quotations each lost their close: the second opens a new one',
    '违反了《中华人民共和国广告法》第十七条“禁止其他任何广告涉及疾病治疗功能?!钡囊?guī)定。依据《中华人民共和国广告法》第五十八条第三款“明知有本条第一款规定违法行为仍代理的,没收广告费用?!钡囊?guī)定处罚。',
    [['《中华人民共和国广告法》第十七条', 'resolved', '广告17'], ['《中华人民共和国广告法》第五十八条第三款', 'resolved', '广告58.3'], ['本条第一款', 'resolved', '广告58.1']]],
  ['a lead-in and its items over lines, never closed: 本条 on the last line is the quoted article, not 本法第十六条',
    '依據《中華人民共和國廣告法》第五十八條規定：「有下列行為之一的，由監督管理部門責令停止發布：\n（一）違反本法第十六條規定發布廣告的；\n有本條第一款第（六）項行為的，依法處理。',
    [['《中華人民共和國廣告法》第五十八條', 'resolved', '广告58'], ['本法第十六條', 'resolved', '广告16'], ['本條第一款第（六）項', 'resolved', '广告58.1.6']]],
  ['not past a blank line, nor over a line ending a sentence; ordinals stay unread',
    '依据《中华人民共和国广告法》第五十八条规定：“有下列行为之一的，责令停止发布广告。\n\n第十四届第一次会议认为，第2项商品另作处理。',
    [['《中华人民共和国广告法》第五十八条', 'resolved', '广告58']]],
]);

// 本条 in the sentence after one that opened on an article of a regulation the corpus lacks, quoted: that regulation's
// (unknown-regulation), while it is still the article cited last (analyze.ts sentenceSubject, namedFrom).
table('citation table: 本条 after a quoted article of an unknown regulation (fix-quote18)', [
  ['a reply given a short name, its article quoted, then 本条 in the next sentence',
    '引言\n\n《最高人民法院关于某某财产移送执行问题的批复》（以下简称《批复》）第二条规定：“执行法院要求移送的，应当出具函件。收到函件后应当在十日内移送。”由于对本条的不同理解，实践中做法不一。',
    [['第二条', 'unknown-regulation', ''], ['本条', 'unknown-regulation', '']]],
  ['not the law named before it: the unknown article opened the sentence',
    '《中华人民共和国民法典》第十条规定了法源。《某某省物业服务办法》第十二条规定：“业主应当按时交纳费用。”本条规定了业主的义务。',
    [['《中华人民共和国民法典》第十条', 'resolved', '民法典10'], ['《某某省物业服务办法》第十二条', 'unknown-regulation', ''], ['本条', 'unknown-regulation', '']]],
  ['not once a known article is cited after it: 本条 below is that one; ordinals stay unread',
    '2、《某某条例实施细则》第五十条：违反本细则规定的，依照《旅行社条例》第四十六条的规定处罚。\n违法情形：\n1、违反本条规定，初次被查处的；第十四届第一次会议。',
    [['《某某条例实施细则》第五十条', 'unknown-regulation', ''], ['《旅行社条例》第四十六条', 'resolved', '旅行社条例46'], ['本条', 'resolved', '旅行社条例46']]],
]);

// "the preceding paragraph" on the line right below a legal-basis line reproducing an article: a paragraph referring
// back so and granting or binding (may, shall, must) is the article's next one (englishHeadings.ts refersBackAsStatute).
table('citation table: an English article\'s next paragraph under a legal-basis line (fix-quote18)', [
  ['"may … within the range given in the preceding paragraph" below "Legal basis: <interpretation> Article 1 …"',
    'Legal basis: Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud Article 1 Whoever defrauds property worth 5,000 yuan or more commits fraud of "a relatively large amount".\nThe provincial courts of every region, in view of local economic conditions, may set their own standards within the range given in the preceding paragraph and report them for the record.',
    [['Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud Article 1', 'resolved', '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释1'],
      ['the preceding paragraph', 'resolved', '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释1.1']]],
  ['not the writer\'s "As the preceding paragraph shows", nor an ordinal',
    'Legal basis: Article 20 of the Labor Law The employer shall conclude a labor contract in writing.\nAs the preceding paragraph shows, the employer may not delay. The 14th session met.',
    [['Article 20 of the Labor Law', 'resolved', '劳动20']]],
]);
