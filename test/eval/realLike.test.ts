// Real-like regression sets (test/fixtures/real-like/<kind>/): documents made up in the style of real ones (court
// judgments, penalty decisions, replies …), each folder with a gold.json in the eval-dev format plus `minF1`.
// `lawcite check --json` with the bundled corpus over every file of the folder, scored by the eval-dev rule
// (citationScore.ts); each kind must keep the F1 it reached. Needs no ../shared.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scoreCitations, type Gold } from './citationScore';

const ROOT = path.resolve(__dirname, '../../..');
const SETS = path.join(ROOT, 'test', 'fixtures', 'real-like');

describe('real-like documents: citation F1 per kind (eval-dev scoring rule)', () => {
  const kinds = fs.existsSync(SETS) ? fs.readdirSync(SETS).filter((k) => fs.existsSync(path.join(SETS, k, 'gold.json'))).sort() : [];
  for (const kind of kinds) {
    it(`${kind}: F1 at least its gold's minF1, no false positives`, function () {
      this.timeout(120000);
      const dir = path.join(SETS, kind);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold & { minF1: number };
      const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
      const check = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'lawcite.js'), 'check', '--json', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.ok(check.status === 0 || check.status === 1, `check exited ${check.status}: ${check.stderr}`);
      const s = scoreCitations(gold, JSON.parse(check.stdout), dir);
      console.log(`    ${kind}: precision=${s.precision.toFixed(2)} recall=${s.recall.toFixed(2)} f1=${s.f1.toFixed(2)} gold=${s.gold} fp=${s.falsePositives}`);
      assert.ok(s.f1 >= gold.minF1, `F1 ${s.f1.toFixed(3)} < ${gold.minF1}\n${s.errors.join('\n')}`);
      assert.strictEqual(s.falsePositives, 0, s.errors.join('\n'));
    });
  }

  it('the scorer counts a miss, a wrong target and a false positive', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'lawcite-score-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '依照《甲法》第一条、《乙法》第二条和第三方合同。\n');
    const gold: Gold = {
      version: 1,
      mentions: [
        { file: 'a.txt', line: 0, text: '《甲法》第一条', status: 'resolved', targets: [{ regulation: '甲法', article: 1 }] },
        { file: 'a.txt', line: 0, text: '《乙法》第二条', status: 'resolved', targets: [{ regulation: '乙法', article: 2 }] },
      ],
    };
    const at = (c: number, e: number) => ({ start: { line: 0, character: c }, end: { line: 0, character: e } });
    const pred = {
      files: [{
        path: 'a.txt',
        citations: [
          { text: '《甲法》第一条', range: at(2, 9), status: 'resolved', targets: [{ regulation: '《甲法》', article: 1 }] },
          { text: '《乙法》第二条', range: at(10, 17), status: 'resolved', targets: [{ regulation: '乙法', article: 3 }] },
          { text: '第九条', range: at(18, 21), status: 'no-context', targets: [] },
        ],
      }],
    };
    const s = scoreCitations(gold, pred, dir);
    assert.deepStrictEqual([s.correct, s.falsePositives, s.gold], [1, 1, 2]);
    assert.strictEqual(s.precision.toFixed(3), (1 / 3).toFixed(3));
    assert.strictEqual(s.recall, 0.5);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
