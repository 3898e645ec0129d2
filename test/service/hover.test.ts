// Hover renders the engine's bindings: the cited article(s), the cited 款/项 in bold, or the problem.
import * as assert from 'assert';
import { GLUED, INLINE_ITEMS } from './drafts';
import { BEIJIANG, indexingCorpus, kit, positionOf, rangeOf, ServiceKit } from './serviceKit';

describe('service: hover', () => {
  it('on 本办法第二条 in a draft whose labels are glued to their text shows 第二条 itself', () => {
    const o = kit().open(GLUED);
    const h = kit().service.hover(o.doc, positionOf(o.text, '本办法第二条', 4));
    assert.ok(h, 'a hover');
    assert.deepStrictEqual(h.range, rangeOf(o.text, '本办法第二条'));
    const md = (h.contents as { value: string }).value;
    assert.match(md, /^第二条 本办法所称测试，是指按照规定进行的检验。$/m);
    assert.doesNotMatch(md, /第一条|第三条/);
  });

  it('on a 项 of an item list printed inside the line bolds that item only', () => {
    const o = kit().open(INLINE_ITEMS);
    const at = positionOf(o.text, '本办法第四条第（二）项', 4);
    assert.strictEqual(kit().service.analysis(o.doc).citations[0].status, 'self');
    const md = kit().hover(o, at)!;
    assert.match(md, /^\*\*（二）乙；\*\*$/m);
    assert.doesNotMatch(md, /\*\*[^*\n]*（一）/, 'item （一） is not bold');
    assert.doesNotMatch(md, /\*\*[^*\n]*（三）/, 'item （三） is not bold');
    assert.strictEqual(md.split('（二）乙').length - 1, 1, `item （二） shown once:\n${md}`);
  });

  it('names the version, why, and the article in each version of a law with several', () => {
    const md = kit().hover(kit().open('关于测试的报告\n\n2022年5月1日\n\n依照《示例自治区测试条例》第$0一条办理。'))!;
    assert.match(md, /版本 2020\\-03\\-01（共 2 个版本；.*至 2024\\-07\\-01）/);
    assert.match(md, /2022\\-05\\-01/, 'the draft date that chose it');
    assert.match(md, /^- ▶ 2020\\-03\\-01（2020\\-03\\-01 起施行，至 2024\\-07\\-01）: 第一条$/m);
    assert.match(md, /^- 2024\\-07\\-01（2024\\-07\\-01 起施行，现行）: 第一条$/m);
  });

  it('bolds the cited 款 of a corpus article and not the others', () => {
    const md = kit().hover(kit().open(`依照《${BEIJIANG}》第六条第二$0款办理。`))!;
    assert.match(md, /\| \*\*监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。\*\* \|/);
    assert.doesNotMatch(md, /\*\*[^*\n]*各级人民政府负责/);
    assert.doesNotMatch(md, /\*\*[^*\n]*嘎查村民委员会/);
  });

  it('on 第二十条至第二十三条 shows the count and all four articles', () => {
    const md = kit().hover(kit().open(`依照《${BEIJIANG}》第二十条至第二十$0三条的规定。`))!;
    assert.match(md, /共 4 条/);
    for (const label of ['第二十条', '第二十一条', '第二十二条', '第二十三条']) assert.match(md, new RegExp(`\\| ${label} `), label);
    assert.doesNotMatch(md, /第二十四条|另有/);
  });

  it('on a chapter written 第二章 of a corpus file that prints 第2章 lists that chapter’s articles', () => {
    const md = kit().hover(kit().open('依照《阿拉伯数字章节测试条例》第二$0章的规定。'))!;
    assert.match(md, /^\*\*阿拉伯数字章节测试条例\*\*/);
    assert.match(md, /^第三条、第四条$/m);
  });

  it('on a law a bundled law repealed says which law, article and date repealed it, and suggests no other title', () => {
    const md = kit().hover(kit().open('依据《中华人民共和国合同法》第五十$0二条处理。'))!;
    assert.match(md, /中华人民共和国民法典/, md);
    assert.match(md, /第一千二百六十条/, md);
    assert.match(md, /2021\\?-01\\?-01/, md);
    assert.doesNotMatch(md, /您是否要引用|Did you mean|中华人民共和国刑法/, md);
  });

  it('on a law of the corpus since repealed names the repeal date, the repealing article and the article to cite instead', () => {
    const md = kit().hover(kit().open('依据《个体工商户条例》第$0二条办理。'))!;
    assert.match(md, /^第二条 有经营能力的公民/m, 'the article itself');
    assert.match(md, /^\*\*《个体工商户条例》已被《促进个体工商户发展条例》第三十九条废止，自2022\\-11\\-01起；请改引《促进个体工商户发展条例》第六条\*\*$/m, md);
  });

  it('on a repealed law cited by a document older than the repeal says it was in force then and names the successor', () => {
    const md = kit().hover(kit().open('关于个体工商户登记的通知\n\n2020年3月1日\n\n依据《个体工商户条例》第$0二条办理。'))!;
    assert.match(md, /《个体工商户条例》在本文件日期2020\\-03\\-01时有效，自2022\\-11\\-01起被《促进个体工商户发展条例》第三十九条废止，现行：《促进个体工商户发展条例》/, md);
    assert.doesNotMatch(md, /请改引/);
  });

  it('states an unknown article with the regulation’s article count', () => {
    const md = kit().hover(kit().open(`依照《${BEIJIANG}》第九百$0条处理。`))!;
    assert.match(md, /无法解析此引用/);
    assert.match(md, /没有第九百条（共八十九条）/);
  });

  it('says the corpus is still loading (3/10) for a title not found while indexing', () => {
    const loading = new ServiceKit({ corpus: indexingCorpus(3, 10) });
    const md = loading.hover(loading.open('依照《尚未加载的测试条例》第三$0条处理。'))!;
    assert.match(md, /法规库仍在加载（已读 3\/10 个文件），《尚未加载的测试条例》可能在其中/);
    assert.doesNotMatch(md, /无法解析此引用/);
  });

  it('says the title is missing once indexing is done', () => {
    const md = kit().hover(kit().open('依照《尚未加载的测试条例》第三$0条处理。'))!;
    assert.match(md, /无法解析此引用/);
    assert.match(md, /语料库中没有《尚未加载的测试条例》/);
    assert.doesNotMatch(md, /仍在加载/);
  });

  it('gives nothing outside citations', () => {
    assert.strictEqual(kit().hover(kit().open(`依$0照《${BEIJIANG}》第六条办理。`)), null);
  });
});
