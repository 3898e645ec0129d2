// Citations as the corpus's own texts write them (issue 14; found by running `lawcite check` over the bundled national
// texts, where 司法解释 and 行政法规 cite their parent laws): a code's part before a chapter or article (刑法分则第九章第三百九十八条),
// the laws the Civil Code replaced named bare (民法总则第一百八十八条), a two-character name after a citing verb (依照民法第五条),
// items cited alone in a later clause of the sentence citing another law's article, and no did-you-mean between titles
// on different subjects. Made-up texts in the shape of those provisions; rows [text, status, targets] in the short
// notation of bundledShortSummary (刑398 = the Criminal Law's article 398; 本2..2 = the document's article 2, item 2).
import * as assert from 'assert';
import { analyzeBundled, bundledShortSummary } from './citations/helpers';

const DRAFT = (article: string) => `某某实施办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 ${article}\n`;
const AMENDMENT = '中华人民共和国刑法修正案（十三）（草案）\n\n';
/** One part of the Civil Code as its own file, as LawRefBook prints it: the law's title, then the part's. */
const CIVIL_CODE_PART = (text: string) => `# 中华人民共和国民法典\n\n# 总则\n\n## 第一章 基本规定\n\n第一条 为了保护民事主体的合法权益，制定本法。\n\n第二条 ${text}\n`;

