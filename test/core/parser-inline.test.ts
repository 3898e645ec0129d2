// Glued article labels ("第二条本办法…") in every Chinese format, and 项 written inside one line
// ("…下列事项：（一）…；（二）…。"), with exact locations. Drafts mix both.
import * as assert from 'assert';
import { parseRegulationText } from '../../server/src/core/parser';
import type { Regulation } from '../../server/src/core/model';
import { textAt } from './parserTestKit';

/** The same body in each Chinese format: bundled front matter, LawRefBook Markdown (with and without the header end), plain text. */
function inFormats(body: string): { format: string; text: string; file: string; bodyLine: number }[] {
  return [
    { format: 'bundled', text: '---\ntitle: 某某办法\nlang: zh\n---\n某某办法\n\n' + body, file: 'b.md', bodyLine: 6 },
    { format: 'markdown', text: '# 某某办法\n\n<!-- INFO END -->\n\n' + body, file: 'm.md', bodyLine: 4 },
    { format: 'markdown without INFO END', text: '# 某某办法\n\n' + body, file: 'n.md', bodyLine: 2 },
    { format: 'plain', text: '某某办法\n\n' + body, file: 'p.txt', bodyLine: 2 },
  ];
}

function parseBothWays(text: string, file: string): Regulation[] {
  const lazy = parseRegulationText(text, { file }).regulations;
  const eager = parseRegulationText(text, { file, eager: true }).regulations;
  const shape = (rs: Regulation[]) =>
    JSON.stringify(rs.map((r) => r.articles.map((a) => [a.label, a.text, a.paragraphs.map((p) => [p.text, p.items.map((i) => [i.label, i.text, i.location])])])));
  assert.strictEqual(shape(lazy), shape(eager), `${file}: lazy and eager parses differ`);
  return eager;
}

describe('parser: labels glued to the text in every Chinese format', () => {
  const body = [
    '第一条为了规范管理，制定本办法。',
    '第二条本办法适用于本市。',
    '第三条规定的情形除外。',
    '第三条第一款所列情形，不适用本办法。',
    '第五条本办法另有规定的除外。',
    '第三条本办法自2024年1月1日起施行。',
    '第三条之一本条为插入条文。',
  ].join('\n');

  for (const f of inFormats(body)) {
    it(`reads a glued label as a heading only when the numbering confirms it (${f.format})`, () => {
      const [reg] = parseBothWays(f.text, f.file);
      assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条', '第二条', '第三条', '第三条之一']);
      assert.deepStrictEqual(reg.articles[1].paragraphs.map((p) => p.text), [
        '本办法适用于本市。',
        '第三条规定的情形除外。',
        '第三条第一款所列情形，不适用本办法。',
        '第五条本办法另有规定的除外。',
      ]);
      assert.strictEqual(reg.articles[0].paragraphs[0].text, '为了规范管理，制定本办法。');
      assert.deepStrictEqual(reg.articles[0].paragraphs[0].location.range.start, { line: f.bodyLine, character: 3 });
      assert.deepStrictEqual(reg.articles[3].labelLocation.range, { start: { line: f.bodyLine + 6, character: 0 }, end: { line: f.bodyLine + 6, character: 5 } });
      assert.strictEqual(reg.effective, '2024-01-01');
    });
  }
});

