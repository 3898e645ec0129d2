// quote-mismatch through the service: the diagnostic on the quotation, the difference in hover (on the citation and
// inside the quotation), and the quick fix that writes the corpus text.
import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { BEIJIANG, kit, positionOf, rangeOf, ServiceKit } from './serviceKit';

const ALTERED = '监察委员会、人民法院、人民检察院可以按照各自职责做好筑牢祖国北疆安全稳定屏障工作。';
const TEXT = '监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。';
const DRAFT = `起草说明\n\n依照《${BEIJIANG}》第六条第二款规定：“${ALTERED}”本办法据此制定。\n`;

describe('service: quotations of cited text', () => {
  it('publishes quote-mismatch on the quotation: warning, with the difference in the message', () => {
    const o = kit().open(DRAFT);
    const ds = kit().service.diagnostics(o.doc).filter((d) => d.code === 'quote-mismatch');
    assert.deepStrictEqual(ds.map((d) => [d.range, d.severity]), [[rangeOf(o.text, ALTERED), DiagnosticSeverity.Warning]]);
    assert.match(String(ds[0].message), /（规范用语不同）：…、人民检察院\[-应当-\]\{\+可以\+\}按照各自职责…$/);
  });

  it('says nothing of an exact quotation', () => {
    const o = kit().open(DRAFT.replace(ALTERED, TEXT));
    assert.deepStrictEqual(kit().service.diagnostics(o.doc), []);
  });

  it('hover on the citation and inside the quotation shows the difference struck through and in bold, then the article', () => {
    const o = kit().open(DRAFT);
    const onCitation = kit().hover(o, positionOf(o.text, '第六条'));
    const inQuote = kit().hover(o, positionOf(o.text, '按照各自职责'));
    for (const h of [onCitation, inQuote]) {
      assert.ok(h, 'a hover');
      assert.match(h!, /~~应当~~\*\*可以\*\*/);
      assert.match(h!, /删除线：原文有而引文无/);
      assert.ok(h!.indexOf('~~应当~~') < h!.indexOf('各级人民政府负责'), 'the difference comes before the article');
    }
    const outside = kit().hover(o, positionOf(o.text, '本办法据此'));
    assert.strictEqual(outside, null);
  });

  it('the quick fix replaces the quotation with the corpus text, in English too', () => {
    const o = kit().open(DRAFT);
    const range = rangeOf(o.text, ALTERED);
    const actions = kit().service.codeActions(o.doc, range).filter((a) => a.diagnostics?.[0].code === 'quote-mismatch');
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].title, '改为原文：“监察委员会、人民法院、人民检察院应当按照各自职责…”');
    assert.deepStrictEqual(actions[0].edit, { changes: { [o.uri]: [{ range, newText: TEXT }] } });
    const en = new ServiceKit({ locale: 'en' });
    const e = en.open(DRAFT);
    const [enAction] = en.service.codeActions(e.doc, range).filter((a) => a.diagnostics?.[0].code === 'quote-mismatch');
    assert.match(enAction.title, /^Replace with the text: “/);
    assert.match(String(enAction.diagnostics?.[0].message), /^The quotation differs from Article 6\(2\)/);
  });
});
