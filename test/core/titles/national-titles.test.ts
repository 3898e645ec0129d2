// Titles as people write them, against a few real national texts (test/fixtures/national-titles): short titles,
// 司法解释 with the issuer left off or outside the brackets, 〈〉 ﹤﹥ <> inside, abbreviations and English titles from
// the data files, and ambiguity reported rather than guessed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDocument, titleIndexOf } from '../../../server/src/core/citations';
import { loadCorpus } from '../../../server/src/core/corpus';
import { parseArticleQuery } from '../../../server/src/core/query/articleQuery';
import { resolveArticleQuery } from '../../../server/src/core/query/resolveArticleQuery';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/national-titles');

const XF = '中华人民共和国刑法';
const MFD = '中华人民共和国民法典';
const GS = '中华人民共和国公司法';
const XCF = '中华人民共和国行政处罚法';
const GAF = '中华人民共和国国家安全法';
const XSJ = '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释';
const MSJ = '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释';
const GS2 = '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）';
const QJ_SPACE = '最高人民法院  最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释';
const QJ_COMMA = '最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释';
const QJ = '关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释';

/** Written citation → expected status and target titles (one row per way of writing). */
const TABLE: [string, string, string[]][] = [
  ['《刑法》第二十条', 'resolved', [XF]],
  ['《中华人民共和国刑法》第二十条', 'resolved', [XF]],
  ['《民法典》第一千二百六十条', 'resolved', [MFD]],
  ['《国家安全法》第十条', 'resolved', [GAF]],
  ['《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第三条', 'resolved', [XSJ]],
  ['《最高人民法院关于适用﹤中华人民共和国刑事诉讼法﹥的解释》第三条', 'resolved', [XSJ]],
  ['《最高人民法院关于适用<中华人民共和国刑事诉讼法>的解释》第三条', 'resolved', [XSJ]],
  ['《最高人民法院关于适用＜中华人民共和国刑事诉讼法＞的解释》第三条', 'resolved', [XSJ]],
  ['《关于适用〈中华人民共和国刑事诉讼法〉的解释》第三条', 'resolved', [XSJ]],
  ['最高人民法院《关于适用〈中华人民共和国刑事诉讼法〉的解释》第三条', 'resolved', [XSJ]],
  ['《刑诉解释》第一条', 'resolved', [XSJ]],
  ['《刑诉法解释》第一条', 'resolved', [XSJ]],
  ['《民诉法解释》第三条', 'resolved', [MSJ]],
  ['《民事诉讼法解释》第三条', 'resolved', [MSJ]],
  ['《公司法解释（二）》第一条', 'resolved', [GS2]],
  ['《公司法解释(二)》第一条', 'resolved', [GS2]],
  ['《公司法解释二》第一条', 'resolved', [GS2]],
  ['《公司法司法解释（二）》第一条', 'resolved', [GS2]],
  // The title's closing ordinal with its brackets left out, and the issuer and the law's 〈〉 too.
  ['《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定二》第一条', 'resolved', [GS2]],
  ['《关于适用中华人民共和国公司法若干问题的规定二》第一条', 'resolved', [GS2]],
  ['《关于适用中华人民共和国公司法若干问题的规定三》第一条', 'unknown-regulation', []],
  // An alias applies only when its law is loaded (公司法 规定（三） is not in the fixture).
  ['《公司法解释（三）》第一条', 'unknown-regulation', []],
  ['《道路运输条例》第一条', 'resolved', ['中华人民共和国道路运输条例']],
  ['《浙江省道路运输条例》第一条', 'resolved', ['浙江省道路运输条例']],
  ['《信访条例》第一条', 'resolved', ['信访条例']],
  // The same 解释 twice in the corpus, its issuers joined by spaces and by 、: without the issuer, ambiguous.
  [`《${QJ}》第一条`, 'ambiguous', [QJ_SPACE, QJ_COMMA]],
  [`最高人民法院、最高人民检察院《${QJ}》第一条`, 'resolved', [QJ_COMMA]],
  [`最高人民法院 最高人民检察院《${QJ}》第一条`, 'resolved', [QJ_SPACE]],
  ['Article 1260 of the Civil Code', 'resolved', [MFD]],
  ["Article 16 of the Company Law of the People's Republic of China", 'resolved', [GS]],
  ['Article 16 of the Company Law of the People’s Republic of China', 'resolved', [GS]],
  ['Article 16 of the PRC Company Law', 'resolved', [GS]],
  ['Article 3 of the Law of the PRC on Administrative Penalties', 'resolved', [XCF]],
  ['Article 3 of the Administrative Penalty Law', 'resolved', [XCF]],
  ['Article 10 of the National Security Law', 'resolved', [GAF]],
  ['Article 20 of the Criminal Law', 'resolved', [XF]],
  // English title of a law that is not loaded.
  ['Article 5 of the Labor Law', 'unknown-regulation', []],
];

