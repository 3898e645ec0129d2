// Settings parsing and the message language rule (pure functions of the server state).
import * as assert from 'assert';
import { hoverTranslation, messageLanguage, parseSettings } from '../../server/src/service/settings';

describe('server settings', () => {
  it('reads nested and flat (dotted) keys', () => {
    const nested = parseSettings({ corpus: { paths: ['/a'] }, diagnostics: { arabicNumerals: 'hint', missingTitleMarks: 'information' }, defaultRegulation: '《示范条例》', links: true, hover: { translation: 'below' } });
    assert.deepStrictEqual(nested, { corpusPaths: ['/a'], defaultRegulation: '示范条例', arabicNumerals: 'hint', missingTitleMarks: 'information', useShortTitle: 'hint', language: 'auto', links: true, hoverTranslation: 'below' });
    const flat = parseSettings({ 'corpus.paths': ['/b', '', 3], 'diagnostics.arabicNumerals': 'off', 'diagnostics.useShortTitle': 'warning', language: 'en', 'hover.translation': 'side' });
    assert.deepStrictEqual(flat, { corpusPaths: ['/b'], defaultRegulation: null, arabicNumerals: 'off', missingTitleMarks: 'warning', useShortTitle: 'warning', language: 'en', links: false, hoverTranslation: 'side' });
  });
  it('falls back to defaults on missing or ill-typed values', () => {
    for (const raw of [null, undefined, 'x', 42, { diagnostics: { arabicNumerals: 'loud', missingTitleMarks: 3, useShortTitle: 'error' }, language: 'fr', corpus: { paths: 'x' }, links: 'yes', hover: { translation: 'top' } }]) {
      assert.deepStrictEqual(parseSettings(raw), { corpusPaths: [], defaultRegulation: null, arabicNumerals: 'warning', missingTitleMarks: 'warning', useShortTitle: 'hint', language: 'auto', links: false, hoverTranslation: 'auto' });
    }
  });
  it('hover translation auto is off in Chinese and below in English; a set value wins', () => {
    assert.strictEqual(hoverTranslation(parseSettings({}), 'zh'), 'off');
    assert.strictEqual(hoverTranslation(parseSettings({}), 'en'), 'below');
    assert.strictEqual(hoverTranslation(parseSettings({ hover: { translation: 'side' } }), 'zh'), 'side');
    assert.strictEqual(hoverTranslation(parseSettings({ hover: { translation: 'off' } }), 'en'), 'off');
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