describe('parser: 项 written inside one line', () => {
  /** Each case: body lines of one article, the items expected in each 款 as [label, text]. */
  const cases: { name: string; lines: string[]; items: [string, string][][] }[] = [
    {
      name: 'a run after a colon on the article heading line, the last item to the end of the 款',
      lines: ['第一条 业主大会决定下列事项：（一）制定和修改业主大会议事规则；（二）选聘和解聘物业服务企业；（三）筹集和使用专项维修资金。'],
      items: [[['（一）', '制定和修改业主大会议事规则；'], ['（二）', '选聘和解聘物业服务企业；'], ['（三）', '筹集和使用专项维修资金。']]],
    },
    {
      name: 'half-width brackets and a half-width colon',
      lines: ['第一条 包括:(一)甲；(二)乙。'],
      items: [[['(一)', '甲；'], ['(二)', '乙。']]],
    },
    {
      name: 'spaces around the labels stay out of the items',
      lines: ['第一条 有下列情形之一的： （一）甲；　（二） 乙。'],
      items: [[['（一）', '甲；'], ['（二）', '乙。']]],
    },
    {
      name: 'a second 款, and a 款 whose text starts with the run',
      lines: ['第一条 甲。', '乙包括下列内容：（一）丙；（二）丁。'],
      items: [[], [['（一）', '丙；'], ['（二）', '丁。']]],
    },
    {
      name: 'the first 款 starting with the run',
      lines: ['第一条 （一）甲；（二）乙。'],
      items: [[['（一）', '甲；'], ['（二）', '乙。']]],
    },
    {
      name: 'labels out of sequence and citations of items stay text of the item they are in',
      lines: ['第一条 下列事项：（一）甲；（三）乙；（二）有前款第（一）项、（一）至（三）项情形的；（三）丙。'],
      items: [[['（一）', '甲；（三）乙；'], ['（二）', '有前款第（一）项、（一）至（三）项情形的；'], ['（三）', '丙。']]],
    },
    {
      name: 'items continued on lines of their own after an inline run',
      lines: ['第一条 下列事项：（一）甲；（二）乙；', '（三）丙。'],
      items: [[['（一）', '甲；'], ['（二）', '乙；'], ['（三）', '丙。']]],
    },
    { name: 'no items: citations of items', lines: ['第一条 有本条第（一）项、第（二）项情形的，从重处罚。'], items: [[]] },
    { name: 'no items: a range of items cited at the start', lines: ['第一条 （一）至（三）项所列人员，依照本办法。'], items: [[]] },
    { name: 'no items: labels joined by 和', lines: ['第一条 依照下列规定：（一）和（二）项所列情形除外。'], items: [[]] },
    { name: 'no items: a run not after a colon', lines: ['第一条 甲（一）乙（二）丙。'], items: [[]] },
    { name: 'no items: a lone label after a colon', lines: ['第一条 依照下列规定：（一）甲。'], items: [[]] },
    { name: 'no items: 前款第（二）项 after a colon', lines: ['第一条 下列人员：前款第（一）项、第（二）项所列人员除外。'], items: [[]] },
  ];

  for (const c of cases) {
    for (const f of inFormats(c.lines.join('\n'))) {
      it(`${c.name} (${f.format})`, () => {
        const [reg] = parseBothWays(f.text, f.file);
        const source = f.text.split('\n');
        const a = reg.articles[0];
        assert.deepStrictEqual(a.paragraphs.map((p) => p.items.map((i) => [i.label, i.text])), c.items);
        // Paragraph texts are unchanged: items inline are still part of them.
        assert.strictEqual(a.text, c.lines.join('\n'));
        for (const p of a.paragraphs) {
          p.items.forEach((it, k) => {
            assert.strictEqual(it.number, k + 1);
            const at = textAt(source, it.location);
            assert.ok(at.startsWith(it.label) && at.slice(it.label.length).trimStart() === it.text, `${it.label}: ${JSON.stringify(at)}`);
            assert.strictEqual(it.location.range.start.line, it.location.range.end.line);
            assert.deepStrictEqual(it.subitems, []);
          });
        }
      });
    }
  }

  it('gives exact UTF-16 ranges, end exclusive, on the line of the run', () => {
    const text = '# 某办法\n\n第四条 业主大会决定下列事项：（一）制定和修改业主大会议事规则；（二）选聘和解聘物业服务企业；（三）筹集和使用专项维修资金。\n';
    const items = parseBothWays(text, 'r.md')[0].articles[0].paragraphs[0].items;
    assert.deepStrictEqual(
      items.map((i) => [i.location.range.start, i.location.range.end]),
      [
        [{ line: 2, character: 15 }, { line: 2, character: 32 }],
        [{ line: 2, character: 32 }, { line: 2, character: 47 }],
        [{ line: 2, character: 47 }, { line: 2, character: 62 }],
      ],
    );
  });

  it('leaves a 款 joined across a page break without inline items (its offsets are not one line\'s)', () => {
    const text = '某某办法\n\n第一条 包括下列事项：（一）甲；（二）乙的\n\n- 2 -\n\n丙。\n第二条 完。';
    const [reg] = parseBothWays(text, 'j.txt');
    assert.strictEqual(reg.articles[0].paragraphs[0].text, '包括下列事项：（一）甲；（二）乙的丙。');
    assert.deepStrictEqual(reg.articles[0].paragraphs[0].items, []);
  });
});

