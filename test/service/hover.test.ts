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

  it('on a 项 of an item list printed inside the line puts that item first under 第四条第（二）项, the rest after it', () => {
    const o = kit().open(INLINE_ITEMS);
    const at = positionOf(o.text, '本办法第四条第（二）项', 4);
    assert.strictEqual(kit().service.analysis(o.doc).citations[0].status, 'self');
    const md = kit().hover(o, at)!;
    assert.match(md, /\*\*第四条第（二）项\*\*\n\n（二）乙；\n\n\*第四条其余部分：\*\n\n第四条 业主大会决定下列事项：\n\n（一）甲；\n\n\*（第（二）项，见上）\*\n\n（三）丙。/, md);
    assert.strictEqual(md.split('（二）乙').length - 1, 1, `item （二） shown once:\n${md}`);
  });

  it('names the version, why, and the article in each version of a law with several', () => {
    const md = kit().hover(kit().open('关于测试的报告\n\n2022年5月1日\n\n依照《示例自治区测试条例》第$0一条办理。'))!;
    assert.match(md, /2020年3月1日版本（共2个版本；.*至2024年6月30日）/);
    assert.match(md, /本文件日期2022年5月1日时施行的版本/, 'the draft date that chose it');
    assert.match(md, /^- ▶ 2020年3月1日版本（2020年3月1日起施行，至2024年6月30日）：第一条$/m);
    assert.match(md, /^- 2024年7月1日版本（2024年7月1日起施行，现行有效）：第一条$/m);
  });

  it('reads as Chinese: 《title》 and chapter, the cited 款 first under 第六条第二款, the rest after it, written dates, no table', () => {
    const md = kit().hover(kit().open(`依照《${BEIJIANG}》第六条第二$0款办理。`))!;
    const expected = [
      `**《${BEIJIANG}》** 第一章 总则`,
      '**第六条第二款**',
      '监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。',
      '*第六条其余部分：*',
      '第六条 各级人民政府负责本行政区域内筑牢祖国北疆安全稳定屏障工作。',
      '*（第二款，见上）*',
      '嘎查村民委员会、居民委员会应当依法协助做好筑牢祖国北疆安全稳定屏障相关工作。',
      '*地方性法规 · 2023年7月31日通过，2023年9月1日起施行*',
    ].join('\n\n');
    assert.strictEqual(md, expected);
    assert.doesNotMatch(md, /\|/, 'no table: the Chinese text takes the hover’s full width');
    assert.doesNotMatch(md, /Article 6|English/, 'no translation by default in Chinese');
  });

  it('puts the English translation below the Chinese in English, and beside it only when asked (lawcite.hover.translation)', () => {
    const en = new ServiceKit({ locale: 'en' });
    const below = en.hover(en.open(`依照《${BEIJIANG}》第六条第二$0款办理。`))!;
    const zhAt = below.indexOf('监察委员会、人民法院');
    const enAt = below.indexOf('*English translation*');
    assert.ok(zhAt >= 0 && enAt > zhAt, `Chinese first, then the translation:\n${below}`);
    assert.match(below.slice(enAt), /Article 6/);
    assert.doesNotMatch(below, /^\|/m);
    assert.match(below, /Local regulation · adopted 31 July 2023, in force from 1 September 2023/);
    const side = new ServiceKit({ locale: 'en', settings: { hoverTranslation: 'side' } });
    assert.match(side.hover(side.open(`依照《${BEIJIANG}》第六条第二$0款办理。`))!, /^\| Chinese \| English translation \|$/m);
    const off = new ServiceKit({ locale: 'zh-cn', settings: { hoverTranslation: 'below' } });
    assert.match(off.hover(off.open(`依照《${BEIJIANG}》第六条第二$0款办理。`))!, /\*英文译本\*/, 'below on request in Chinese too');
  });

  it('on 第二十三条 of 第二十条至第二十三条 shows 第二十三条 first, the others as one line of links, the count', () => {
    const md = kit().hover(kit().open(`依照《${BEIJIANG}》第二十条至第二十$0三条的规定。`))!;
    const sections = md.split('\n\n---\n\n');
    assert.match(sections[0], /^\*\*《[^\n]*\n\n第二十三条 /, md);
    assert.doesNotMatch(sections[0], /第二十条 |第二十一条 |第二十二条 /);
    assert.match(sections[1], /^另有：\[第二十条\]\(file:[^)]+#L\d+,1\)、\[第二十一条\]\(file:[^)]+\)、\[第二十二条\]\(file:[^)]+\)（共 4 条）$/);
    assert.doesNotMatch(md, /第二十四条/);
  });

  it('in 第九条、第十条和第十三条 shows the article under the pointer first, whichever it is; nothing cited is hidden', () => {
    const o = kit().open(`依照《${BEIJIANG}》第九条、第十条和第十三条的规定。`);
    const first = (needle: string, delta = 1) => kit().hover(o, positionOf(o.text, needle, delta))!.split('\n\n---\n\n');
    for (const [needle, shown, others] of [
      ['第九条', '第九条', ['第十条', '第十三条']],
      ['第十条', '第十条', ['第九条', '第十三条']],
      ['第十三条', '第十三条', ['第九条', '第十条']],
    ] as const) {
      const [article, line] = first(needle);
      assert.match(article, new RegExp(`\\n\\n${shown} `), `${needle}: ${article}`);
      assert.ok(line.startsWith(`另有：[${others[0]}](`) && line.includes(`)、[${others[1]}](`), `${needle}: ${line}`);
      for (const l of others) assert.match(line, new RegExp(`\\[${l}\\]\\(file:`), `${needle}: ${line}`);
      assert.match(line, /（共 3 条）$/);
    }
    // On the title: the first article.
    assert.match(first('《')[0], /\n\n第九条 /);
    // The same order in 显示条文 (lawcite/articleAt).
    const views = kit().service.articleAt(o.uri, positionOf(o.text, '第十三条', 2))!;
    assert.deepStrictEqual(views.map((v) => v.label), ['第十三条', '第九条', '第十条']);
  });

  it('on 前两款 shows both 款 of the article first under one heading', () => {
    const o = kit().open(['测试办法（草案）', '', '第一条 甲。', '', '乙。', '', '违反前两款规定的，依法处理。', '', '第二条 本办法自公布之日起施行。', ''].join('\n'));
    const md = kit().hover(o, positionOf(o.text, '前两款', 1))!;
    assert.match(md, /^\*\*第一条第一款、第二款\*\*\n\n甲。\n\n乙。$/m, md);
    assert.doesNotMatch(md, /另有/);
  });

  it('on a chapter written 第二章 of a corpus file that prints 第2章 lists that chapter’s articles', () => {
    const md = kit().hover(kit().open('依照《阿拉伯数字章节测试条例》第二$0章的规定。'))!;
    assert.match(md, /^\*\*《阿拉伯数字章节测试条例》\*\*/);
    assert.match(md, /^第三条、第四条$/m);
  });

  it('on a law a bundled law repealed says which law, article and date repealed it, and suggests no other title', () => {
    const md = kit().hover(kit().open('依据《中华人民共和国合同法》第五十$0二条处理。'))!;
    assert.match(md, /中华人民共和国民法典/, md);
    assert.match(md, /第一千二百六十条/, md);
    assert.match(md, /自2021年1月1日起/, md);
    assert.doesNotMatch(md, /您是否要引用|Did you mean|中华人民共和国刑法/, md);
  });

  it('on a law of the corpus since repealed names the repeal date, the repealing article and the article to cite instead', () => {
    const md = kit().hover(kit().open('依据《个体工商户条例》第$0二条办理。'))!;
    assert.match(md, /^第二条 有经营能力的公民/m, 'the article itself');
    assert.match(md, /^\*\*《个体工商户条例》已被《促进个体工商户发展条例》第三十九条废止，自2022年11月1日起；请改引《促进个体工商户发展条例》第六条\*\*$/m, md);
  });

  it('on a repealed law cited by a document older than the repeal says it was in force then and names the successor', () => {
    const md = kit().hover(kit().open('关于个体工商户登记的通知\n\n2020年3月1日\n\n依据《个体工商户条例》第$0二条办理。'))!;
    assert.match(md, /《个体工商户条例》在本文件日期2020年3月1日时有效，自2022年11月1日起被《促进个体工商户发展条例》第三十九条废止，现行：《促进个体工商户发展条例》/, md);
    assert.doesNotMatch(md, /请改引/);
  });

  it('states an unknown article’s reason once, with the nearest articles (a digit swap, the last article) as links', () => {
    const md = kit().hover(kit().open(`依照《${BEIJIANG}》第九十$0八条处理。`))!;
    const [reason, near] = md.split('\n\n---\n\n');
    assert.strictEqual(reason, `**《${BEIJIANG}》没有第九十八条（共八十九条）**`);
    assert.strictEqual(md.split('没有第九十八条').length - 1, 1, 'the reason once');
    assert.match(near, /^相近的条文：\n\n- \[第八十九条\]\(file:[^)]+#L\d+,1\) 本条例自/, near);
    assert.doesNotMatch(md, /无法解析此引用/);
  });

  it('past the end of a corpus text its source cut short (长江保护法 stops at 第七十九条) says the text is incomplete, with no nearest articles', () => {
    const md = kit().hover(kit().open('依照《长江保护法》第八十$0五条处理。'))!;
    assert.strictEqual(md, '**语料中《中华人民共和国长江保护法》的文本不完整（止于第七十九条），无法核对第八十五条**');
  });

  it('on a bare 第X条 without a regulation offers it read in the short title the draft defines, as a link', () => {
    const o = kit().open(`第六$0条规定的事项，由各部门办理。\n\n依照《${BEIJIANG}》（以下简称《条例》）执行。`);
    const [reason, named] = kit().hover(o)!.split('\n\n---\n\n');
    assert.match(reason, /^\*\*无法确定该条文引用的是哪部法规/);
    assert.match(named, /^本文引用的法规中有此条：\n\n- \[《条例》第六条\]\(file:[^)]+\) 各级人民政府负责/, named);
  });

  it('says the corpus is still loading (3/10) for a title not found while indexing', () => {
    const loading = new ServiceKit({ corpus: indexingCorpus(3, 10) });
    const md = loading.hover(loading.open('依照《尚未加载的测试条例》第三$0条处理。'))!;
    assert.match(md, /法规库仍在加载（已读 3\/10 个文件），《尚未加载的测试条例》可能在其中/);
    assert.doesNotMatch(md, /无法解析此引用/);
  });

  it('says the title is missing once indexing is done', () => {
    const md = kit().hover(kit().open('依照《尚未加载的测试条例》第三$0条处理。'))!;
    assert.strictEqual(md, '**法规库中没有《尚未加载的测试条例》，无法核对该引用**');
    assert.doesNotMatch(md, /仍在加载/);
  });

  describe('dates and status as the interface language writes them', () => {
    // Drafts that bring every dated line of the hover: the version list, the choice, not yet in force, superseded,
    // a repeal, a repeal after the draft's date, a text older than the corpus.
    const drafts = [
      '关于测试的报告\n\n2022年5月1日\n\n依照《公司法》第十$0六条办理。',
      '关于测试的报告\n\n2025年5月1日\n\n依照《公司法（2018年修正）》第十$0六条办理。',
      `关于测试的报告\n\n2020年5月1日\n\n依照《${BEIJIANG}》第六$0条办理。`,
      '依据《中华人民共和国合同法》第五十$0二条处理。',
      '依据《个体工商户条例》第$0二条办理。',
      '关于个体工商户登记的通知\n\n2020年3月1日\n\n依据《个体工商户条例》第$0二条办理。',
      '关于测试的报告\n\n2013年5月1日\n\n依照《民事诉讼法》第二$0条办理。',
    ];
    const iso = /\d{4}\\?-\d{2}\\?-\d{2}/;

    it('a Chinese hover has no ISO date and no English word; an English one no Chinese date words', () => {
      const en = new ServiceKit({ locale: 'en', commandLinks: true });
      const zh = new ServiceKit({ locale: 'zh-cn', commandLinks: true });
      for (const d of drafts) {
        // Command links carry ISO dates as arguments, not as text.
        const zhText = zh.hover(zh.open(d))!.replace(/\]\([^)]*\)/g, ']');
        assert.doesNotMatch(zhText, iso, zhText);
        assert.doesNotMatch(zhText, /\b(?:version|in force|repealed|Article|compare)\b/i, zhText);
        const enText = en.hover(en.open(d))!.replace(/\]\([^)]*\)/g, ']').replace(/\*\*《[^\n]*/g, '');
        assert.doesNotMatch(enText, iso, enText);
        assert.doesNotMatch(enText, /\d+年\d+月\d+日|起施行|版本|现行|废止/, enText);
      }
    });

    it('the version list: each version named by its date, from when to the day before the next took effect, Article N in English', () => {
      const en = new ServiceKit({ locale: 'en' });
      const md = en.hover(en.open(drafts[0]))!;
      assert.match(md, /^- ▶ Version of 26 October 2018 \\\(in force 26 October 2018 to 30 June 2024\\\): Article 16$/m, md);
      assert.match(md, /^- Version of 29 December 2023 \\\(in force from 1 July 2024\\\): Article 15$/m, md);
      assert.match(md, /Version of 26 October 2018 \\\(one of 2; in force 26 October 2018 to 30 June 2024\\\)\\: in force at this document's date 1 May 2022/, md);
    });

    it('says a law is not yet in force at the draft’s date, and that a named version was superseded', () => {
      assert.match(kit().hover(kit().open(drafts[2]))!, new RegExp(`^\\*\\*《${BEIJIANG}》自2023年9月1日起施行，晚于本文件日期2020年5月1日\\*\\*$`, 'm'));
      const superseded = kit().hover(kit().open(drafts[1]))!;
      assert.match(superseded, /^\*\*所引《中华人民共和国公司法》2018年10月26日版本自2024年7月1日起已被2023年12月29日版本取代（本文件日期2025年5月1日），第十六条现为第十五条\*\*$/m, superseded);
      assert.strictEqual(superseded.split('取代').length - 1, 1, 'said once');
    });

    it('states the dates a text gives, each for what it is: 刑法 in force since 1997, last amended 2023', () => {
      assert.match(kit().hover(kit().open('依照《刑法》第二十$0条的规定。'))!, /^\*法律 · 1979年7月1日通过，1997年10月1日起施行，2023年12月29日修改\*$/m);
      const en = new ServiceKit({ locale: 'en' });
      assert.match(en.hover(en.open('依照《刑法》第二十$0条的规定。'))!, /^\*Law · adopted 1 July 1979, in force from 1 October 1997, last amended 29 December 2023\*$/m);
    });

    it('a law not in the corpus because a law of it repealed it: the repeal is the reason, said once', () => {
      const md = kit().hover(kit().open('依据《合同法》第五十$0二条处理。'))!;
      assert.strictEqual(md, '**《合同法》已被《中华人民共和国民法典》第一千二百六十条废止，自2021年1月1日起；请改引《民法典》的相应规定**');
    });

    it('an article past the last of a law with inserted articles names the last one, not the count (刑法 has 505 with 条之一)', () => {
      const md = kit().hover(kit().open('依照《刑法》第五百二十$0条处理。'))!;
      assert.match(md, /^\*\*《中华人民共和国刑法》没有第五百二十条（最后一条为第四百五十二条）\*\*/, md);
      assert.match(kit().hover(kit().open(`依照《${BEIJIANG}》第九十$0八条处理。`))!, /没有第九十八条（共八十九条）/, 'the count where it is the last number');
    });

    it('for a client whose hover shows the diagnostics (VS Code) says no problem again: the nearest articles, the text, the versions', () => {
      const vs = new ServiceKit({ diagnosticsInHover: true });
      const wrong = vs.hover(vs.open('依照《刑法》第五百二十$0条处理。'))!;
      assert.doesNotMatch(wrong, /没有第五百二十条/, 'the reason is the diagnostic’s, shown above by the client');
      assert.match(wrong, /^相近的条文：/);
      assert.strictEqual(vs.hover(vs.open('依据《合同法》第五十$0二条处理。')), null, 'the repeal is the diagnostic, nothing else to say');
      const superseded = vs.hover(vs.open(drafts[1]))!;
      assert.doesNotMatch(superseded, /已被.*取代/);
      assert.match(superseded, /^- ▶ 2018年10月26日版本/m);
      // A repeal after the draft's date is no diagnostic: the hover says it.
      assert.match(vs.hover(vs.open(drafts[5]))!, /在本文件日期2020年3月1日时有效/);
      // Without the client's word, every reason is in the hover (other LSP clients).
      assert.match(kit().hover(kit().open('依照《刑法》第五百二十$0条处理。'))!, /^\*\*《中华人民共和国刑法》没有第五百二十条/);
    });

    it('leaves the renumbering out when the version list already names the article in each version', () => {
      const md = kit().hover(kit().open(drafts[0]))!;
      assert.match(md, /：第十五条/);
      assert.doesNotMatch(md, /在现行.*版本中为第十五条/, md);
    });
  });

  it('on the title of a text without articles shows that it has none, then its text', () => {
    const md = kit().hover(kit().open('依照《中华人民共和国刑法修正案（$0十）》的规定'))!;
    assert.match(md, /\*\*《中华人民共和国刑法修正案（十）》\*\*/);
    assert.match(md, /\*不分条\*\n\n为了惩治侮辱国歌的犯罪行为/);
    assert.match(md, /本修正案自公布之日起施行。/);
  });

  it('gives nothing outside citations', () => {
    assert.strictEqual(kit().hover(kit().open(`依$0照《${BEIJIANG}》第六条办理。`)), null);
  });
});
