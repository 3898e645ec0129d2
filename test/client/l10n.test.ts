// Every user-facing string of the VS Code client has its Chinese text, and every %key% of the manifest both texts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('VS Code client localisation', () => {
  it('has a zh-CN translation for every runtime string and no stale ones', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
    const used = new Set<string>();
    for (const file of sourceFiles('client/src')) {
      for (const m of read(file).matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 10, `found ${used.size} strings`);
    assert.deepStrictEqual([...used].filter((s) => !(s in bundle)), [], 'strings without a translation');
    assert.deepStrictEqual(Object.keys(bundle).filter((s) => !used.has(s)), [], 'translations no longer used');
  });

  it('describes every manifest entry in English and Chinese', () => {
    const keys = new Set([...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    assert.ok(keys.size > 5);
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const texts = JSON.parse(read(nls)) as Record<string, string>;
      assert.deepStrictEqual([...keys].filter((k) => !texts[k]), [], `${nls} misses keys`);
    }
  });

  it('contributes the seven commands and the settings', () => {
    const manifest = JSON.parse(read('package.json'));
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(commands, ['lawcite.compareVersions', 'lawcite.insertCitation', 'lawcite.listCitedProvisions', 'lawcite.listCitedProvisionsWorkspace', 'lawcite.reloadCorpus', 'lawcite.searchArticles', 'lawcite.showArticle']);
    assert.deepStrictEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
      'lawcite.corpus.paths', 'lawcite.defaultRegulation', 'lawcite.diagnostics.arabicNumerals', 'lawcite.diagnostics.missingTitleMarks',
      'lawcite.diagnostics.useShortTitle', 'lawcite.language',
    ]);
    assert.ok(!manifest.activationEvents.includes('*'), 'no activation on startup');
  });
});