describe('parser: a draft with glued labels and inline items', () => {
  const draft = [
    '某某市物业管理办法（草案）',
    '',
    '第一条为了规范物业管理活动，制定本办法。',
    '第二条本办法所称业主，是指房屋的所有权人。',
    '第三条规定的业主，包括共有人。',
    '第三条 业主大会决定下列事项：（一）制定和修改业主大会议事规则；（二）选聘和解聘物业服务企业；（三）筹集和使用专项维修资金。',
  ].join('\n');
  const variants = [
    { name: 'plain text', text: draft, line: 5 },
    { name: 'with a "# " title line', text: '# 某某市物业管理办法（草案）\n\n' + draft.split('\n').slice(2).join('\n'), line: 5 },
    { name: 'with "# " above the title line', text: '# 某某市物业管理办法（草案）\n\n' + draft, line: 7 },
  ];
  for (const v of variants) {
    it(`reads 3 articles and the 3 items of 第三条 (${v.name})`, () => {
      const regs = parseBothWays(v.text, 'draft.md');
      assert.strictEqual(regs.length, 1);
      const reg = regs[0];
      assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条', '第二条', '第三条']);
      assert.deepStrictEqual(reg.articles[1].paragraphs.map((p) => p.text), ['本办法所称业主，是指房屋的所有权人。', '第三条规定的业主，包括共有人。']);
      const items = reg.articles[2].paragraphs[0].items;
      assert.deepStrictEqual(items.map((i) => [i.number, i.text]), [[1, '制定和修改业主大会议事规则；'], [2, '选聘和解聘物业服务企业；'], [3, '筹集和使用专项维修资金。']]);
      const source = v.text.split('\n');
      assert.deepStrictEqual(items.map((i) => textAt(source, i.location)), ['（一）制定和修改业主大会议事规则；', '（二）选聘和解聘物业服务企业；', '（三）筹集和使用专项维修资金。']);
      assert.ok(items.every((i) => i.location.range.start.line === v.line));
    });
  }

  it('takes a title marked 草案 or 试行 from the first line of plain text', () => {
    for (const title of ['某某市物业管理办法（草案）', '某某市物业管理办法(征求意见稿)', '某某市物业管理办法（试行）']) {
      const { regulations, warnings } = parseRegulationText(title + '\n\n第一条为了规范物业管理活动，制定本办法。\n', { file: 'draft.txt' });
      assert.deepStrictEqual([regulations[0].title, warnings], [title, []]);
    }
  });
});

