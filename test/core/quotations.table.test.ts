// Quotations of cited text, case by case: a draft quotes a cited article or 款 (…规定：“…”, …规定，“…”, 根据…第X条“…”的
// 规定) and the quotation is compared with the text the analysis bound, in the version it selected (quotation.ts).
import * as assert from 'assert';
import { analyzeDocument, compareQuotation, type AnalyzeOptions, type CitationDiagnostic } from '../../server/src/core/citations/index';
import { formatDiff } from '../../server/src/core/diff';
import { quotationsCorpus } from './citations/helpers';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const Z6 = ['各级人民政府负责本行政区域内筑牢祖国北疆安全稳定屏障工作。', '监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。', '嘎查村民委员会、居民委员会应当依法协助做好筑牢祖国北疆安全稳定屏障相关工作。'];
const P = '《示例许可管理办法》';
const T = '《示例自治区测试条例》';

const testCorpus = quotationsCorpus;

function quoteDiagnostics(text: string, options?: AnalyzeOptions): CitationDiagnostic[] {
  return analyzeDocument(text, testCorpus(), options).diagnostics.filter((d) => d.code === 'quote-mismatch');
}

/** [name, draft, expected: null (no diagnostic) or [severity, differences, diff shown in the message]] */
type Row = [name: string, draft: string, expected: null | [severity: string, differences: string, excerpt: string | RegExp], options?: AnalyzeOptions];

