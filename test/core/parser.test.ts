import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeText, formatBundled, parseRegulationText } from '../../server/src/core/parser';
import { divisionPath } from '../../server/src/core/model';
import { FIXTURES, allDivisions, article, assertLocationsMatch, loadFixture, textAt } from './parserTestKit';

describe('parser: LawRefBook Markdown', () => {
  it('reads the title, dates and issuer from the header before <!-- INFO END -->', () => {
    const { regulations, warnings } = loadFixture('lawrefbook/反补贴行政案件规定(2002-11-21).md');
    assert.strictEqual(regulations.length, 1);
    const reg = regulations[0];
    assert.strictEqual(reg.title, '最高人民法院关于审理反补贴行政案件应用法律若干问题的规定');
    assert.strictEqual(reg.adopted, '2002-09-11');
    assert.strictEqual(reg.effective, '2003-01-01');
    assert.strictEqual(reg.issuer, '最高人民法院审判委员会');
    assert.deepStrictEqual(reg.articles.map((a) => a.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepStrictEqual(warnings, []);
    assert.strictEqual(reg.titleLocation?.range.start.line, 0);
  });

  it('takes the effective date from the articles: a stated date, or the publication date for 自公布之日起施行', () => {
    const stated = parseRegulationText('# 甲条例\n\n2020年1月2日 某某会议通过\n\n<!-- INFO END -->\n\n第一条 本条例自2020年3月1日起施行。\n', { file: 'a.md' });
    assert.deepStrictEqual([stated.regulations[0].adopted, stated.regulations[0].effective], ['2020-01-02', '2020-03-01']);
    const onPublication = parseRegulationText('# 乙条例\n\n2016年4月19日 温州市人民代表大会常务委员会公告第75号公布\n\n<!-- INFO END -->\n\n第一条 本条例自公布之日起施行。\n', { file: 'b.md' });
    assert.strictEqual(onPublication.regulations[0].effective, '2016-04-19');
  });

  it('keeps table rows inside the 款 they follow, and reads files without articles as regulations with none', () => {
    const table = '# 某规定\n\n<!-- INFO END -->\n\n第一条 收费标准如下：\n\n| 项目 | 金额 |\n|---|---|\n| 甲 | 1 |\n\n第二条 本规定自2020年1月1日起施行。\n';
    const reg = parseRegulationText(table, { file: 't.md' }).regulations[0];
    assert.strictEqual(reg.articles[0].paragraphs.length, 1);
    assert.strictEqual(reg.articles[0].paragraphs[0].text, '收费标准如下：\n| 项目 | 金额 |\n|---|---|\n| 甲 | 1 |');
    const decision = parseRegulationText('# 某某决定\n\n2009年2月28日 某会议通过\n\n<!-- INFO END -->\n\n一、将第一条修改为：“……”\n', { file: 'd.md' });
    assert.strictEqual(decision.regulations.length, 1);
    assert.strictEqual(decision.regulations[0].title, '某某决定');
    assert.strictEqual(decision.regulations[0].articles.length, 0);
    // A text without articles keeps its body as plain text; one of no known kind (notes, not a regulation) is warned of.
    assert.deepStrictEqual(decision.regulations[0].plainText, ['一、将第一条修改为：“……”']);
    const notes = parseRegulationText('# 工作笔记\n\n<!-- INFO END -->\n\n今天整理了三份材料。\n', { file: 'n.md' });
    assert.strictEqual(notes.regulations[0].kind, null);
    assert.ok(notes.warnings.some((w) => w.message.includes('no articles')));
  });

  it('reads an amendment\'s items 一、二、… in sequence as its articles, unless it has 第N条 of its own', () => {
    const text = [
      '# 某某法修正案（三）', '', '2009年2月28日 某会议通过', '', '<!-- INFO END -->', '', '为了……，对某某法作如下修改：', '',
      '一、将某某法第十条修改为：“……。', '', '“依照前款规定……。”', '', '二、在某某法第二十条后增加一条：“……', '',
      '“（一）甲；', '', '“（二）乙。”', '', '四、这一行的编号不接续，是上一条的文字。', '', '三、本修正案自公布之日起施行。', '',
    ].join('\n');
    const reg = parseRegulationText(text, { file: '某某法修正案（三）.md' }).regulations[0];
    assert.deepStrictEqual(reg.articles.map((a) => [a.number, a.label, a.paragraphs.length]), [[1, '一、', 2], [2, '二、', 4], [3, '三、', 1]]);
    assert.ok(reg.articles[0].paragraphs[0].text.startsWith('将某某法第十条修改为'));
    const numbered = parseRegulationText('# 某某宪法修正案\n\n<!-- INFO END -->\n\n第三条 将某某第十条修改为：“……”\n\n一、这是引文中的一项。\n\n第四条 ……\n', { file: 'x.md' }).regulations[0];
    assert.deepStrictEqual(numbered.articles.map((a) => a.label), ['第三条', '第四条']);
    // Another text without 第N条 numbered 一、二、 (a 决定, an SPC 安排) is cited by those numbers too.
    const decision = parseRegulationText('# 国务院关于某事项的决定\n\n<!-- INFO END -->\n\n一、甲。\n\n二、乙。\n', { file: 'y.md' }).regulations[0];
    assert.deepStrictEqual(decision.articles.map((a) => a.label), ['一、', '二、']);
    // A kind known only from the adoption note's issuer counts too: a provincial standing committee's 决定.
    const local = parseRegulationText('# 某某省人民代表大会常务委员会关于某事项的决定\n\n（2020年5月1日某某省第十三届人民代表大会常务委员会第十次会议通过）\n\n<!-- INFO END -->\n\n一、甲。\n\n二、乙。\n', { file: 'l.md' }).regulations[0];
    assert.deepStrictEqual([local.kind, local.articles.map((a) => a.label)], ['local-regulation', ['一、', '二、']]);
    // Only a text of a known kind: a guide's points 一、二、 are no articles.
    const guide = parseRegulationText('# 某某维权攻略\n\n<!-- INFO END -->\n\n一、甲。\n\n二、乙。\n', { file: 'g.md' }).regulations[0];
    assert.strictEqual(guide.articles.length, 0);
  });

  it('reads the numbered items of other texts without 第N条 as their articles, unless they are edits or called 项', () => {
    const parse = (body: string, title = '最高人民法院关于某类案件的安排') => parseRegulationText(`# ${title}\n\n<!-- INFO END -->\n\n${body}\n`, { file: 'z.md' }).regulations[0];
    const arrangement = parse('为……，作如下安排：\n\n一、甲方法院……。\n\n二、乙方法院……。\n\n前款所称……。\n\n三、本安排自公布之日起施行。');
    assert.deepStrictEqual(arrangement.articles.map((a) => [a.number, a.paragraphs.length]), [[1, 1], [2, 2], [3, 1]]);
    const arabic = parse('1．人民法院受理……。\n\n2．申请执行……。\n\n（一）甲；\n\n3．本规定自公布之日起施行。', '最高人民法院关于执行工作的规定');
    assert.deepStrictEqual(arabic.articles.map((a) => a.label), ['1．', '2．', '3．']);
    // Edits for items (a 补充安排 amending an 安排): plain text, its bare 第二条 is the amended text's.
    const supplement = parse('一、将《安排》第二条修改为：“……”\n\n二、在《安排》第六条中增加一款：“……”\n\n三、本补充安排自公布之日起施行。', '最高人民法院关于某类案件的补充安排');
    assert.strictEqual(supplement.articles.length, 0);
    assert.strictEqual(supplement.plainText?.length, 3);
    // Entries the text itself calls 项 stay items.
    const items = parse('1．甲类案件；\n\n2．乙类案件；\n\n3．与上述第1项至第2项有关的案件。', '最高人民法院关于受理案件范围的规定');
    assert.strictEqual(items.articles.length, 0);
    // Numbering that does not start at one is no list of articles.
    assert.strictEqual(parse('三、甲。\n\n四、乙。').articles.length, 0);
  });

  it('makes （一） paragraphs items of the 款 before them, and a following plain paragraph a new 款', () => {
    const { regulations, lines } = loadFixture('lawrefbook/反补贴行政案件规定(2002-11-21).md');
    const a1 = article(regulations[0], 1);
    assert.strictEqual(a1.paragraphs.length, 1);
    assert.deepStrictEqual(a1.paragraphs[0].items.map((i) => i.number), [1, 2, 3, 4]);
    assert.strictEqual(a1.paragraphs[0].items[3].text, '依照法律、行政法规规定可以起诉的其他反补贴行政行为。');
    assert.strictEqual(a1.paragraphs[0].items[3].label, '（四）');
    assert.strictEqual(a1.paragraphs[0].items[3].location.range.start.line, 20);
    const a2 = article(regulations[0], 2);
    assert.strictEqual(a2.paragraphs.length, 2);
    assert.ok(a2.paragraphs[1].text.startsWith('前款所称利害关系人'));
    assert.deepStrictEqual(assertLocationsMatch(lines, regulations[0], false), []);
  });

  it('keeps an explanatory paragraph between items inside the last item, and a reference to items a plain 款', () => {
    const text = '# 某条例\n\n<!-- INFO END -->\n\n第五十二条 本条例中有关用语的含义：\n\n（一）甲，是指甲；\n\n（二）乙，是指乙；\n\n乙的改动，是指乙的拆除。\n\n（三）丙，是指丙。\n\n（一）至（三）项所列用语，依照本条解释。\n';
    const a = parseRegulationText(text, { file: 'x.md' }).regulations[0].articles[0];
    assert.deepStrictEqual(a.paragraphs.map((p) => p.items.map((i) => i.number)), [[1, 2, 3], []]);
    assert.strictEqual(a.paragraphs[0].items[1].text, '乙，是指乙；\n乙的改动，是指乙的拆除。');
    assert.strictEqual(a.paragraphs[1].text, '（一）至（三）项所列用语，依照本条解释。');
    assert.deepStrictEqual(a.paragraphs[0].items[1].location.range, { start: { line: 8, character: 0 }, end: { line: 10, character: 12 } });
  });

  it('puts 1. subitems under their （一） item and ends the item list at the next plain paragraph', () => {
    const { regulations, lines } = loadFixture('lawrefbook/台湾服刑人员接收规定(2016-04-27).md');
    const a3 = article(regulations[0], 3);
    assert.strictEqual(a3.paragraphs.length, 2, '款 count of 第三条');
    const items = a3.paragraphs[0].items;
    assert.strictEqual(items.length, 8);
    assert.deepStrictEqual(items[0].subitems.map((s) => s.number), [1, 2, 3, 4]);
    assert.strictEqual(items[0].subitems[2].text, '建议转换的具体刑罚；');
    assert.strictEqual(items[1].subitems.length, 0);
    assert.ok(a3.paragraphs[1].text.startsWith('申请机关提交材料齐全的'));
    assert.strictEqual(items[0].subitems[0].location.range.start.line, 14);
    assert.deepStrictEqual(assertLocationsMatch(lines, regulations[0], false), []);
  });

  it('keeps 之一 inserts in order and nests 编 → 章 → 节', () => {
    const { regulations, lines } = loadFixture('lawrefbook/刑法-节选.md');
    const reg = regulations[0];
    assert.strictEqual(reg.title, '中华人民共和国刑法');
    assert.strictEqual(reg.adopted, '1979-07-01');
    const a = article(reg, 17, 1);
    assert.strictEqual(a.label, '第十七条之一');
    assert.strictEqual(textAt(lines, a.labelLocation), '第十七条之一');
    assert.ok(a.paragraphs[0].text.startsWith('已满七十五周岁的人故意犯罪的'));
    const keys = reg.articles.map((x) => (x.insert ? `${x.number}-${x.insert}` : String(x.number)));
    assert.deepStrictEqual(keys.slice(keys.indexOf('17'), keys.indexOf('17') + 3), ['17', '17-1', '18']);
    assert.deepStrictEqual(divisionPath(a.division).map((d) => d.label), ['第一编', '第二章', '第一节']);
    assert.deepStrictEqual(reg.divisions.map((d) => `${d.kind}:${d.heading}`), ['part:总则']);
    assert.deepStrictEqual(assertLocationsMatch(lines, reg, false), []);
  });

  it('drops a table of contents made of chapter headings and finds chapters the body prints without 第N章', () => {
    const { regulations, lines } = loadFixture('lawrefbook/重庆防护林条例(2019-05-31).md');
    const reg = regulations[0];
    const chapters = allDivisions(reg);
    assert.deepStrictEqual(chapters.map((d) => d.number), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.strictEqual(chapters[0].heading, '总则');
    assert.strictEqual(textAt(lines, chapters[0].location), '总 则', 'chapter 1 points at the body line, not the TOC');
    assert.strictEqual(chapters[0].location.range.start.line, 25);
    assert.strictEqual(article(reg, 1).division, chapters[0]);
    assert.strictEqual(chapters[7].location.range.start.line, 167);
    assert.strictEqual(reg.articles.length, 44);
    assert.deepStrictEqual(assertLocationsMatch(lines, reg, false), []);
  });

  it('reads a 民法典 part: the second "# " line is the 编 and the articles keep their numbers', () => {
    const part = loadFixture('lawrefbook/民法典-继承编.md').regulations[0];
    assert.strictEqual(part.title, '中华人民共和国民法典');
    assert.strictEqual(part.divisions[0].kind, 'part');
    assert.strictEqual(part.divisions[0].heading, '继承编');
    assert.strictEqual(part.articles.length, 45);
    assert.strictEqual(part.articles[0].number, 1119);
    assert.strictEqual(part.articles[44].number, 1163);
    assert.deepStrictEqual(divisionPath(part.articles[0].division).map((d) => d.heading), ['继承编', '一般规定']);
    const last = loadFixture('lawrefbook/民法典-附则.md').regulations[0];
    assert.deepStrictEqual(last.articles.map((a) => a.number), [1259, 1260]);
    assert.strictEqual(last.effective, '2021-01-01');
  });

  it('accepts U+3000 between the article label and its text', () => {
    const { regulations, lines } = loadFixture('generated/民法典-附则-ideographic-space.md');
    const a = article(regulations[0], 1259);
    assert.ok(a.paragraphs[0].text.startsWith('民法所称'));
    assert.strictEqual(a.text, a.label + '\u3000' + a.paragraphs[0].text);
    assert.deepStrictEqual(a.labelLocation.range, { start: { line: 12, character: 0 }, end: { line: 12, character: 9 } });
    assert.deepStrictEqual(assertLocationsMatch(lines, regulations[0], false), []);
  });

  it('gives CRLF files the same structure and positions as LF files', () => {
    const lf = loadFixture('lawrefbook/反补贴行政案件规定(2002-11-21).md').regulations[0];
    const crlf = loadFixture('generated/反补贴-crlf.md').regulations[0];
    assert.ok(fs.readFileSync(path.join(FIXTURES, 'generated/反补贴-crlf.md'), 'latin1').includes('\r\n'));
    assert.deepStrictEqual(crlf.articles.map((a) => [a.text, a.location.range]), lf.articles.map((a) => [a.text, a.location.range]));
    assert.ok(!crlf.articles.some((a) => a.text.includes('\r')));
  });

  it('decodes a GB18030 file to the same regulation as its UTF-8 original', () => {
    const gb = loadFixture('generated/台湾服刑-gb18030.md');
    const utf8 = loadFixture('lawrefbook/台湾服刑人员接收规定(2016-04-27).md');
    assert.strictEqual(gb.encoding, 'gb18030');
    assert.strictEqual(gb.text, utf8.text);
    assert.deepStrictEqual(gb.regulations[0].articles.map((a) => a.text), utf8.regulations[0].articles.map((a) => a.text));
  });
});

describe('parser: raw PDF extract (seed 003 excerpt)', () => {
  const loaded = () => loadFixture('seeds-excerpt/pdf-extract.txt');

  it('creates no article or chapter from the table of contents and splits the file at each regulation title', () => {
    const { regulations } = loaded();
    assert.deepStrictEqual(regulations.map((r) => r.title), ['内蒙古自治区全方位建设模范自治区促进条例', '内蒙古自治区建设我国北方重要生态安全屏障促进条例']);
    const [first, second] = regulations;
    assert.deepStrictEqual(first.articles.map((a) => a.number), [1, 2, 3, 4, 5, 6, 65, 66]);
    assert.deepStrictEqual(allDivisions(first).map((d) => `${d.label}${d.heading}`), ['第一章总则', '第九章附则']);
    assert.deepStrictEqual(second.articles.map((a) => a.number), [1, 2]);
    assert.strictEqual(first.titleLocation?.range.start.line, 32);
  });

  it('joins a 款 split across a blank line by a page break', () => {
    const { regulations, lines } = loaded();
    const a5 = article(regulations[0], 5);
    assert.strictEqual(a5.paragraphs.length, 1);
    assert.strictEqual(
      a5.text,
      '第五条 全方位建设模范自治区，应当坚持和完善民族区域自治制度，把维护国家统一和民族团结作为各民族最高利益，不断巩固发展平等团结互助和谐的社会主义民族关系。',
    );
    assert.deepStrictEqual(a5.location.range, { start: { line: 47, character: 0 }, end: { line: 49, character: lines[49].length } });
    const a65 = article(regulations[0], 65);
    assert.strictEqual(a65.paragraphs.length, 1);
    assert.ok(a65.text.endsWith('依法给予处分；构成犯罪的，依法追究刑事责任。'));
    assert.deepStrictEqual(assertLocationsMatch(lines, regulations[0], true), []);
  });

  it('reads spaced headings, the adoption note, the effective date in 附则 and keeps stray English words', () => {
    const { regulations, lines } = loaded();
    const reg = regulations[0];
    const ch1 = reg.divisions[0];
    assert.strictEqual(ch1.heading, '总则');
    assert.strictEqual(textAt(lines, ch1.location), '第一章 总 则');
    assert.strictEqual(reg.adopted, '2023-07-31');
    assert.strictEqual(reg.effective, '2023-09-01');
    assert.strictEqual(reg.issuer, '内蒙古自治区人民代表大会常务委员会');
    assert.deepStrictEqual(reg.notes, ['(2023年7月31日内蒙古自治区第十四届人民代表大会常务委员会第五次会议通过)']);
    assert.ok(article(reg, 2).text.includes('促进工作及 related 活动'));
  });
});

describe('parser: plain Chinese text', () => {
  it('joins a title wrapped over two lines and ignores a cover page before it', () => {
    const text = '深入学习宣传《某某条例》等六部促进条例\n\n内蒙古自治区\n建设国家重要农畜产品生产基地促进条例\n\n（2023年7月31日通过）\n\n第一条 为了\n\n第二条 本条例自2023年9月1日起施行。\n';
    const { regulations, warnings } = parseRegulationText(text, { file: 'wrapped.txt' });
    assert.deepStrictEqual(warnings, []);
    assert.strictEqual(regulations.length, 1);
    assert.strictEqual(regulations[0].title, '内蒙古自治区建设国家重要农畜产品生产基地促进条例');
    assert.deepStrictEqual(regulations[0].titleLocation?.range, { start: { line: 2, character: 0 }, end: { line: 3, character: 18 } });
    assert.deepStrictEqual([regulations[0].adopted, regulations[0].effective], ['2023-07-31', '2023-09-01']);
    assert.strictEqual(regulations[0].articles[0].text, '第一条 为了', 'a line before an article heading is not joined to it');
  });

  it('finds a title followed by 目录, and a first-line title when no adoption note follows', () => {
    const withToc = parseRegulationText('某某省某某条例\n目 录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。', { file: 'a.txt' });
    assert.strictEqual(withToc.regulations[0].title, '某某省某某条例');
    assert.deepStrictEqual(withToc.regulations[0].divisions.map((d) => d.location.range.start.line), [4, 6]);
    const bare = parseRegulationText('某某市某某办法\n\n第三条 甲。\n第四条 乙。', { file: 'b.txt' });
    assert.strictEqual(bare.regulations[0].title, '某某市某某办法');
    assert.ok(bare.warnings.every((w) => !/title/.test(w.message)));
  });

  it('accepts labels glued to the text in plain text when the numbering confirms them', () => {
    const text = '某某条例\n\n第一条为了规范管理，制定本条例。\n第二条本条例适用于本市。\n第十条规定的情形除外。\n第三条本条例自2024年1月1日起施行。';
    const reg = parseRegulationText(text, { file: 'g.txt' }).regulations[0];
    assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条', '第二条', '第三条']);
    assert.deepStrictEqual(article(reg, 2).paragraphs.map((p) => p.text), ['本条例适用于本市。', '第十条规定的情形除外。']);
    assert.strictEqual(reg.effective, '2024-01-01');
  });

  it('does not join a line ending a sentence, and skips page-number lines between split halves', () => {
    const text = '某某条例\n\n第一条 甲乙\n\n- 3 -\n\n丙丁。\n\n第二款文字。\n第二条 完。';
    const reg = parseRegulationText(text, { file: 'p.txt' }).regulations[0];
    assert.deepStrictEqual(reg.articles[0].paragraphs.map((p) => p.text), ['甲乙丙丁。', '第二款文字。']);
    assert.deepStrictEqual(reg.articles[0].paragraphs[0].location.range, { start: { line: 2, character: 4 }, end: { line: 6, character: 3 } });
  });
});

describe('parser: English translations', () => {
  it('reads "Article N:" texts between web-page noise lines', () => {
    const { regulations, lines, warnings } = loadFixture('seeds-excerpt/english-colon.txt');
    assert.strictEqual(regulations.length, 1);
    const reg = regulations[0];
    assert.strictEqual(reg.lang, 'en');
    assert.ok(reg.title.startsWith('Regulations of the Inner Mongolia Autonomous Region on Promoting the Establishment'));
    assert.strictEqual(reg.adopted, '2023-07-31');
    assert.strictEqual(reg.effective, '2023-09-01');
    const a1 = article(reg, 1);
    assert.strictEqual(a1.label, 'Article 1');
    assert.ok(a1.paragraphs[0].text.startsWith('These Regulations are formulated'));
    assert.strictEqual(a1.labelLocation.range.start.character, 2);
    const a89 = article(reg, 89);
    assert.deepStrictEqual(a89.paragraphs.map((p) => p.text), ['These Regulations take effect on September 1, 2023.'], 'noise after the last article is not a 款');
    assert.deepStrictEqual(assertLocationsMatch(lines, reg, false), []);
    assert.ok(warnings.every((w) => /numbering/.test(w.message)), 'only the excerpt gap is reported');
  });

  it('reads "Article N" without colon and roman chapter numbers', () => {
    const { regulations, lines } = loadFixture('seeds-excerpt/english-no-colon.txt');
    const reg = regulations[0];
    assert.deepStrictEqual(reg.divisions.map((d) => [d.label, d.number, d.heading]), [
      ['Chapter I', 1, 'General Provisions'],
      ['Chapter IX', 9, 'Supplementary Provisions'],
    ]);
    assert.strictEqual(article(reg, 2).paragraphs.length, 3);
    assert.strictEqual(reg.adopted, '2023-11-30');
    assert.strictEqual(reg.effective, '2024-01-01');
    assert.deepStrictEqual(assertLocationsMatch(lines, reg, false), []);
  });
});

describe('parser: announcement-headed 办法 (seed 002 excerpt)', () => {
  it('takes the title from the announcement with 〈〉 turned into 《》, and its dates and issuer', () => {
    const { regulations } = loadFixture('seeds-excerpt/announcement.txt');
    assert.strictEqual(regulations.length, 1);
    const reg = regulations[0];
    assert.strictEqual(reg.title, '新疆维吾尔自治区实施《中华人民共和国国家安全法》办法');
    assert.strictEqual(reg.adopted, '2022-05-27');
    assert.strictEqual(reg.effective, '2022-07-01');
    assert.strictEqual(reg.issuer, '新疆维吾尔自治区人民代表大会常务委员会');
    assert.deepStrictEqual(reg.divisions, []);
    assert.strictEqual(article(reg, 1).division, null);
  });
});

describe('parser: bundled format', () => {
  it('round-trips a regulation through formatBundled and keeps front matter values over the text', () => {
    const src = loadFixture('seeds-excerpt/pdf-extract.txt');
    const reg = src.regulations[0];
    reg.shortTitles = ['全方位建设模范自治区促进条例'];
    reg.translationOf = null;
    const written = formatBundled(reg, src.lines);
    const again = parseRegulationText(written, { file: 'x.md' });
    assert.strictEqual(again.regulations.length, 1);
    const back = again.regulations[0];
    assert.deepStrictEqual(back.articles.map((a) => a.text), reg.articles.map((a) => a.text));
    assert.deepStrictEqual(back.articles.map((a) => a.paragraphs.length), reg.articles.map((a) => a.paragraphs.length));
    assert.deepStrictEqual([back.title, back.shortTitles, back.adopted, back.effective, back.issuer], [reg.title, reg.shortTitles, reg.adopted, reg.effective, reg.issuer]);
    assert.strictEqual(back.titleLocation?.range.start.line, 9);
    const wrong = written.replace('effective: 2023-09-01', 'effective: 2099-01-01').replace('adopted: 2023-07-31', 'adopted: soon');
    const parsedWrong = parseRegulationText(wrong, { file: 'y.md' });
    assert.strictEqual(parsedWrong.regulations[0].effective, '2099-01-01', 'front matter wins');
    assert.ok(parsedWrong.warnings.some((w) => w.message.includes('adopted')));
  });

  it('accepts Markdown headings in a bundled file body', () => {
    const text = '---\ntitle: 某某条例\nlang: zh\n---\n# 某某条例\n\n## 第一章 总则\n\n第一条 甲。\n';
    const { regulations, warnings } = parseRegulationText(text, { file: 'm.md' });
    assert.deepStrictEqual(warnings, []);
    assert.strictEqual(regulations[0].divisions[0].heading, '总则');
    assert.strictEqual(regulations[0].articles[0].division, regulations[0].divisions[0]);
  });

  it('reads CRLF bundled files and block lists of short titles', () => {
    const text = '---\r\ntitle: 某某条例\r\nshortTitles:\r\n  - 某条例\r\n  - 某某\r\nlang: zh\r\n---\r\n某某条例\r\n\r\n第一条 本条例自2024年1月1日起施行。\r\n';
    const { regulations, warnings } = parseRegulationText(text, { file: 'z.md' });
    assert.deepStrictEqual(warnings, []);
    assert.deepStrictEqual(regulations[0].shortTitles, ['某条例', '某某']);
    assert.strictEqual(regulations[0].effective, '2024-01-01');
    assert.deepStrictEqual(regulations[0].articles[0].labelLocation.range.start, { line: 9, character: 0 });
  });
});

describe('parser: robustness', () => {
  // A small deterministic PRNG so failures reproduce.
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  }

  it('never throws on random bytes, random mixes of heading fragments, or odd inputs', () => {
    const next = rng(42);
    const pieces = ['第', '一', '条', '章', '节', '编', '之', '（一）', '1.', '#', '## ', '---', '\n', '\r\n', '\r', ' ', '\u3000', '\t5', 'Article 3:', 'Chapter X', '《', '》', '(', '2023年7月31日', '通过)', '。', 'title: x', '<!-- INFO END -->', '\ufeff', '\ud800'];
    for (let n = 0; n < 300; n++) {
      const bytes = new Uint8Array(Math.floor(next() * 400));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
      const decoded = decodeText(bytes);
      const r = parseRegulationText(decoded.text, { file: 'random.bin' });
      assert.ok(Array.isArray(r.regulations));
      let s = '';
      const k = Math.floor(next() * 80);
      for (let i = 0; i < k; i++) s += pieces[Math.floor(next() * pieces.length)];
      const r2 = parseRegulationText(s, { file: 'mix.txt' });
      for (const reg of r2.regulations) for (const a of reg.articles) assert.ok(a.number > 0);
    }
    for (const odd of ['', '\n\n\n', '---', '---\n---', '# ', '#', '第一条', '第一章', 'Article 1', '\ufeff']) {
      assert.doesNotThrow(() => parseRegulationText(odd, { file: 'odd' }));
    }
    const bad = parseRegulationText(null as unknown as string, { file: 'null' });
    assert.deepStrictEqual(bad.regulations, []);
    assert.strictEqual(bad.warnings.length, 1);
  });
});

describe('decodeText', () => {
  const hello = '第一条 你好';
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    const plain = Buffer.from(hello, 'utf8');
    assert.deepStrictEqual(decodeText(plain), { text: hello, encoding: 'utf-8', replaced: 0 });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    assert.strictEqual(decodeText(bom).text, hello);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hello, 'utf16le')]);
    assert.deepStrictEqual(decodeText(le), { text: hello, encoding: 'utf-16le', replaced: 0 });
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    assert.deepStrictEqual(decodeText(be), { text: hello, encoding: 'utf-16be', replaced: 0 });
  });

  it('recognises UTF-16 without BOM by its NUL bytes', () => {
    const text = '第一条 你好\n第二条 再见\n';
    assert.deepStrictEqual(decodeText(Buffer.from(text, 'utf16le')), { text, encoding: 'utf-16le', replaced: 0 });
    const be = Buffer.from(text, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    assert.deepStrictEqual(decodeText(be), { text, encoding: 'utf-16be', replaced: 0 });
  });

  it('reads GB18030 when the bytes are not valid UTF-8, without mojibake', () => {
    // 第一条 你好 in GB18030.
    const gb = Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0xc4, 0xe3, 0xba, 0xc3]);
    assert.deepStrictEqual(decodeText(gb), { text: hello, encoding: 'gb18030', replaced: 0 });
  });
});
