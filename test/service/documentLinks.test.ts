// Document links: each resolved or self citation links to its first article's line.
import * as assert from 'assert';
import { GLUED } from './drafts';
import { BEIJIANG, BEIJIANG_FILE, fileLines, lineStartingWith, rangeOf, ServiceKit } from './serviceKit';
import { pathToUri } from '../../server/src/service/uris';

describe('service: documentLinks', () => {
  let linked: ServiceKit | undefined;
  /** A service with lawcite.links on. */
  const kit = (): ServiceKit => (linked ??= new ServiceKit({ settings: { links: true } }));

  it('gives no links by default (lawcite.links off): hover and Ctrl+click already reach the article', () => {
    const plain = new ServiceKit();
    const o = plain.open(`依照《${BEIJIANG}》第六十四条办理。`);
    assert.deepStrictEqual(plain.service.documentLinks(o.doc), []);
    assert.strictEqual(kit().service.documentLinks(kit().open(o.text).doc).length, 1);
  });

  it('links each resolved citation to its article line, and none for unresolved ones', () => {
    const o = kit().open(`依照《${BEIJIANG}》第六十四条、《${BEIJIANG}》第九百条和《不存在的条例》第一条办理。`);
    const line = lineStartingWith(fileLines(BEIJIANG_FILE), '第六十四条') + 1;
    assert.deepStrictEqual(kit().service.documentLinks(o.doc), [
      { range: rangeOf(o.text, `《${BEIJIANG}》第六十四条`), target: `${pathToUri(BEIJIANG_FILE)}#L${line}`, tooltip: `《${BEIJIANG}》第六十四条` },
    ]);
  });

  it('links a range to its first article', () => {
    const o = kit().open(`依照《${BEIJIANG}》第二十条至第二十三条。`);
    const [link] = kit().service.documentLinks(o.doc);
    assert.strictEqual(link.target, `${pathToUri(BEIJIANG_FILE)}#L${lineStartingWith(fileLines(BEIJIANG_FILE), '第二十条') + 1}`);
  });

  it('links a self reference to the draft’s own 第二条 line (labels glued to their text)', () => {
    const o = kit().open(GLUED);
    assert.deepStrictEqual(kit().service.documentLinks(o.doc), [{ range: rangeOf(o.text, '本办法第二条'), target: `${o.uri}#L4`, tooltip: '第二条' }]);
  });
});
