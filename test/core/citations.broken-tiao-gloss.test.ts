// fix-gov70 form 1 (heldout42 gov p04, p05, p08 — pages of one family of glossing sites): a 條 the site's converter
// broke into a question mark, the gloss of 項 without its opening bracket and a stray "l" (《醫(yī)療機(jī)構(gòu)管理?xiàng)l例》) is read
// as 條, so the title is the regulation a reader sees, the citation keeping the page's own text and positions
// (citations/normalize/pinyinGlosses.ts BROKEN_TIAO).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a 條 broken into "?xiàng)l" on a glossing page (fix-gov70)', [
  ['the broken 條 in a glossed title, a version after it, and 本條例 later on the line',
    '違反了《醫(yī)療機(jī)構(gòu)管理?xiàng)l例》(2016版)第二十七條的規(guī)定，依據本條例第四十七條處罰。',
    [['《醫(yī)療機(jī)構(gòu)管理?xiàng)l例》(2016版)第二十七條', 'resolved', '医疗机构管理条例27'],
      ['本條例第四十七條', 'resolved', '医疗机构管理条例47']]],
  ['a citation after the broken title on its line keeps its place',
    '依據《醫療機構管理?xiàng)l例》第二十七條和《中華人民共和國(guó)消防法》第二十八條。',
    [['《醫療機構管理?xiàng)l例》第二十七條', 'resolved', '医疗机构管理条例27'],
      ['《中華人民共和國(guó)消防法》第二十八條', 'resolved', '消防28']]],
  ['a title the corpus lacks stays unknown',
    '依據《旅行社管理?xiàng)l例》第三十八條處罰。',
    [['《旅行社管理?xiàng)l例》第三十八條', 'unknown-regulation', '']]],
  ['not before 例, and a question mark with its gloss elsewhere, are left as they are',
    '項目?xiàng)l款 略;依據《醫療機構管理條例》第二十七條。',
    [['《醫療機構管理條例》第二十七條', 'resolved', '医疗机构管理条例27']]],
]);
