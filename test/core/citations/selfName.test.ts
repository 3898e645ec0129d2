// How a draft regulation names itself in messages (本办法, not 本文件).
import * as assert from 'assert';
import { analyzeDocument } from '../../../server/src/core/citations';
import { loadCorpus } from '../../../server/src/core/corpus';
import { selfName } from '../../../server/src/core/citations/selfName';

describe('selfName: a draft regulation named as itself', () => {
  const rows: [string | null, string | null][] = [
    ['某市物业管理办法（草案）', '本办法'],
    ['某市物业管理办法(征求意见稿)', '本办法'],
    ['内蒙古自治区某某促进条例（草案）（修改稿）', '本条例'],
    ['某某实施细则', '本细则'],
    ['某某管理规定', '本规定'],
    ['某某法（草案）', '本法'],
    ['某某工作方案', null],
    ['', null],
    [null, null],
  ];
  for (const [title, expected] of rows) {
    it(`${title ?? 'null'} → ${expected ?? '本文件 (no kind word)'}`, () => {
      assert.strictEqual(selfName(title)?.self ?? null, expected);
    });
  }

  it('problems of a draft’s own provisions say 本办法 / 本条例, and 本文件 when the title names no kind', () => {
    const corpus = loadCorpus({ folders: [], bundled: false });
    const zh = (text: string) => analyzeDocument(text, corpus).diagnostics.map((d) => d.message.zh);
    const body = '\n\n第一条 有下列情形之一的：\n\n（一）甲；\n\n（二）乙。\n\n第二条 违反本办法第九条的，依照第一条第三款处理。\n';
    assert.deepStrictEqual(zh(`# 某某办法（草案）${body}`), ['本办法没有第九条（共二条）', '本办法第一条没有第三款（该条不分款）']);
    assert.deepStrictEqual(zh(`# 某某促进条例${body.replace('本办法', '本条例')}`), ['本条例没有第九条（共二条）', '本条例第一条没有第三款（该条不分款）']);
    assert.deepStrictEqual(zh(`# 某某工作安排${body}`)[0], '本文件没有第九条（共二条）');
  });
});
