// Which editors hold law text (made read-only in VS Code): the corpus folders resolved as the server resolves them.
import * as assert from 'assert';
import * as path from 'path';
import { frontMatterLines, isInside, resolveCorpusPaths } from '../../client/src/corpusPaths';

describe('corpus folders in the client', () => {
  it('resolves absolute, ~ and workspace-relative paths; drops empty ones', () => {
    assert.deepStrictEqual(resolveCorpusPaths(['/laws/', '~/法规', 'local/dlc', '  '], '/ws', '/home/u'), ['/laws', '/home/u/法规', '/ws/local/dlc']);
  });
  it('a file inside a root is law text; a sibling with the same prefix is not', () => {
    const roots = [path.resolve('/ext/corpus'), path.resolve('/laws')];
    assert.ok(isInside('/ext/corpus/national/公司法.md', roots));
    assert.ok(isInside('/laws', roots));
    assert.ok(!isInside('/ext/corpus-drafts/a.md', roots));
    assert.ok(!isInside('/ws/draft.md', roots));
  });
  it('finds a leading front matter, and none that is only a rule in the text', () => {
    assert.deepStrictEqual(frontMatterLines('---\ntitle: 甲\n---\n正文'), [0, 2]);
    assert.deepStrictEqual(frontMatterLines('\uFEFF---\r\ntitle: 甲\r\n---\r\n'), [0, 2]);
    assert.strictEqual(frontMatterLines('正文\n---\n'), null);
    assert.strictEqual(frontMatterLines('---\n没有结束'), null);
  });
});
