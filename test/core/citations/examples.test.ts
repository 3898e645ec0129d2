// The drafts in examples/ (checked by hand): their citations by status stay as reviewed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, summary } from './helpers';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

function statuses(file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [, s] of summary(analyze(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')))) out[s] = (out[s] ?? 0) + 1;
  return out;
}

describe('examples/ drafts', () => {
  it('the 实施方案 citing several regulations', () => {
    assert.deepStrictEqual(statuses('锡林郭勒盟边境地区安全稳定和开放发展实施方案.md'), { resolved: 14, 'unknown-regulation': 1, 'unknown-article': 1, ambiguous: 1 });
  });

  it('the draft 实施办法 with self references', () => {
    const a = analyze(fs.readFileSync(path.join(EXAMPLES, '二连浩特市口岸物流安全管理办法（草案）.md'), 'utf8'));
    assert.strictEqual(a.isDraftRegulation, true);
    assert.deepStrictEqual(statuses('二连浩特市口岸物流安全管理办法（草案）.md'), { resolved: 2, self: 10 });
    assert.deepStrictEqual(a.diagnostics, []);
  });
});
