import * as assert from 'assert';
import * as path from 'path';
import { inferKind, parseKind, splitKindFilter } from '../../server/src/core/kind';
import { kindWords, type RegulationKind } from '../../server/src/core/model';
import { parseRegulationText } from '../../server/src/core/parser';
import { loadFile } from './parserTestKit';
import { SEED_FILES } from '../seedCorpus';

// [title, issuer, file, kind]: one row per way the rule decides.
const TABLE: [string, string | null, string, RegulationKind | null][] = [
  // LawRefBook folders
  ['中华人民共和国宪法', null, 'Laws/宪法/宪法.md', 'constitution'],
  ['中华人民共和国宪法修正案（2018年）', null, 'Laws/宪法/宪法修正案（2018年）.md', 'constitution'],
  ['中华人民共和国国家安全法', null, 'Laws/宪法相关法/国家安全法(2015-07-01).md', 'law'],
  ['中华人民共和国民法典', null, 'Laws/民法典/继承编.md', 'law'],
  ['中华人民共和国刑法', null, 'Laws/刑法/刑法.md', 'law'],
  ['中华人民共和国行政复议法', null, 'Laws/行政法/行政复议法(2023-09-01).md', 'law'],
  ['中华人民共和国民事诉讼法', null, 'Laws/诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md', 'law'],
  ['草原防火条例', null, 'Laws/行政法规/草原防火条例(2008-11-29).md', 'administrative-regulation'],
  ['最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释', null, 'Laws/司法解释/x.md', 'judicial-interpretation'],
  ['机动车登记规定', null, 'Laws/部门规章/公安部/机动车登记规定(2021-12-17).md', 'departmental-rule'],
  ['人体损伤程度鉴定标准', null, 'Laws/其他/人体损伤程度鉴定标准(2014-01-01).md', null],
  // title words that fix the kind, outside a LawRefBook folder
  ['中华人民共和国宪法', null, 'drafts/宪法.md', 'constitution'],
  ['宁蒗彝族自治县自治条例', '宁蒗彝族自治县人民代表大会', 'x.md', 'autonomous-regulation'],
  ['关于加强草原生态保护的通知', '内蒙古自治区人民政府', 'x.md', 'normative-document'],
  ['关于进一步做好就业工作的意见（试行）', null, 'x.md', 'normative-document'],
  // issuers
  ['内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例', '内蒙古自治区人民代表大会常务委员会', 'corpus/x.md', 'local-regulation'],
  ['新疆维吾尔自治区实施《中华人民共和国国家安全法》办法', '新疆维吾尔自治区人民代表大会常务委员会', 'corpus/x.md', 'local-regulation'],
  ['北京市生活垃圾管理条例', '北京市人民代表大会常务委员会', 'x.md', 'local-regulation'],
  ['中华人民共和国数据安全法', '全国人民代表大会常务委员会', 'x.md', 'law'],
  ['山东省清洁生产促进条例', '全国人民代表大会常务委员会', 'DLC/山东/山东省清洁生产促进条例(2020-11-27).md', 'local-regulation'],
  ['上海市公共数据开放暂行办法', '上海市人民政府', 'x.md', 'local-government-rule'],
  ['最高人民法院关于审理民间借贷案件适用法律若干问题的规定', '最高人民法院审判委员会', 'x.md', 'judicial-interpretation'],
  ['政府信息公开条例', '国务院', 'x.md', 'administrative-regulation'],
  ['监察法实施条例', '国家监察委员会', 'x.md', 'supervisory-regulation'],
  ['Regulations of the Inner Mongolia Autonomous Region on Promoting High-quality Development in Border Areas', 'Standing Committee of the People\'s Congress of Inner Mongolia Autonomous Region', 'x.md', 'local-regulation'],
  // the title's form
  ['最高人民检察院关于办理核准追诉案件若干问题的规定', null, 'x.md', 'judicial-interpretation'],
  ['国务院关于职工工作时间的规定', null, 'x.md', 'administrative-regulation'],
  ['中华人民共和国畜牧法', null, 'x.md', 'law'],
  ['中华人民共和国政府信息公开条例', null, 'x.md', 'administrative-regulation'],
  ['重庆市长江防护林体系管理条例', null, 'x.md', 'local-regulation'],
  ['浙江省行政规范性文件管理办法', null, 'x.md', 'local-government-rule'],
  ['测试条例', null, 'x.md', null],
];

describe('regulation kind (效力级别)', () => {
  for (const [title, issuer, file, kind] of TABLE) {
    it(`${title}${issuer ? ` (${issuer})` : ''} → ${kind ?? 'none'}`, () => {
      assert.strictEqual(inferKind({ title, issuer, file: file.split('/').join(path.sep) }), kind);
    });
  }

  it('reads a front matter kind by English name or Chinese word; an unknown word is a warning', () => {
    for (const [kind, word] of Object.entries(kindWords)) {
      assert.strictEqual(parseKind(kind), kind);
      assert.strictEqual(parseKind(word), kind);
    }
    assert.strictEqual(parseKind('单行条例'), 'autonomous-regulation');
    const text = (kind: string) => `---\ntitle: 测试条例\nkind: ${kind}\n---\n# 测试条例\n\n<!-- INFO END -->\n\n第一条 内容。\n`;
    assert.strictEqual(parseRegulationText(text('部门规章'), { file: 'a.md' }).regulations[0].kind, 'departmental-rule');
    const bad = parseRegulationText(text('条例'), { file: 'a.md' });
    assert.strictEqual(bad.regulations[0].kind, null);
    assert.match(bad.warnings[0].message, /kind: unknown/);
  });

  it('a front matter kind wins over the folder; without one the folder decides', () => {
    const text = (fm: string) => `---\ntitle: 中华人民共和国测试法\n${fm}---\n# 中华人民共和国测试法\n\n<!-- INFO END -->\n\n第一条 内容。\n`;
    const file = path.join('Laws', '行政法规', '测试法.md');
    assert.strictEqual(parseRegulationText(text('kind: law\n'), { file }).regulations[0].kind, 'law');
    assert.strictEqual(parseRegulationText(text(''), { file }).regulations[0].kind, 'administrative-regulation');
  });

  it('knows the seeds: the Inner Mongolia 促进条例, their English translation and the Xinjiang 实施办法 are 地方性法规', () => {
    assert.strictEqual(SEED_FILES.length, 9);
    for (const f of SEED_FILES) assert.strictEqual(loadFile(f).regulations[0].kind, 'local-regulation', f);
  });
});

describe('kind filter in a search query', () => {
  const rows: [string, RegulationKind | null, string][] = [
    ['司法解释 刑事诉讼', 'judicial-interpretation', '刑事诉讼'],
    ['刑事诉讼 司法解释', 'judicial-interpretation', '刑事诉讼'],
    ['效力:行政法规 道路', 'administrative-regulation', '道路'],
    ['kind:law 公司', 'law', '公司'],
    ['地方性法规：', 'local-regulation', ''],
    ['司法解释', null, '司法解释'], // a kind word alone is a search for it in titles
    ['民法典 继承', null, '民法典 继承'],
  ];
  for (const [query, kind, rest] of rows) {
    it(`reads “${query}”`, () => assert.deepStrictEqual(splitKindFilter(query), { kind, rest }));
  }
});
