import * as assert from 'assert';
import { fixLawRefBookText, fixTitleSpacing } from '../../scripts/lawrefbook-fixes';

const text = (...lines: string[]) => lines.join('\n\n').split('\n');

describe('LawRefBook source defects (import)', () => {
  it('writes a joint issuers\' space as 、 and drops other spaces inside a Chinese title', () => {
    assert.strictEqual(
      fixTitleSpacing('最高人民法院 最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释'),
      '最高人民法院、最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释',
    );
    assert.strictEqual(fixTitleSpacing('最高人民法院  最高人民检察院关于执行《中华人民共和国刑法》 确定罪名的补充规定（七）'), '最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（七）');
    assert.strictEqual(fixTitleSpacing('中华人民共和国刑法'), '中华人民共和国刑法');
    assert.strictEqual(fixTitleSpacing('Regulations on Border Areas'), 'Regulations on Border Areas');
  });

  it('removes the title printed again over several header lines, and nothing else', () => {
    const src = text('# 中华人民共和国外国中央银行财产司法强制措施豁免法', '中华人民共和国外国中央银行', '财产司法强制措施豁免法', '2005年10月25日 第十届全国人民代表大会常务委员会第十八次会议通过', '<!-- INFO END -->', '第一条 为了……，制定本法。');
    const r = fixLawRefBookText(src);
    assert.deepStrictEqual(r.lines, text('# 中华人民共和国外国中央银行财产司法强制措施豁免法', '2005年10月25日 第十届全国人民代表大会常务委员会第十八次会议通过', '<!-- INFO END -->', '第一条 为了……，制定本法。'));
    assert.deepStrictEqual(r.fixes.map((f) => [f.kind, f.line]), [['title-repeated-in-header', 3], ['title-repeated-in-header', 5]]);
  });

  it('moves the space of an article heading written 第N 条text to after 条, and leaves headings and text that are right', () => {
    const src = text('# 某某法', '<!-- INFO END -->', '第四百一十三条 内容。', '第四百一十四 条报请核准的案件。', '第十条　内容。', '依照第五 条的规定。');
    const r = fixLawRefBookText(src);
    assert.deepStrictEqual(r.lines, text('# 某某法', '<!-- INFO END -->', '第四百一十三条 内容。', '第四百一十四条 报请核准的案件。', '第十条　内容。', '依照第五 条的规定。'));
    assert.deepStrictEqual(r.fixes.map((f) => [f.kind, f.line]), [['article-heading-spacing', 7]]);
  });

  it('joins a date line broken before its event word, or inside a title, to its continuation', () => {
    const src = text(
      '# 科学技术档案工作条例',
      '1980年12月9日 国务院批准',
      '1980年12月27日 国家经济委员会',
      '国家档案局发布',
      '2017年12月27日 第三十一次会议《关于修改〈中华人民共和国招标投标法〉',
      '〈中华人民共和国计量法〉的决定》第四次修正',
      '发布之日施行',
      '<!-- INFO END -->',
      '第一条 内容。',
    );
    const r = fixLawRefBookText(src);
    assert.deepStrictEqual(
      r.lines,
      text(
        '# 科学技术档案工作条例',
        '1980年12月9日 国务院批准',
        '1980年12月27日 国家经济委员会 国家档案局发布',
        '2017年12月27日 第三十一次会议《关于修改〈中华人民共和国招标投标法〉〈中华人民共和国计量法〉的决定》第四次修正',
        '发布之日施行',
        '<!-- INFO END -->',
        '第一条 内容。',
      ),
    );
    assert.deepStrictEqual(r.fixes.map((f) => [f.kind, f.line]), [['wrapped-date-line', 5], ['wrapped-date-line', 9]]);
  });

  it('lists a dated header line whose date cannot be read, and leaves a clean text byte for byte', () => {
    const bad = fixLawRefBookText(text('# 示例条例', '2019年13月1日 施行', '<!-- INFO END -->', '第一条 内容。'));
    assert.deepStrictEqual(bad.unreadDates, [{ line: 3, text: '2019年13月1日 施行' }]);
    const clean = text('# 中华人民共和国示例法', '2020年5月28日 第十三届全国人民代表大会第三次会议通过', '2021年1月1日 施行', '<!-- INFO END -->', '第一条 内容。');
    const r = fixLawRefBookText(clean);
    assert.deepStrictEqual(r.lines, clean);
    assert.deepStrictEqual([r.fixes, r.unreadDates], [[], []]);
  });
});