describe('titles as people write them (national fixture)', () => {
  const corpus = loadCorpus({ folders: [FIXTURE], bundled: false });

  function resolve(text: string): [string, string[]] {
    const c = analyzeDocument(`依照${text}处理。`, corpus).citations.find((x) => !x.titleOnly)!;
    assert.ok(c, `no citation in ${text}`);
    return [c.status, [...new Set(c.targets.map((t) => t.regulation ?? ''))].sort()];
  }

  it('resolves each way of writing, exactly or as ambiguous', () => {
    const got = TABLE.map(([text]) => [text, ...resolve(text)]);
    assert.deepStrictEqual(got, TABLE.map(([text, status, titles]) => [text, status, [...titles].sort()]));
  });

  it('two citations in one English sentence each keep their own title', () => {
    const cs = analyzeDocument('See Article 3 of the Administrative Penalty Law and Article 20 of the Criminal Law.', corpus).citations;
    assert.deepStrictEqual(cs.map((c) => [c.status, c.targets.map((t) => `${t.regulation}:${t.article}`)]), [
      ['resolved', [`${XCF}:3`]],
      ['resolved', [`${XF}:20`]],
    ]);
  });

  it('lawcite show reads the same titles: 《刑法》第二十条, 《民法典》第一千二百六十条, an abbreviation, an issuer outside', () => {
    const show = (q: string) => {
      const r = resolveArticleQuery(corpus, parseArticleQuery(q)!);
      return r.status === 'found' ? `${r.law.title}:${r.article.number}` : r.status;
    };
    assert.deepStrictEqual(
      [
        '《刑法》第二十条',
        '《民法典》第一千二百六十条',
        '《民诉法解释》第三条',
        '《关于适用〈中华人民共和国刑事诉讼法〉的解释》第三条',
        `最高人民法院、最高人民检察院《${QJ}》第一条`,
        `《${QJ}》第一条`,
      ].map(show),
      [`${XF}:20`, `${MFD}:1260`, `${MSJ}:3`, `${XSJ}:3`, `${QJ_COMMA}:1`, 'ambiguous'],
    );
  });

  it('title search (completion after 《) finds a 司法解释 by its abbreviation', () => {
    const idx = titleIndexOf(corpus);
    assert.strictEqual(idx.search('民诉法解释', 5)[0]?.title, MSJ);
    assert.strictEqual(idx.search('公司法解释（二）', 5)[0]?.title, GS2);
  });

  it("a law's own title or a document's own 以下简称 wins over an alias of the data files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-alias-'));
    try {
      fs.writeFileSync(path.join(dir, '刑诉解释.md'), '# 刑诉解释\n\n<!-- INFO END -->\n\n第一条 一个名为刑诉解释的文本。\n');
      const both = loadCorpus({ folders: [FIXTURE, dir], bundled: false });
      const c = analyzeDocument('依照《刑诉解释》第一条。', both).citations[0];
      assert.deepStrictEqual(c.targets.map((t) => t.regulation), ['刑诉解释']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const own = analyzeDocument('《中华人民共和国公司法》（以下简称《公司法解释（二）》）。依照《公司法解释（二）》第十六条。', corpus).citations;
    assert.deepStrictEqual(own.filter((c) => !c.titleOnly).map((c) => c.targets.map((t) => `${t.regulation}:${t.article}`)), [[`${GS}:16`]]);
  });
});
