import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseRegulationText } from '../../server/src/core/parser';
import { divisionPath, type Division, type Regulation } from '../../server/src/core/model';
import { loadCorpus } from '../../server/src/core/corpus';
import { walkCorpusFolder } from '../../server/src/core/corpus/walk';
import { importNational, LAWREFBOOK, listNationalFiles } from '../../scripts/import-national';
import { main } from '../../scripts/import-corpus';
import { FIXTURES } from './parserTestKit';

// A small LawRefBook-shaped folder: national texts with the defects the import fixes, a 修正案 numbered by items and one of a single provision (no articles),
// a copy of one version, and what the import leaves out (DLC/, README.md, the template, _index.md).
const CHECKOUT = path.join(FIXTURES, 'lawrefbook-checkout');
const SPACED = '司法解释/最高人民法院 最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释(2019-06-27).md';
const COPY = '司法解释/最高人民法院、最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释.md';
const EXEMPTION = '宪法相关法/外国中央银行财产司法强制措施豁免法(2005-10-25).md';
const ARCHIVES = '行政法规/科学技术档案工作条例(1980-12-27).md';
/** An amendment numbered by items 一、二、…: imported, its items its articles. */
const AMENDMENT = '刑法/刑法修正案（四）.md';
/** An amendment of one provision, without items or 第N条: imported, cited by its title, its text one plain body. */
const ONE_PROVISION = '刑法/刑法修正案（二）.md';
/** A guide without articles and without a kind (效力级别) a title, folder or issuer tells: no regulation, skipped. */
const GUIDE = '其他/劳动维权攻略.md';

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) visit(r);
      else out.set(r, fs.readFileSync(path.join(dir, r)));
    }
  };
  visit('');
  return out;
}

const parse = (text: string, file: string): Regulation => parseRegulationText(text, { file }).regulations[0];
const divisionShape = (d: Division): unknown => [d.kind, d.number, d.label, d.heading, d.children.map(divisionShape)];

