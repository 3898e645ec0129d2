// The lawcite/citedProvisions request in process: the list of one document or of every workspace draft, made from
// the same analyses as diagnostics and hover, rendered as Markdown and the JSON of `lawcite cites --json`.
import * as assert from 'assert';
import * as path from 'path';
import { BEIJIANG, ServiceKit } from './serviceKit';

const name = (uri: string) => path.basename(decodeURIComponent(uri));

describe('service: citedProvisions (引用条文清单)', () => {
  const kit = new ServiceKit();
  const a = kit.open(`# 关于边境工作的通知\n\n2022年5月1日\n\n依照《${BEIJIANG}》第六条第二款和第十条执行。\n`);
  const b = kit.open(`# 某市办法（草案）\n\n第一条 根据《中华人民共和国行政许可法》第十二条第（一）项，制定本办法。\n第二条 依照《${BEIJIANG}》第十条执行。\n`);

  it('lists one document: regulations by 效力级别, provisions with text and mentions, the not-yet-effective flag', () => {
    const r = kit.service.citedProvisions([a.uri], false, name);
    assert.strictEqual(r.documents, 1);
    assert.deepStrictEqual(r.json.regulations.map((x) => [x.title, x.level, x.articles.map((y) => [y.article, y.paragraph])]), [
      [BEIJIANG, 'local-regulation', [[6, 2], [10, null]]],
    ]);
    const mention = r.json.regulations[0].articles[1].mentions[0];
    assert.strictEqual(mention.file, name(a.uri));
    assert.strictEqual(mention.range.start.line, 4);
    assert.match(r.markdown, /^# 引用条文清单\n/);
    assert.match(r.markdown, /> ⚠ 尚未施行：自2023年9月1日起施行，晚于文件日期2022年5月1日/);
    assert.match(r.markdown, /#### 第六条第二款\n\n> 监察委员会、人民法院、人民检察院应当/);
  });

  it('lists every draft of the workspace, each mention naming its document', () => {
    const r = kit.service.citedProvisions([], true, name);
    assert.strictEqual(r.documents, 2);
    assert.deepStrictEqual(r.json.regulations.map((x) => x.title), ['中华人民共和国行政许可法', BEIJIANG]);
    const art10 = r.json.regulations[1].articles.find((x) => x.article === 10)!;
    assert.deepStrictEqual(art10.mentions.map((m) => m.file), [name(a.uri), name(b.uri)]);
    assert.match(r.json.regulations[0].articles[0].text, /^（一）/);
  });

  it('lists nothing for unknown documents, and nothing without documents or the workspace', () => {
    assert.deepStrictEqual(kit.service.citedProvisions(['file:///nowhere/x.md'], false, name).json, { regulations: [] });
    assert.strictEqual(kit.service.citedProvisions([], false, name).documents, 0);
  });

  it('speaks English when the settings ask for it', () => {
    const en = new ServiceKit({ locale: 'en' });
    const o = en.open(`Notice\n\n依照《${BEIJIANG}》第十条执行。\n`);
    const md = en.service.citedProvisions([o.uri], false, name).markdown;
    assert.match(md, /^# Cited provisions\n/);
    assert.match(md, /\n## Local regulations\n/);
  });
});