describe('parser: Markdown around an article label in a draft', () => {
  it('reads **第一条**, ## 第二条 and > 第三条 as articles, the label located without its markup', () => {
    const text = '# 某某办法\n\n**第一条**　为了规范管理，制定本办法。\n\n## 第二条 本办法适用于本市。\n\n> 第三条　本办法自公布之日起施行。\n';
    const [reg] = parseBothWays(text, 'md.md');
    assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条', '第二条', '第三条']);
    const lines = text.split('\n');
    for (const a of reg.articles) assert.strictEqual(textAt(lines, a.labelLocation.range), a.label);
    assert.strictEqual(reg.articles[0].paragraphs[0].text, '为了规范管理，制定本办法。');
    assert.deepStrictEqual(reg.divisions, []);
  });

  it('keeps a bold phrase that is not a label, and a heading that cites an article, as they are', () => {
    const text = '# 某某办法\n\n第一条　甲。\n\n**第二条规定的情形**，依照本办法处理。\n\n## 第一章以外的事项\n';
    const [reg] = parseBothWays(text, 'md2.md');
    assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条']);
  });
});

describe('parser: 项 written 一、 inside an article, as older texts wrote them', () => {
  /** Each case: one article's body lines; the 款 expected as [text's first line, item labels]. */
  const cases: { name: string; lines: string[]; paragraphs: [string, string[]][] }[] = [
    {
      name: 'a list opened by a colon, numbered on: items of that 款; a 款 after the list is a 款',
      lines: ['第三条 申请人应当提交下列材料：', '一、申请书；', '二、身份证明；', '三、住所证明。', '前款第一项、第三项的材料可以补交。'],
      paragraphs: [['申请人应当提交下列材料：', ['一、', '二、', '三、']], ['前款第一项、第三项的材料可以补交。', []]],
    },
    {
      name: 'the list in a second 款',
      lines: ['第三条 居民迁移的，应当申报登记。', '没有证件的，凭下列证明登记：', '一、单位证明；', '二、村委会证明。'],
      paragraphs: [['居民迁移的，应当申报登记。', []], ['没有证件的，凭下列证明登记：', ['一、', '二、']]],
    },
    {
      name: 'no colon before 一、: 款 of the text',
      lines: ['第三条 本办法所称费用包括两类。', '一、开发费按年计收。', '二、使用费按月计收。'],
      paragraphs: [['本办法所称费用包括两类。', []], ['一、开发费按年计收。', []], ['二、使用费按月计收。', []]],
    },
    {
      name: 'a number out of sequence ends the list: 款 of the text',
      lines: ['第三条 有下列情形之一的，予以处罚：', '一、未申报的；', '三、虚报的。'],
      paragraphs: [['有下列情形之一的，予以处罚：', ['一、']], ['三、虚报的。', []]],
    },
    {
      name: 'a list not starting at 一、: 款 of the text',
      lines: ['第三条 有下列情形之一的，予以处罚：', '二、未申报的；'],
      paragraphs: [['有下列情形之一的，予以处罚：', []], ['二、未申报的；', []]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const [reg] = parseBothWays('某某条例\n\n第一条 为了规范管理，制定本条例。\n' + c.lines.join('\n') + '\n', 'old.txt');
      const a = reg.articles.find((x) => x.number === 3)!;
      assert.deepStrictEqual(a.paragraphs.map((p) => [p.text.split('\n')[0], p.items.map((i) => i.label)]), c.paragraphs);
    });
  }

  it('an item keeps its text and its line', () => {
    const text = '某某条例\n\n第一条 申请人应当提交下列材料：\n一、申请书；\n二、身份证明。\n';
    const [reg] = parseBothWays(text, 'old.txt');
    const item = reg.articles[0].paragraphs[0].items[1];
    assert.strictEqual(item.text, '身份证明。');
    assert.strictEqual(textAt(text.split('\n'), item.location), '二、身份证明。');
  });

  it('in a text whose articles are written 一、 they stay articles', () => {
    const [reg] = parseBothWays('# 国务院关于某事项的决定\n\n<!-- INFO END -->\n\n一、申请人应当提交下列材料：\n\n二、本决定自发布之日起施行。\n', 'y.md');
    assert.deepStrictEqual(reg.articles.map((a) => a.number), [1, 2]);
  });
});
