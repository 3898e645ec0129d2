// What a written title names is one rule for the whole product: a draft's citations (check, hover, diagnostics)
// and `lawcite show` agree, over a corpus with a national law and provincial laws of the same name.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations';
import { loadCorpus } from '../../server/src/core/corpus';
import { parseArticleQuery } from '../../server/src/core/query/articleQuery';
import { resolveArticleQuery } from '../../server/src/core/query/resolveArticleQuery';

const LAWS: Record<string, string> = {
  中华人民共和国刑法: '第一条 为了惩罚犯罪，保护人民，制定本法。\n\n第二条 刑法的任务。',
  中华人民共和国价格管理条例: '第一条 为了加强价格管理，制定本条例。',
  上海市价格管理条例: '第一条 为了规范本市价格管理，制定本条例。',
  浙江省河道管理条例: '第一条 为了加强河道管理，制定本条例。',
  江苏省河道管理条例: '第一条 为了加强本省河道管理，制定本条例。',
  内蒙古自治区测试边境促进条例: '第一条 为了促进边境地区发展，制定本条例。',
  上海市促进浦东新区商事调解规定: '第一条 为了促进商事调解，制定本规定。',
};

describe('title rules shared by citations in drafts and lawcite show', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-titles-'));
  for (const [title, body] of Object.entries(LAWS)) {
    fs.writeFileSync(path.join(dir, `${title}.md`), `# ${title}\n\n2020年1月1日通过\n\n<!-- INFO END -->\n\n${body}\n`);
  }
  const corpus = loadCorpus({ folders: [dir], bundled: false });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** What a draft's citation resolves to: the status and the titles of its targets. */
  function inDraft(citation: string): { status: string; titles: string[] } {
    const c = analyzeDocument(`根据${citation}的规定。`, corpus).citations.find((x) => !x.titleOnly)!;
    return { status: c.status, titles: [...new Set(c.targets.map((t) => t.regulation ?? ''))] };
  }
  /** What `show` resolves it to. */
  function inShow(citation: string): { status: string; titles: string[] } {
    const r = resolveArticleQuery(corpus, parseArticleQuery(citation)!);
    if (r.status === 'found') return { status: 'resolved', titles: [r.law.title] };
    if (r.status === 'ambiguous') return { status: 'ambiguous', titles: r.candidates };
    return { status: r.status, titles: [] };
  }
  const both = (citation: string) => ({ draft: inDraft(citation), show: inShow(citation) });

  it('a national law cited without 中华人民共和国, even a two-character title (《刑法》)', () => {
    assert.deepStrictEqual(both('《刑法》第二条'), {
      draft: { status: 'resolved', titles: ['中华人民共和国刑法'] },
      show: { status: 'resolved', titles: ['中华人民共和国刑法'] },
    });
  });

  it('the national law when a province has a law of the same name', () => {
    assert.deepStrictEqual(both('《价格管理条例》第一条'), {
      draft: { status: 'resolved', titles: ['中华人民共和国价格管理条例'] },
      show: { status: 'resolved', titles: ['中华人民共和国价格管理条例'] },
    });
  });

  it('two provinces and no national law: ambiguous in both', () => {
    const r = both('《河道管理条例》第一条');
    assert.strictEqual(r.draft.status, 'ambiguous');
    assert.strictEqual(r.show.status, 'ambiguous');
    assert.deepStrictEqual([...r.show.titles].sort(), ['江苏省河道管理条例', '浙江省河道管理条例']);
  });

  it('a regional law cited without its region, and one cited by the end of its title', () => {
    for (const [written, title] of [
      ['《测试边境促进条例》第一条', '内蒙古自治区测试边境促进条例'],
      ['《商事调解规定》第一条', '上海市促进浦东新区商事调解规定'],
    ]) {
      const r = both(written);
      assert.deepStrictEqual(r.draft, { status: 'resolved', titles: [title] }, written);
      assert.deepStrictEqual(r.show, { status: 'resolved', titles: [title] }, written);
    }
  });
});