const rows: Row[] = [
  ['exact quotation of a 款', `${Z}第六条第二款规定：“${Z6[1]}”`, null],
  ['exact, 规定，“…”', `${Z}第六条第二款规定，“${Z6[1]}”`, null],
  ['exact, 根据…第X条“…”的规定', `根据${P}第二条第一款“申请人应当自收到补正通知之日起十五日内提交补正材料”的规定，`, null],
  ['line breaks and spaces inside the quotation are not differences', `${Z}第六条规定：“${Z6[0]}\n${Z6[1]} \n${Z6[2]}”`, null],
  ['each 款 of a quotation opened with “ (GB/T 15834): not a difference', `${Z}第六条规定：“${Z6[0]}\n“${Z6[1]}\n　“${Z6[2]}”`, null],
  ['each 款 opened with “, a word altered in the last: reported', `${Z}第六条规定：“${Z6[0]}\n“${Z6[1]}\n“${Z6[2].replace('应当', '可以')}”`, ['warning', 'normative', /\[-应当-\]\{\+可以\+\}/]],
  ['half-width punctuation in the corpus equals full-width in the draft', `${Z}第三十四条规定：“公安机关应当加强旅馆、出租房屋、机动车改装、娱乐服务、寄递物流等重点行业治安管理工作，严格枪支弹药、管制器具、危爆物品等重点管控”`, null],
  ['nested quotation marks ‘’ equal the text’s “”', `《内蒙古自治区全方位建设模范自治区促进条例》第十五条规定：“自治区积极参与共建‘一带一路’和中蒙俄经济走廊建设，提升对外开放水平”`, null],
  ['partial quotation: one 款 of the article cited', `${Z}第六条规定：“${Z6[2]}”`, null],
  ['partial quotation: words in the middle of a 款', `${P}第二条第二款规定：“在二十个工作日内作出决定”`, null],
  ['ellipsis: pieces in order', `${Z}第六条规定：“各级人民政府负责……人民检察院应当按照各自职责做好……相关工作。”`, null],
  ['ellipsis with a single …', `${Z}第六条规定：“各级人民政府负责…相关工作。”`, null],
  ['altered normative word: 应当 → 可以', `${Z}第六条第二款规定：“监察委员会、人民法院、人民检察院可以按照各自职责做好筑牢祖国北疆安全稳定屏障工作。”`, ['warning', 'normative', '…、人民检察院[-应当-]{+可以+}按照各自职责…']],
  ['altered normative word: 不得 → 可以', `${P}第二条第二款规定：“行政机关应当在二十个工作日内作出决定，可以收取任何费用。”`, ['warning', 'normative', /\[-不得-\]\{\+可以\+\}/]],
  ['normative word added: 有权 → 可以', `${P}第四条规定：“公民、法人或者其他组织对许可决定不服的，可以申请复核。”`, ['warning', 'normative', /\[-有权-\]\{\+可以\+\}/]],
  ['negation added', `${Z}第六条第三款规定：“嘎查村民委员会、居民委员会不应当依法协助做好筑牢祖国北疆安全稳定屏障相关工作。”`, ['warning', 'normative', /\{\+不\+\}应当/]],
  ['altered number (time limit in days)', `${P}第二条第一款规定：“申请人应当自收到补正通知之日起三十日内提交补正材料。”`, ['warning', 'number', /之日起\[-十五-\]\{\+三十\+\}日内/]],
  ['altered time limit: 工作日 → 日', `${P}第二条第二款规定：“行政机关应当在二十日内作出决定，不得收取任何费用。”`, ['warning', 'time-limit', /二十\[-个工作-\]日内/]],
  ['altered wording, normative words intact', `${Z}第六条第一款规定：“各级人民政府负责本地区筑牢祖国北疆安全稳定屏障工作。”`, ['warning', 'wording', /负责本\[-行政区域内-\]\{\+地区\+\}筑牢/]],
  ['punctuation only: information', `${Z}第六条第二款规定：“监察委员会、人民法院、人民检察院应当按照各自职责，做好筑牢祖国北疆安全稳定屏障工作。”`, ['information', 'punctuation', '…按照各自职责{+，+}做好筑牢祖国…']],
  ['partial quotation closed with 。 where the text goes on: punctuation only', `${P}第二条第二款规定：“行政机关应当在二十个工作日内作出决定。”`, ['information', 'punctuation', /作出决定\[-，-\]\{\+。\+\}/]],
  ['ellipsis piece altered', `${Z}第六条规定：“各级人民政府负责……人民检察院可以按照各自职责做好……相关工作。”`, ['warning', 'normative', /……人民检察院\[-应当-\]\{\+可以\+\}/]],
  ['quotation of an item', `${P}第三条第（一）项规定：“申请人以欺骗、贿赂等不正当手段取得许可的；”`, null],
  ['quotation of an item with its label', `${P}第三条第（一）项规定：“（一）申请人以欺骗、贿赂等不正当手段取得许可的；”`, null],
  ['quotation of the whole article with its label', `${P}第四条规定：“第四条 公民、法人或者其他组织对许可决定不服的，有权申请复核。”`, null],
  ['quotation of an item, altered', `${P}第三条第（二）项规定：“超越职权作出准予许可决定的。”`, ['warning', 'wording', /超越\[-法定-\]职权/]],
  ['several 款 cited, quoted in order', `${Z}第六条第一款、第二款规定：“${Z6[0]}${Z6[1]}”`, null],
  ['a term in quotation marks is not a quotation', `${Z}第六条“各级”的规定`, null],
  ['a few words after a bare comma are not a quotation', `${Z}第六条，“安全稳定屏障”一词误为“安全屏障”。`, null],
  ['words after a bare comma that are not in the text are not said to be another text', `${Z}第六条，“今天天气很好我们去公园散步”一句有误。`, null],
  ['a sentence after a bare comma is compared', `${Z}第六条，“监察委员会、人民法院、人民检察院可以按照各自职责做好筑牢祖国北疆安全稳定屏障工作”，此处有误。`, ['warning', 'normative', /\[-应当-\]\{\+可以\+\}/]],
  ['“…”的规定 introduces a quotation of any length', `根据${P}第四条“申请复议”的规定`, ['warning', 'wording', /\[-核-\]\{\+议\+\}/]],
  ['第X条：“…” introduces a quotation', `${P}第四条：“公民、法人或者其他组织对许可决定不服的，可以申请复核。”`, ['warning', 'normative', /\[-有权-\]\{\+可以\+\}/]],
  ['the draft quoting its own wording: not this text', `${Z}第六条规定：“今天天气很好，我们一起去公园散步吧。”`, ['warning', '*', /^引文与.*第六条原文不符（相同文字不足一半）$/]],
  ['an amendment\'s new wording (修改为：“…”) is not compared', `一、将${Z}第六条第二款修改为：“监察委员会、人民法院、人民检察院可以按照各自职责做好相关工作。”`, null],
  ['nor the wording of an article added (增加一条，作为第X条：“…”)', `在${Z}第五条后增加一条，作为第六条：“今天天气很好，我们一起去公园散步吧。”`, null],
  ['作为 without 增加 before it is no amendment: compared', `${Z}第六条第二款作为依据：${Z}第六条第二款：“监察委员会、人民法院、人民检察院可以按照各自职责做好筑牢祖国北疆安全稳定屏障工作。”`, ['warning', 'normative', /\[-应当-\]\{\+可以\+\}/]],
  ['the version selected by the draft date (2020 text)', `二〇二一年三月一日\n\n${T}第一条规定：“这是示例自治区测试条例2020年文本第一条的规定。”`, null],
  ['the version selected by the draft date (2024 text)', `二〇二五年三月一日\n\n${T}第一条规定：“这是示例自治区测试条例2020年文本第一条的规定。”`, ['warning', 'number', /条例\[-2024-\]\{\+2020\+\}年文本/]],
  ['an unknown article is not compared', `${Z}第九十九条规定：“各级人民政府负责本地区工作。”`, null],
  ['English quotation of an English citation is left alone', 'Article 6 of the Regulations of the Inner Mongolia Autonomous Region on Promoting the Establishment of a Barrier for Security and Stability in the Northern Territory of the Motherland provides: “People’s governments at all levels shall be responsible for nothing.”', null],
];

