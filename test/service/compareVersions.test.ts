// 比较版本 / Compare Versions: lawcite/compareVersions gives the article cited at a position in two versions of its
// law (counterparts found by text), lawcite/versionText the text of one side; hover links to it for a client that
// runs command links. Over the bundled 《中华人民共和国公司法》 (2018-10-26 and 2023-12-29: 第十六条 became 第十五条).
import * as assert from 'assert';
import type { CompareVersionsResult } from '../../server/src/protocol';
import { BEIJIANG, kit, ServiceKit } from './serviceKit';

const DATED_2020 = '关于公司担保的通知\n\n2020年5月1日\n\n';
const GUARANTEE_2018 = /^第十六条 公司向其他企业投资或者为他人提供担保，依照公司章程的规定/;
const GUARANTEE_2023 = /^第十五条 公司向其他企业投资或者为他人提供担保，按照公司章程的规定/;

function compare(marked: string, extra: { from?: string; to?: string } = {}, k: ServiceKit = kit()): CompareVersionsResult {
  const o = k.open(marked);
  return k.service.compareVersions({ uri: o.uri, position: o.position, ...extra });
}

function ok(r: CompareVersionsResult): Extract<CompareVersionsResult, { status: 'ok' }> {
  assert.strictEqual(r.status, 'ok', JSON.stringify(r));
  return r as Extract<CompareVersionsResult, { status: 'ok' }>;
}

describe('service: compareVersions', () => {
  it('from the version the draft’s date selects to the latest, the article found by text in each', () => {
    const r = ok(compare(`${DATED_2020}依照《公司法》第十$0六条办理。`));
    assert.strictEqual(r.title, '中华人民共和国公司法');
    assert.deepStrictEqual([r.from.version, r.from.effective, r.from.until, r.from.article?.label], ['2018-10-26', '2018-10-26', '2024-07-01', '第十六条']);
    assert.deepStrictEqual([r.to.version, r.to.until, r.to.article?.label], ['2023-12-29', null, '第十五条']);
    assert.match(r.from.text, GUARANTEE_2018);
    assert.match(r.to.text, GUARANTEE_2023);
    assert.strictEqual(r.from.text.split('\n').length, 3, 'one 款 per line');
    assert.strictEqual(r.change, 'moved');
    assert.ok(r.similarity > 0.9 && r.similarity < 1, String(r.similarity));
    assert.deepStrictEqual(r.versions, [{ version: '2018-10-26', label: '第十六条' }, { version: '2023-12-29', label: '第十五条' }]);
  });

  it('an undated draft cites the latest: compared with the version before it', () => {
    const r = ok(compare('依照《公司法》第十五$0条办理。'));
    assert.deepStrictEqual([r.from.version, r.from.article?.label, r.to.version, r.to.article?.label], ['2018-10-26', '第十六条', '2023-12-29', '第十五条']);
  });

  it('a citation naming its version (（2018年修正）) starts from that version', () => {
    const r = ok(compare('依照《中华人民共和国公司法（2018年修正）》第十六$0条办理。'));
    assert.deepStrictEqual([r.from.version, r.to.version, r.to.article?.label], ['2018-10-26', '2023-12-29', '第十五条']);
  });

  it('from and to given as dates: a version’s text date, or the version in force then', () => {
    const back = ok(compare('依照《公司法》第十五$0条办理。', { from: '2023-12-29', to: '2019-01-01' }));
    assert.deepStrictEqual([back.from.version, back.from.article?.label, back.to.version, back.to.article?.label], ['2023-12-29', '第十五条', '2018-10-26', '第十六条']);
    const none = compare('依照《公司法》第十五$0条办理。', { from: '1980-01-01' });
    assert.strictEqual(none.status, 'no-version');
    assert.match((none as { message: string }).message, /1980-01-01/);
    assert.strictEqual(compare('依照《公司法》第十五$0条办理。', { to: '2024年' }).status, 'no-version');
  });

  it('an article new in the latest version (2023 第二十四条: meetings by electronic means) has no counterpart before: added', () => {
    const r = ok(compare('依照《公司法》第二十$0四条办理。'));
    assert.strictEqual(r.change, 'added');
    assert.strictEqual(r.from.article, null);
    assert.strictEqual(r.from.text, '（2018-10-26版本中没有对应条文）');
    assert.match(r.to.text, /^第二十四条 公司股东会、董事会、监事会召开会议和表决可以采用电子通信方式/);
    assert.deepStrictEqual(r.versions.map((v) => v.label), ['', '第二十四条']);
  });

  it('a law with one version: says so', () => {
    const r = compare(`依照《${BEIJIANG}》第六$0条办理。`);
    assert.strictEqual(r.status, 'one-version');
    assert.match((r as { message: string }).message, /只有一个版本（2023-09-01）/);
  });

  it('no corpus article at the position: says so', () => {
    const r = compare('这里$0没有引用。');
    assert.strictEqual(r.status, 'no-citation');
    assert.match((r as { message: string }).message, /光标处没有引用/);
    assert.strictEqual(kit().service.compareVersions({ uri: 'file:///nowhere.md', position: { line: 0, character: 0 } }).status, 'no-citation');
  });

  it('versionText gives each side’s text again (what the read-only documents show), or a note', () => {
    const r = ok(compare(`${DATED_2020}依照《公司法》第十$0六条办理。`));
    const text = (version: string, number?: number) => kit().service.versionText({ title: r.title, version, number, insert: null });
    assert.deepStrictEqual(text('2018-10-26', 16), { text: r.from.text });
    assert.deepStrictEqual(text('2023-12-29', 15), { text: r.to.text });
    assert.match(text('2023-12-29')!.text, /2023-12-29版本中没有对应条文/);
    assert.strictEqual(text('1999-01-01', 16), null);
    assert.strictEqual(kit().service.versionText({ title: '没有这部法', version: '2018-10-26', number: 1 }), null);
  });
});

describe('service: hover lists the versions and links to Compare Versions', () => {
  it('every version with its dates and the article’s number in it', () => {
    const md = kit().hover(kit().open(`${DATED_2020}依照《公司法》第十$0六条办理。`))!;
    assert.match(md, /^- ▶ 2018年10月26日版本（2018年10月26日起施行，至2024年6月30日）：第十六条$/m, md);
    assert.match(md, /^- 2023年12月29日版本（2024年7月1日起施行，现行有效）：第十五条/m, md);
    assert.doesNotMatch(md, /command:/, 'no command link for a client that did not ask for them');
  });

  it('with command links: one per other version (older on the left) and one for the default pair', () => {
    const k = new ServiceKit({ commandLinks: true });
    const o = k.open(`${DATED_2020}依照《公司法》第十$0六条办理。`);
    const md = k.hover(o)!;
    const links = [...md.matchAll(/\[([^\]]+)\]\(command:lawcite\.compareVersions\?([^)]+)\)/g)].map((m) => [m[1], JSON.parse(decodeURIComponent(m[2]))]);
    assert.deepStrictEqual(links, [
      ['比较', [{ uri: o.uri, position: o.position, from: '2018-10-26', to: '2023-12-29' }]],
      ['比较版本', [{ uri: o.uri, position: o.position }]],
    ]);
  });
});
