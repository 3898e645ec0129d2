// Citations as legal Q&A pages, 普法 posts, law papers, Hong Kong and Taiwan pages and reprinted law texts write them
// (issue 14, eleventh round, gov11). Made-up text in the real style, against the bundled corpus; the rule each group
// tests is named in its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const SB = '中华人民共和国社会保险法';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- a heading whose space a lossy re-encoding turned into question marks (lostSpace.ts) ----
  ['第二十条??… at a line start is a heading: only the reference in the text is a citation',
    '某某劳动保障条例\n第二十条??用人单位应当建立制度。\n第二十一条??劳动者可以依照本条例第二十条的规定申请。', [
      ['本条例第二十条', 'self', 'null20'],
    ]],
  ['question marks after a citation inside a sentence stay a question; counts and sessions are no citations',
    '违反《劳动合同法》第十条??怎么办？第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
      ['《劳动合同法》第十条', 'resolved', '中华人民共和国劳动合同法10'],
    ]],

  // ---- the Constitution's amendments numbered through, cited without a year (amendmentSeries.ts) ----
  ['宪法修正案第3条 and 《中华人民共和国宪法修正案》第四十五条 are the amendments holding those articles',
    '宪法修正案第3条改了国营经济的提法，《中华人民共和国宪法修正案》第四十五条增设了监察委员会。', [
      ['宪法修正案第3条', 'resolved', '中华人民共和国宪法修正案（1993年）3'],
      ['《中华人民共和国宪法修正案》第四十五条', 'resolved', '中华人民共和国宪法修正案（2018年）45'],
    ]],
  ['the Constitution itself and a criminal-law amendment with its ordinal keep their own articles',
    '宪法第十条第四款经修改，刑法修正案（九）第十条另有规定，宪法修正案（1988年）第二条。', [
      ['宪法第十条第四款', 'resolved', '中华人民共和国宪法10.4'],
      ['刑法修正案（九）第十条', 'resolved', '中华人民共和国刑法修正案（九）10'],
      ['宪法修正案（1988年）第二条', 'resolved', '中华人民共和国宪法修正案（1988年）2'],
    ]],
  ['an amendment named without articles, sessions and case numbers are no citations',
    '第十四届全国人大第一次会议通过宪法修正案，（2019）某刑初12号判决第二项，第2项商品。', []],

  // ---- the article under discussion named again by its number after other laws named alone (analyze.ts articleCitedAgain) ----
  ['综上，第六十条 after laws named in passing is the article the page cited with its title',
    '《社会保险法》第六十条规定了缴费义务。征收应遵循《税收征收管理法》和《商业银行法》。综上，第六十条是缴费的基础。', [
      ['《社会保险法》第六十条', 'resolved', `${SB}60`],
      ['第六十条', 'resolved', `${SB}60`],
    ]],
  ['another number after a law named alone is that law\'s article',
    '《社会保险法》第六十条规定了缴费义务。征收应遵循《税收征收管理法》。第六十三条规定了强制征收。', [
      ['《社会保险法》第六十条', 'resolved', `${SB}60`],
      ['第六十三条', 'resolved', '中华人民共和国税收征收管理法63'],
    ]],
  ['the same number after another law cited with that article is the later law\'s',
    '《民法典》第五条规定了自愿原则，《刑法》第五条规定了罪责刑相适应，第五条是刑法总则的规定。', [
      ['《民法典》第五条', 'resolved', '中华人民共和国民法典5'],
      ['《刑法》第五条', 'resolved', '中华人民共和国刑法5'],
      ['第五条', 'resolved', '中华人民共和国刑法5'],
    ]],

  // ---- the country named before a national law's short title (titles.ts: 中国 before a name, 《中國刑法》) ----
  ['《中國刑法》第七條 and 中國著作權法第22條 are the national laws', '依照《中國刑法》第七條，中國著作權法第22條規定了合理使用。', [
    ['《中國刑法》第七條', 'resolved', '中华人民共和国刑法7'],
    ['著作權法第22條', 'resolved', '中华人民共和国著作权法22'],
  ]],
  ['a law whose own name starts with 中国 keeps it; sessions and case numbers are no citations',
    '中国人民银行法第十条，中国第十四届全国人大第一次会议，（2019）某刑初12号判决第二项，第2项商品。', [
      ['中国人民银行法第十条', 'resolved', '中华人民共和国中国人民银行法10'],
    ]],
  ['an association\'s rules or a place\'s regulation after 中国 stay unknown', '《中国证券业协会自律规则》第三条，《中国某某省物业条例》第五条。', [
    ['《中国证券业协会自律规则》第三条', 'unknown-regulation', ''],
    ['《中国某某省物业条例》第五条', 'unknown-regulation', ''],
  ]],

  // ---- Hong Kong sections: a letter and bracketed subsections before 條 (hongKongSection.ts) ----
  ['第5(2)(c)條 and 第18條 of an ordinance the corpus lacks are unknown-regulation',
    '依據《某某判決(交互強制執行)條例》(第597章)，兩份判決書在該條例第5(2)(c)條的涵義內，應根據該條例第18條撤銷。', [
      ['該條例第5(2)(c)條', 'unknown-regulation', ''],
      ['該條例第18條', 'unknown-regulation', ''],
    ]],
  ['a section inserted later (第18A條) and a subsection numbered so (第21(3A)條) are sections too',
    '法官可根據《婚姻條例》第18A條給予准許，《婚姻條例》第21(3A)條訂明地點。', [
      ['《婚姻條例》第18A條', 'unknown-regulation', ''],
      ['《婚姻條例》第21(3A)條', 'unknown-regulation', ''],
    ]],
  ['a building number or a class with a letter or brackets is no section; sessions and case numbers are no citations',
    '《刑法》第二十条第一款，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项，第2项商品，第3A号楼，第12(1)班。', [
      ['《刑法》第二十条第一款', 'resolved', '中华人民共和国刑法20.1'],
    ]],

  // ---- a law reprinted part by part under its title and a part number (printedLawTitle.ts) ----
  ['本法 in a law reprinted under 中华人民共和国刑法-3 is the Criminal Law; the headings are no citations',
    '中华人民共和国刑法-3\n第七十二条 对于被判处拘役的犯罪分子，可以宣告缓刑。\n第七十三条 拘役的缓刑考验期限为原判刑期以上一年以下。\n第七十四条 对于累犯，不适用缓刑。\n第七十五条 依照本法第七十二条宣告缓刑的犯罪分子，应当遵守规定。', [
      ['本法第七十二条', 'resolved', '中华人民共和国刑法72'],
    ]],
  ['a title the corpus lacks over its articles keeps its own text; sessions and case numbers are no citations',
    '某某市物业管理条例-2\n第一条 为了规范物业管理，制定本条例。第十四届全国人大第一次会议。\n第二条 本条例适用于本市，（2019）某刑初12号判决第二项。\n第三条 依照本条例第二条的规定执行。', [
      ['本条例第二条', 'self', 'null2'],
    ]],

  // ---- a title with a character masked by a word filter (maskedTitle.ts) ----
  ['《中华人民***和国消防法》 is the one title the rest spells out', '依照《中华人民***和国消防法》第六十条处罚，场所依《中華人民***和國刑法》第二百六十四條。', [
    ['《中华人民***和国消防法》第六十条', 'resolved', '中华人民共和国消防法60'],
    ['《中華人民***和國刑法》第二百六十四條', 'resolved', '中华人民共和国刑法264'],
  ]],
  ['a mask hiding a word of three characters (最**法院 for 最高人民法院) is the one title the rest spells out',
    '依照《最**法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》第二条、《最*法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》第三条的规定，判决如下。', [
      ['《最**法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》第二条', 'resolved', '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定2'],
      ['《最*法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》第三条', 'resolved', '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定3'],
    ]],
  ['a masked court name before an interpretation the corpus lacks stays unknown; a mask of four characters finds nothing',
    '依照《最**法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》第六十三条，《中华****国消防法》第六十条。', [
      ['《最**法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》第六十三条', 'unknown-regulation', ''],
      ['《中华****国消防法》第六十条', 'unknown-regulation', ''],
    ]],
  ['a mask leaving too little, or a title no corpus law fits, stays unknown; sessions are no citations',
    '《***法》第五条，《某某***条例》第三条，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
      ['《***法》第五条', 'unknown-regulation', ''],
      ['《某某***条例》第三条', 'unknown-regulation', ''],
    ]],

  // ---- 《基本法》 on a page about one special administrative region (basicLaw.ts) ----
  ['《基本法》 on a page about Hong Kong is Hong Kong\'s Basic Law, on one about Macau Macau\'s', '《基本法》 第37条 保障香港居民的婚姻自由。', [
    ['《基本法》 第37条', 'resolved', '中华人民共和国香港特别行政区基本法37'],
  ]],
  ['a page naming both regions, or neither, leaves 《基本法》 unknown; sessions are no citations',
    '香港与澳门的《基本法》第十八条不同，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
      ['《基本法》第十八条', 'unknown-regulation', ''],
    ]],
];

describe('citations as real Q&A pages, law papers, Hong Kong and Taiwan pages write them (issue 14, round 11, gov11)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
});