describe('import of the national part of LawRefBook (corpus/national)', () => {
  let out: string;
  let report: ReturnType<typeof importNational>;
  before(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-national-'));
    report = importNational(CHECKOUT, path.join(out, 'a'));
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('takes every national .md file and leaves out DLC/, README.md, the template and _index.md', () => {
    assert.deepStrictEqual(listNationalFiles(CHECKOUT), [
      EXEMPTION, COPY, SPACED, AMENDMENT, ONE_PROVISION, GUIDE, '民法典/继承编.md', '民法典/附则.md', ARCHIVES,
    ].sort());
  });

  it('keeps the source folders and file names, skips a text that is no regulation and the second copy, and lists why', () => {
    assert.deepStrictEqual(report.written, [EXEMPTION, SPACED, AMENDMENT, ONE_PROVISION, '民法典/继承编.md', '民法典/附则.md', ARCHIVES].sort());
    for (const f of report.written) assert.ok(fs.existsSync(path.join(out, 'a', ...f.split('/'))), f);
    assert.deepStrictEqual(report.skipped.map((s) => [s.file, s.reason.split(/[ :(]/)[0]]), [[GUIDE, 'no'], [COPY, 'duplicate']].sort());
  });

  it('keeps an amendment of one provision as a text without articles, loaded with its plain text', () => {
    const c = loadCorpus({ folders: [path.join(out, 'a')], bundled: false });
    const v = c.laws.get('中华人民共和国刑法修正案（二）')!.versions[0];
    assert.strictEqual(v.articles.length, 0);
    assert.strictEqual(v.kind, 'law');
    assert.match(v.plainText![0], /^为了惩治毁林开垦/);
    assert.strictEqual(v.plainText!.length, 3);
    assert.ok(!c.problems.some((p) => p.path.includes('刑法修正案（二）')));
  });

  it('is deterministic: a second import, fresh or over the first, is byte-identical', () => {
    const first = tree(path.join(out, 'a'));
    importNational(CHECKOUT, path.join(out, 'b'));
    importNational(CHECKOUT, path.join(out, 'a'));
    assert.deepStrictEqual(tree(path.join(out, 'b')), first);
    assert.deepStrictEqual(tree(path.join(out, 'a')), first);
  });

  it('lists its fixes and the source, commit and licence note in provenance.json, which the corpus walker does not read', () => {
    const prov = JSON.parse(fs.readFileSync(path.join(out, 'a', 'provenance.json'), 'utf8'));
    assert.deepStrictEqual(prov.source.repository, LAWREFBOOK.repository);
    assert.strictEqual(prov.source.commit, '2f4c5c23716267af9dbebbbbd6cbbf732b101981');
    assert.match(prov.licence.zh, /著作权法》第五条/);
    assert.match(prov.licence.en, /issue #19/);
    assert.deepStrictEqual(
      prov.fixes.map((f: { file: string; kind: string; line: number }) => [f.file, f.kind, f.line]),
      [
        [SPACED, 'title-spacing', 1],
        [EXEMPTION, 'title-repeated-in-header', 3],
        [EXEMPTION, 'title-repeated-in-header', 5],
        [ARCHIVES, 'wrapped-date-line', 5],
      ],
    );
    assert.strictEqual(prov.imported, 7);
    assert.deepStrictEqual(walkCorpusFolder(path.join(out, 'a')).files.map((f) => path.extname(f)), Array(7).fill('.md'));
  });

  it('reads each written file as the parser reads its source: same articles, divisions, dates, issuer, kind', () => {
    for (const file of report.written) {
      const src = fs.readFileSync(path.join(CHECKOUT, file), 'utf8');
      const written = fs.readFileSync(path.join(out, 'a', file), 'utf8');
      assert.match(written, new RegExp(`^---\\ntitle: .*\\nkind: \\S+\\n(?:.*\\n)*source: "?LawRefBook/Laws/${file.replace(/[()（）]/g, '.')}"?\\n---\\n# `), file);
      const a = parse(src, file);
      const b = parse(written, file);
      for (const key of ['issuer', 'adopted', 'effective', 'amended', 'kind', 'shortTitles'] as const) assert.deepStrictEqual(b[key], a[key], `${file}: ${key}`);
      assert.deepStrictEqual(b.divisions.map(divisionShape), a.divisions.map(divisionShape), file);
      assert.deepStrictEqual(
        b.articles.map((x) => [x.label, x.text, x.paragraphs.map((p) => p.text), divisionPath(x.division).map((d) => d.label)]),
        a.articles.map((x) => [x.label, x.text, x.paragraphs.map((p) => p.text), divisionPath(x.division).map((d) => d.label)]),
        file,
      );
      assert.deepStrictEqual(b.plainText, a.plainText, file);
      assert.ok((b.articles.length > 0 || b.plainText?.length) && b.titleLocation, file);
      if (!report.fixes.some((f) => f.file === file)) {
        // Unfixed: the source text follows the front matter unchanged, so every position moves by its lines.
        const shift = written.slice(0, written.indexOf('\n---\n') + 5).split('\n').length - 1;
        assert.strictEqual(written.slice(written.indexOf('\n---\n') + 5), src, file);
        assert.deepStrictEqual(b.articles.map((x) => x.labelLocation.range.start.line - shift), a.articles.map((x) => x.labelLocation.range.start.line), file);
        assert.strictEqual(b.title, a.title, file);
      }
    }
    assert.strictEqual(parse(fs.readFileSync(path.join(out, 'a', SPACED), 'utf8'), SPACED).title, '最高人民法院、最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释');
  });

  it('loads as a corpus: 民法典 parts joined, kinds from the folders, no load problem', () => {
    const c = loadCorpus({ folders: [path.join(out, 'a')], bundled: false });
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.laws.get('中华人民共和国民法典')!.versions.length, 1);
    const kinds = [...c.laws.values()].map((l) => [l.title, l.versions[0].kind]).sort();
    assert.deepStrictEqual(kinds, [
      ['中华人民共和国外国中央银行财产司法强制措施豁免法', 'law'],
      ['中华人民共和国刑法修正案（二）', 'law'],
      ['中华人民共和国刑法修正案（四）', 'law'],
      ['中华人民共和国民法典', 'law'],
      ['最高人民法院、最高人民检察院关于办理操纵证券、期货市场刑事案件适用法律若干问题的解释', 'judicial-interpretation'],
      ['科学技术档案工作条例', 'administrative-regulation'],
    ].sort());
  });

  it('says so and leaves the corpus folder unchanged when ../shared is absent', () => {
    const target = path.join(out, 'kept');
    fs.mkdirSync(path.join(target, 'national'), { recursive: true });
    fs.writeFileSync(path.join(target, 'national', 'x.md'), 'kept');
    let messages = '';
    const code = main(['--seeds', path.join(out, 'no-seeds'), '--lawrefbook', path.join(out, 'no-lawrefbook'), '--out', target], (s) => void (messages += s), () => undefined);
    assert.strictEqual(code, 1);
    assert.match(messages, /LawRefBook folder not found/);
    assert.match(messages, /找不到种子文件夹/);
    assert.match(messages, /unchanged/);
    assert.deepStrictEqual([...tree(target).keys()], [path.join('national', 'x.md')]);
  });
});
