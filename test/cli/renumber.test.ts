import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { run } from '../../server/src/cli/main';
import { CliIO } from '../../server/src/cli/io';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

function cli(args: string[], lang: 'zh' | 'en' = 'en'): { code: number; out: string; err: string } {
  const out = new Sink();
  const err = new Sink();
  const code = run(args, new CliIO(out, err, lang));
  return { code, out: out.text, err: err.text };
}

const DRAFT = [
  '# 某某办法', '',
  '第一条 依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第三条，制定本办法。',
  '第二条 乙。',
  '第二条之一 依照本办法第一条、第二条之一的规定。',
  '第三条 违反第二条之一的，适用第九条。',
  '',
].join('\r\n');

const RENUMBERED = DRAFT.replace('第二条之一 依照本办法第一条、第二条之一', '第三条 依照本办法第一条、第三条').replace('第三条 违反第二条之一', '第四条 违反第三条');

describe('lawcite renumber', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-renumber-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  it('prints a unified diff without --write, reports what cannot be kept on stderr, leaves the file alone', () => {
    const f = write('draft.md', DRAFT);
    const r = cli(['renumber', f]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out.trimEnd(), [
      `--- ${f}`, `+++ ${f}`, '@@ -2,5 +2,5 @@', ' ',
      ' 第一条 依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第三条，制定本办法。',
      ' 第二条 乙。',
      '-第二条之一 依照本办法第一条、第二条之一的规定。',
      '-第三条 违反第二条之一的，适用第九条。',
      '+第三条 依照本办法第一条、第三条的规定。',
      '+第四条 违反第三条的，适用第九条。',
    ].join('\n'));
    assert.match(r.err, /draft\.md:6:\d+: This document has no Article 9; the reference cannot be renumbered/);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), DRAFT);
  });

  it('--json lists moves, edits and warnings', () => {
    const f = write('json.md', DRAFT);
    const j = JSON.parse(cli(['renumber', '--json', f]).out) as { written: boolean; moves: { from: string; to: string }[]; warnings: unknown[] };
    assert.strictEqual(j.written, false);
    assert.deepStrictEqual(j.moves.map((m) => `${m.from}→${m.to}`), ['第二条之一→第三条', '第三条→第四条']);
    assert.strictEqual(j.warnings.length, 1);
  });

  it('--write keeps the encoding, BOM and CRLF, changes only the reported places; a second run changes nothing', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const f = write('bom.md', Buffer.concat([bom, Buffer.from(DRAFT, 'utf8')]));
    assert.strictEqual(cli(['renumber', '--write', f]).code, 0);
    assert.deepStrictEqual(fs.readFileSync(f), Buffer.concat([bom, Buffer.from(RENUMBERED, 'utf8')]));
    assert.strictEqual(cli(['renumber', f]).out.trim(), '');
    const u = write('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]));
    assert.strictEqual(cli(['renumber', '--write', u]).code, 0);
    assert.deepStrictEqual(fs.readFileSync(u), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RENUMBERED, 'utf16le')]));
  });

  it('--write refuses a GB18030 file (no encoder without a dependency) and leaves it unchanged; the diff still works', () => {
    const bytes = Buffer.from('B5DAD2BBCCF520BCD7A1A30AB5DAC8FDCCF520D2D2A1A30A', 'hex'); // 第一条 甲。\n第三条 乙。\n
    const f = write('gb.txt', bytes);
    assert.match(cli(['renumber', f]).out, /\+第二条 乙。/);
    const r = cli(['renumber', '--write', f]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /cannot write it back in its encoding \(gb18030\)/);
    assert.deepStrictEqual(fs.readFileSync(f), bytes);
  });

  it('a document that is not a draft: exit 1; a missing file or no file: exit 2', () => {
    assert.strictEqual(cli(['renumber', write('note.md', '依照《某某条例》第三条处理。\n')]).code, 1);
    assert.strictEqual(cli(['renumber', path.join(dir, 'missing.md')]).code, 2);
    assert.strictEqual(cli(['renumber']).code, 2);
  });
});
