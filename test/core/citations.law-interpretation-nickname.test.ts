// An interpretation named by the law it reads and its ordinal, never defined on the page (《担保法解释》第四条,
// 《合同法解释二》第24条, 《专利法司法解释二》第8条), is the one interpretation whose title names that law in 《》, or,
// when none does, the court's 解释 whose subject holds the law's subject word (侵犯专利权 for 专利法) — several or none
// stay unknown (fix-zh54, heldout38-court p19/p30: titles/interpretationNickname.ts interpretationOfLaw).
import { bundledSummary } from './citations/helpers';
import * as assert from 'assert';

type Row = [name: string, doc: string, expected: [string, string, string][]];

const DB = '最高人民法院关于适用《中华人民共和国担保法》若干问题的解释';
const BX2 = '最高人民法院关于适用《中华人民共和国保险法》若干问题的解释（二）';
const ZL = '最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释';

const rows: Row[] = [
  ['the law named in the title\'s marks, no ordinal or one in brackets or bare',
    '另外，《担保法解释》第四条规定董事、经理违反规定提供担保的，担保人应当承担连带赔偿责任。《保险法司法解释二》第十三条、《保险法解释(二)》第十四条对此亦有规定。',
    [['《担保法解释》第四条', 'resolved', `${DB}4`], ['《保险法司法解释二》第十三条', 'resolved', `${BX2}13`], ['《保险法解释(二)》第十四条', 'resolved', `${BX2}14`]]],
  ['no title names the law: the court\'s 解释 on its subject, the ordinal picking one; 一 the unnumbered first text',
    '法院依据《专利法司法解释二》第八条认定侵权，又依《专利法司法解释一》第二条确定保护范围。',
    [['《专利法司法解释二》第八条', 'resolved', `${ZL}（二）8`], ['《专利法司法解释一》第二条', 'resolved', `${ZL}2`]]],
  ['several or none fit: unknown as before (no 合同法解释三, several 商标 解释, a criminal case\'s 证券, a 补充规定 on 罪名, the code\'s many)',
    '参照《合同法解释三》第五条、《商标法司法解释》第一条、《证券法解释》第二条、《刑法解释》第三条及《民法典解释》第一条。',
    [['《合同法解释三》第五条', 'unknown-regulation', ''], ['《商标法司法解释》第一条', 'unknown-regulation', ''], ['《证券法解释》第二条', 'unknown-regulation', ''],
      ['《刑法解释》第三条', 'unknown-regulation', ''], ['《民法典解释》第一条', 'unknown-regulation', '']]],
];

describe('citation table: an interpretation named by its law and ordinal (fix-zh54)', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});