const rows: { name: string; text: string; expect: [string, string, string][] }[] = [
  {
    name: 'a law\'s part and chapter before its articles, in a regulation\'s own text: the law\'s, never the regulation\'s own',
    text: DRAFT('国家机关工作人员触犯刑法分则第九章第三百九十八条至第四百条规定的，依照该规定定罪处罚；不符合上述规定，但构成第三百九十七条规定的犯罪的，以滥用职权罪定罪处罚。'),
    expect: [['刑法分则第九章', 'resolved', '刑'], ['第三百九十八条至第四百条', 'resolved', '刑398 刑399 刑400'], ['第三百九十七条', 'resolved', '刑397']],
  },
  {
    name: '总则 or 分则 between the name, bare or in 《》, and the article',
    text: '依照刑法总则第十三条和《刑法》分则第二百六十四条的规定。',
    expect: [['刑法总则第十三条', 'resolved', '刑13'], ['《刑法》分则第二百六十四条', 'resolved', '刑264']],
  },
  {
    name: 'the General Provisions of the Civil Law, a law of its own the Civil Code replaced, named bare',
    text: '民法典施行前，根据民法总则第一百八十八条的规定计算诉讼时效。',
    expect: [['民法总则第一百八十八条', 'unknown-regulation', '']],
  },
  {
    name: 'a two-character law name after a citing verb (another place\'s civil code), not the verb\'s last character and the name',
    text: '本文讨论民法第十五条的适用。依照民法第五条。',
    expect: [['民法第十五条', 'unknown-regulation', ''], ['民法第五条', 'unknown-regulation', '']],
  },
  {
    name: 'a two-character word ending in 法 after a verb is no name: the article stays with its context',
    text: '依照《中华人民共和国刑法》第二十条的规定，依照司法第二十一条处理。',
    expect: [['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['第二十一条', 'resolved', '刑21']],
  },
  {
    name: 'an item cited alone in a later clause of the sentence citing the parent law\'s item: that law\'s article',
    text: DRAFT('企业所得税法第十三条第（一）项规定的支出，按照年限摊销；第（二）项规定的支出，按照剩余期限摊销。'),
    expect: [['企业所得税法第十三条第（一）项', 'resolved', '企业所得税13..1'], ['第（二）项', 'resolved', '企业所得税13..2']],
  },
  {
    name: 'not when the regulation\'s own article has that item: its own',
    text: DRAFT('下列支出按照年限摊销：\n（一）改建支出；\n（二）大修理支出。\n企业所得税法第十三条第（一）项规定的支出，按照年限摊销；第（二）项规定的支出，按照剩余期限摊销。'),
    expect: [['企业所得税法第十三条第（一）项', 'resolved', '企业所得税13..1'], ['第（二）项', 'self', '本2..2']],
  },
  {
    name: 'not in the next sentence: read as the regulation\'s own (and reported when it has no such item)',
    text: DRAFT('企业所得税法第十三条第（一）项规定的支出，按照年限摊销。第（二）项规定的支出，按照剩余期限摊销。'),
    expect: [['企业所得税法第十三条第（一）项', 'resolved', '企业所得税13..1'], ['第（二）项', 'unknown-item', '本2..2']],
  },
  // An amending text numbered as articles (a 修正案 as the corpus prints it, or its draft): the quotation after 修改为 or
  // after the articles it adds is the provisions' new wording; its 前款, 本条, bare 款 are the new provision's, never the
  // amending text's own articles; the provisions it adds are not missing.
  {
    name: 'the new wording\'s 前款 is not the amending article\'s own paragraph; its 本法 is the amended law',
    text: `${AMENDMENT}第一条 将刑法第二十条修改为：“为了制止正在进行的不法侵害，采取的制止行为，不负刑事责任。\n\n“明显超过必要限度的，应当负刑事责任。对前款行为，依照本法第六十一条处理。”\n\n第二条 本修正案自公布之日起施行。\n`,
    expect: [['刑法第二十条', 'resolved', '刑20'], ['本法第六十一条', 'resolved', '刑61']],
  },
  {
    name: 'articles added, each quoted apart from the line below the colon: their headings and 前款 are theirs, 本法 the law',
    text: `${AMENDMENT}第一条 在刑法第二十条后增加两条，作为第二十条之一、第二十条之二：\n\n“第二十条之一 为了制止不法侵害而采取的行为，不负刑事责任。\n\n“实施前款行为明显超过必要限度的，应当减轻处罚。”\n\n“第二十条之二 对于正在进行的侵害，可以采取制止行为。\n\n“违反前款规定的，依照本法第六十一条处理。”\n\n第二条 本修正案自公布之日起施行。\n`,
    // The articles added are not in the law before the amendment (刑20 is 第二十条之一 here: the notation leaves out 之一).
    expect: [['刑法第二十条', 'resolved', '刑20'], ['第二十条之一、第二十条之二', 'unknown-article', '刑20之1 刑20之2'], ['本法第六十一条', 'resolved', '刑61']],
  },
  {
    name: 'new wording whose closing mark was lost ends before the next amending article, which is read as usual',
    text: `${AMENDMENT}第一条 将刑法第二十条修改为：“为了制止正在进行的不法侵害，采取的制止行为，不负刑事责任。\n\n“对前款行为，应当减轻或者免除处罚。\n\n第二条 将刑法第二十一条第二款修改为：“违反本法第六十一条的，依法处理。”\n\n第三条 本修正案第一条自公布之日起施行。\n`,
    expect: [['刑法第二十条', 'resolved', '刑20'], ['刑法第二十一条第二款', 'resolved', '刑21.2'], ['本法第六十一条', 'resolved', '刑61'], ['第一条', 'self', '本1']],
  },
  // A 修改决定 numbered 一、二、: a law named bare among the words an item adds or deletes is not the writer's subject;
  // the next item's bare article is still the amended law's.
  {
    name: 'a law named bare in the wording of a 款 added: the next item\'s article is the amended law\'s',
    text: '关于修改《中华人民共和国刑法》的决定（草案）\n\n一、在第二十条中增加一款，作为第四款：“依照民法典第五条处理。”\n\n二、第二十一条第二款修改为：“紧急避险超过必要限度的，应当减轻处罚。”\n',
    expect: [['第二十条', 'resolved', '刑20'], ['第四款', 'unknown-paragraph', '刑20.4'], ['民法典第五条', 'resolved', '民法典5'], ['第二十一条第二款', 'resolved', '刑21.2']],
  },
  {
    name: 'a law named bare in the words an item deletes: the same',
    text: '关于修改《中华人民共和国刑法》的决定（草案）\n\n一、删去第二十条第一款中的“依照民法典第五条”。\n\n二、第二十一条第二款修改为：“紧急避险超过必要限度的，应当减轻处罚。”\n',
    expect: [['第二十条第一款', 'resolved', '刑20.1'], ['民法典第五条', 'resolved', '民法典5'], ['第二十一条第二款', 'resolved', '刑21.2']],
  },
  {
    name: 'not words quoted after another verb: a law named there is the subject of the next bare article',
    text: '关于修改《中华人民共和国刑法》的决定（草案）的说明\n\n有的意见提出，应当写明“依照民法典第五条”。第二十一条第二款也有规定。\n',
    expect: [['民法典第五条', 'resolved', '民法典5'], ['第二十一条第二款', 'resolved', '民法典21.2']],
  },
];

describe('citations as the corpus\'s own texts write them (table)', () => {
  for (const r of rows) it(r.name, () => assert.deepStrictEqual(bundledShortSummary(r.text), r.expect));

  it('a chapter after 分则 or 总则 is the chapter of that part (chapters are numbered within each part of the Criminal Law)', () => {
    const heading = (text: string) => analyzeBundled(text).citations.map((c) => c.bindings.map((b) => b.division?.heading ?? null));
    assert.deepStrictEqual(heading('依照刑法分则第三章第二节的规定。'), [['走私罪']]);
    assert.deepStrictEqual(heading('依照刑法总则第三章第二节的规定。'), [['管制']]);
    assert.deepStrictEqual(heading('《刑法》分则第九章'), [['渎职罪']]);
  });

  it('a file that is one part of a law split over files reads its references to the other parts in the whole law', () => {
    const bound = (text: string) => analyzeBundled(text).citations.filter((c) => /^本.+[编章条]$/.test(c.text)).map((c) => c.bindings.map((b) => b.division?.label ?? b.article?.number ?? b.problem?.message.en ?? null));
    assert.deepStrictEqual(bound(CIVIL_CODE_PART('依照本法第六编取得财产的，适用本法第一千二百六十条和本法第三编第二章的规定；本法第二条。')), [['第六编'], [1260], ['第二章'], [2]]);
    // the whole law's problems: a part it has not, an article past its last
    assert.deepStrictEqual(bound(CIVIL_CODE_PART('适用本法第九编和本法第二千条。')), [
      ['this document has no 第九编'], ['this document has no Article 2000 (it has 1260 articles)'],
    ]);
    // a law's text with no part heading is the whole text: what it lacks is missing
    assert.deepStrictEqual(bound('# 中华人民共和国民法典\n\n第一条 为了保护民事主体的合法权益，制定本法。\n\n第二条 适用本法第六编。\n'), [['this document has no 第六编']]);
    // a part heading under a title the corpus lacks: nothing to join
    assert.deepStrictEqual(bound('# 某某省物业管理条例\n\n# 总则\n\n第一条 为了规范物业管理，制定本条例。\n\n第二条 适用本条例第三十条。\n'), [['this document has no Article 30 (it has 2 articles)']]);
  });

  it('a provision an amendment adds is missing from the law before it: information saying so, not an error; cited elsewhere, an error', () => {
    const text = `${AMENDMENT}第一条 在刑法第二十条中增加一款，作为第四款：“对正在进行的侵害，可以采取制止行为。”\n\n第二条 本修正案自公布之日起施行。\n依照《中华人民共和国刑法》第二十条第四款的规定。`;
    const missing = analyzeBundled(text).diagnostics.filter((d) => d.code === 'unknown-paragraph').map((d) => `${d.severity} ${d.message.en}`);
    assert.deepStrictEqual(missing, [
      "information 《中华人民共和国刑法》 Article 20 has no paragraph 4 (it has 3 paragraphs); the amendment adds it; the text in force has none yet",
      'error 《中华人民共和国刑法》 Article 20 has no paragraph 4 (it has 3 paragraphs)',
    ]);
  });

  it('no did-you-mean between titles differing in a word (营业税 for 契税, 兽药典 for 民法典); a slip of the pen still gets one', () => {
    const unknown = (text: string) =>
      analyzeBundled(text).diagnostics.filter((d) => d.code === 'unknown-regulation').map((d) => `${d.severity} ${d.message.en}`);
    assert.deepStrictEqual(unknown('依据《中华人民共和国营业税暂行条例》第五条。'), [
      'information 《中华人民共和国营业税暂行条例》 is not in the corpus; the citation cannot be checked',
    ]);
    assert.deepStrictEqual(unknown('依据《中国人民解放军现役军官服役条例》第三条。'), [
      'information 《中国人民解放军现役军官服役条例》 is not in the corpus; the citation cannot be checked',
    ]);
    assert.deepStrictEqual(unknown('依据《中华人民共和国印花税暂行条列》第五条。'), [
      'error 《中华人民共和国印花税暂行条列》 is not in the corpus; did you mean 《中华人民共和国印花税暂行条例》?',
    ]);
    assert.deepStrictEqual(unknown('依据《中华人民共和国印花暂行税条例》第五条。'), [
      'error 《中华人民共和国印花暂行税条例》 is not in the corpus; did you mean 《中华人民共和国印花税暂行条例》?',
    ]);
  });
});
