// Settings parsing and the message language rule (pure functions of the server state).
import * as assert from 'assert';
import { messageLanguage, parseSettings } from '../../server/src/service/settings';

describe('server settings', () => {
  it('reads nested and flat (dotted) keys', () => {
    const nested = parseSettings({ corpus: { paths: ['/a'] }, diagnostics: { arabicNumerals: 'hint', missingTitleMarks: 'information' }, defaultRegulation: '《示范条例》' });
    assert.deepStrictEqual(nested, { corpusPaths: ['/a'], defaultRegulation: '示范条例', arabicNumerals: 'hint', missingTitleMarks: 'information', useShortTitle: 'hint', language: 'auto' });
    const flat = parseSettings({ 'corpus.paths': ['/b', '', 3], 'diagnostics.arabicNumerals': 'off', 'diagnostics.useShortTitle': 'warning', language: 'en' });
    assert.deepStrictEqual(flat, { corpusPaths: ['/b'], defaultRegulation: null, arabicNumerals: 'off', missingTitleMarks: 'warning', useShortTitle: 'warning', language: 'en' });
  });
  it('falls back to defaults on missing or ill-typed values', () => {
    for (const raw of [null, undefined, 'x', 42, { diagnostics: { arabicNumerals: 'loud', missingTitleMarks: 3, useShortTitle: 'error' }, language: 'fr', corpus: { paths: 'x' } }]) {
      assert.deepStrictEqual(parseSettings(raw), { corpusPaths: [], defaultRegulation: null, arabicNumerals: 'warning', missingTitleMarks: 'warning', useShortTitle: 'hint', language: 'auto' });
    }
  });
  it('auto follows the client locale, zh when none', () => {
    const auto = parseSettings({});
    assert.strictEqual(messageLanguage(auto, undefined), 'zh');
    assert.strictEqual(messageLanguage(auto, 'zh-tw'), 'zh');
    assert.strictEqual(messageLanguage(auto, 'en-US'), 'en');
    assert.strictEqual(messageLanguage(auto, 'de'), 'en');
    assert.strictEqual(messageLanguage(parseSettings({ language: 'zh-CN' }), 'en'), 'zh');
    assert.strictEqual(messageLanguage(parseSettings({ language: 'en' }), 'zh-CN'), 'en');
  });
});
