// 前款 in an article's words quoted after its citation (marks or none), the page's copy worded apart from the held text:
// the words of its own sentence (from the last 。) tell which 款 it stands in when the words after it and the forty
// before it do not (quotation/quotedReferences.ts quotedParagraph, fix-res100). Made-up text in the real style against
// the bundled corpus (laws named short: 广告55.1 is the Advertising Law's article 55, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

const FIRST = '违反本法规定发布虚假广告的，由市场监督管理部门责令停止发布广告，并处广告费用三倍以上五倍以下的罚款。广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款，可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请。';
const FIRST_TW = '違反本法規定發布虛假廣告的,由市場監督管理部門責令停止發布廣告,並處廣告費用三倍以上五倍以下的罰款。廣告費用無法計算或者明顯偏低的,處以壹百萬元以上二百萬元以下罰款,可以吊銷營業執照,並由廣告審查機關撤銷廣告審查批準文件,壹年內不受理其廣告審查申請。';

table('citation table: 前款 placed by the words of its own sentence in an article quoted after its citation (fix-res100)', [
  ['a 法律依据 line gluing the article to its words, traditional script, 规定 dropped from the 款',
    `法律依據\n\n《中華人民共和國廣告法》第五十五條${FIRST_TW}醫療機構有前款違法行為,情節嚴重的,衛生行政部門可以吊銷執業許可證。`,
    [['《中華人民共和國廣告法》第五十五條', 'resolved', '广告55'], ['前款', 'resolved', '广告55.1']]],
  ['after a colon, simplified script',
    `处罚依据：《中华人民共和国广告法》第五十五条：${FIRST}医疗机构有前款违法行为，情节严重的，卫生行政部门可以吊销执业许可证。`,
    [['《中华人民共和国广告法》第五十五条', 'resolved', '广告55'], ['前款', 'resolved', '广告55.1']]],
  ['in quotation marks',
    `《中华人民共和国广告法》第五十五条规定：“${FIRST}医疗机构有前款违法行为，情节严重的，卫生行政部门可以吊销执业许可证。”`,
    [['《中华人民共和国广告法》第五十五条', 'resolved', '广告55'], ['前款', 'resolved', '广告55.1']]],
  ['not the writer\'s own sentence found in no 款 (as before), nor 第2项商品 or a case number',
    `《中华人民共和国广告法》第五十五条${FIRST}本案当事人有前款违法行为，情节严重，应从重处罚。（2021）某01行初12号判决后，购买第2项商品的顾客另有赠品。`,
    [['《中华人民共和国广告法》第五十五条', 'resolved', '广告55'], ['前款', 'self', '']]],
]);