describe('quotations of cited text (quote-mismatch)', () => {
  for (const [name, draft, expected, options] of rows) {
    it(name, () => {
      const ds = quoteDiagnostics(draft, options);
      if (expected === null) {
        assert.deepStrictEqual(ds.map((d) => d.message.zh), []);
        return;
      }
      assert.strictEqual(ds.length, 1, `one quote-mismatch expected, got ${ds.map((d) => d.message.zh).join(' | ')}`);
      const [severity, differences, excerpt] = expected;
      const d = ds[0];
      assert.strictEqual(d.severity, severity);
      if (differences !== '*') assert.strictEqual((d.args.differences as string[]).join(','), differences);
      if (excerpt instanceof RegExp) assert.match(d.message.zh, excerpt);
      else if (excerpt) assert.ok(d.message.zh.endsWith(`：${excerpt}`), d.message.zh);
      // The diagnostic is on the quotation, between its marks.
      const lines = draft.split('\n');
      const open = lines[d.range.start.line][d.range.start.character - 1];
      assert.ok(open === '“', `range starts after the opening mark, got ${open}`);
      assert.strictEqual(lines[d.range.end.line][d.range.end.character], '”');
    });
  }

  it('the fix writes the corpus text of the part quoted, which then matches', () => {
    const draft = `${P}第二条第一款规定：“申请人可以自收到补正通知之日起三十日内提交补正材料。”`;
    const [d] = quoteDiagnostics(draft);
    assert.deepStrictEqual(d.fixes.map((f) => f.newText), ['申请人应当自收到补正通知之日起十五日内提交补正材料。']);
    const fixed = applyFix(draft, d.fixes[0]);
    assert.deepStrictEqual(quoteDiagnostics(fixed), []);
  });

  it('an ellipsis quotation is fixed piece by piece, keeping its ellipses', () => {
    const draft = `${Z}第六条规定：“各级人民政府负责……人民检察院可以按照各自职责做好……相关工作。”`;
    const [d] = quoteDiagnostics(draft);
    assert.strictEqual(d.fixes[0].newText, '各级人民政府负责……人民检察院应当按照各自职责做好……相关工作。');
    assert.deepStrictEqual(quoteDiagnostics(applyFix(draft, d.fixes[0])), []);
  });

  it('a 款 quoted under the number of another 款: warning naming it, with fixes citing it or quoting the cited one', () => {
    const draft = `${Z}第六条第二款规定：“${Z6[0]}”`;
    const [d] = quoteDiagnostics(draft);
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(d.message.zh, `引文出自${Z}第六条第一款，而所引为第二款`);
    assert.deepStrictEqual(d.fixes.map((f) => f.newText), ['一', Z6[1]]);
    assert.deepStrictEqual(quoteDiagnostics(applyFix(draft, d.fixes[0])), []);
    assert.deepStrictEqual(quoteDiagnostics(applyFix(draft, d.fixes[1])), []);
  });

  it('a 款 cited and the whole article quoted: information, no fix', () => {
    const [d] = quoteDiagnostics(`${Z}第六条第二款规定：“${Z6.join('\n')}”`);
    assert.strictEqual(d.severity, 'information');
    assert.strictEqual(d.message.zh, `引文含${Z}第六条的其他款，所引仅为第二款`);
    assert.deepStrictEqual(d.fixes, []);
    // The article cited, the whole article quoted: exact.
    assert.deepStrictEqual(quoteDiagnostics(`${Z}第六条规定：“${Z6.join('\n')}”`), []);
  });

  it('messages in English name the provision and show the same difference', () => {
    const [d] = quoteDiagnostics(`${Z}第六条第二款规定：“监察委员会、人民法院、人民检察院可以按照各自职责做好筑牢祖国北疆安全稳定屏障工作。”`);
    assert.match(d.message.en, /^The quotation differs from Article 6\(2\) of .* \(a normative word differs\): …、人民检察院\[-应当-\]\{\+可以\+\}按照各自职责…$/);
  });

  it('compareQuotation: exact, partial, ellipsis and the diff it returns', () => {
    const text = '行政机关应当在二十个工作日内作出决定，不得收取任何费用。';
    assert.strictEqual(compareQuotation('行政机关应当在二十个工作日内作出决定', { text })?.kind, 'exact');
    assert.strictEqual(compareQuotation('行政机关……不得收取任何费用。', { text })?.kind, 'exact');
    assert.notStrictEqual(compareQuotation('不得收取……行政机关', { text })?.kind, 'exact', 'pieces out of order do not match');
    const v = compareQuotation('行政机关应当在三十个工作日内作出决定，不得收取任何费用。', { text })!;
    assert.strictEqual(formatDiff(v.parts), '行政机关应当在[-二-]{+三+}十个工作日内作出决定，不得收取任何费用。');
    assert.deepStrictEqual(v.differences, ['number']);
    assert.strictEqual(compareQuotation('边境', { text: '边境地区' }), null, 'too short to be a quotation');
  });

  it('a quotation too long to align cell by cell is still compared (against the whole text)', () => {
    const text = '各级人民政府应当加强协调工作，'.repeat(300);
    const quote = text.slice(0, 3000).replace(/应当/g, '可以');
    const v = compareQuotation(quote, { text });
    assert.strictEqual(v?.kind, 'different');
    assert.deepStrictEqual(v?.differences, ['normative']);
    assert.ok(v.replacement.length >= 3000);
  });
});

function applyFix(text: string, fix: { range: CitationDiagnostic['range']; newText: string }): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(fix.range.start)) + fix.newText + text.slice(offset(fix.range.end));
}
