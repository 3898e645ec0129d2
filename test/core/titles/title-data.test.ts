// The two data files of titles people write (server/src/core/corpus/data): every entry sourced, no alias naming two
// laws, and the forms an English title is cited by.
import * as assert from 'assert';
import { normalizeTitle } from '../../../server/src/core/corpus/titles';
import { chineseAliasForms, englishTitleForms, titleAliases } from '../../../server/src/core/corpus/titleAliases';

describe('title data files (aliases.json, english-titles.json)', () => {
  const all = titleAliases();

  it('every alias has a target title and a named source', () => {
    const bad = all.filter((a) => !a.alias.trim() || !a.title.trim() || a.source.trim().length < 10);
    assert.deepStrictEqual(bad, []);
    assert.ok(all.some((a) => a.lang === 'zh') && all.some((a) => a.lang === 'en'));
  });

  it('no alias names two different laws, and no alias is its own target', () => {
    const byKey = new Map<string, Set<string>>();
    for (const a of all) {
      const k = normalizeTitle(a.alias);
      if (!byKey.has(k)) byKey.set(k, new Set());
      byKey.get(k)!.add(a.title);
    }
    assert.deepStrictEqual([...byKey].filter(([, t]) => t.size > 1).map(([k]) => k), []);
    assert.deepStrictEqual(all.filter((a) => normalizeTitle(a.alias) === normalizeTitle(a.title)).map((a) => a.alias), []);
  });

  it('English forms: as published, with PRC, without the country, PRC + short, as memos and machine translations write the country; 公司法解释（二） also without brackets', () => {
    assert.deepStrictEqual(englishTitleForms("Civil Code of the People's Republic of China"), [
      "Civil Code of the People's Republic of China",
      'Civil Code of the PRC',
      'Civil Code',
      'PRC Civil Code',
      'Civil Code of China',
      "People's Republic of China Civil Code",
      "Civil Code of People's Republic of China",
      'Civil Code of PRC',
    ]);
    assert.deepStrictEqual(englishTitleForms("Law of the People's Republic of China on Administrative Penalties").slice(2), [
      'Law on Administrative Penalties',
      'PRC Law on Administrative Penalties',
      "Law on Administrative Penalties of the People's Republic of China",
      'Law on Administrative Penalties of the PRC',
      'Administrative Penalties Law',
    ]);
    // The phrase turned into "<phrase> Law" only when a noun phrase: not "Countering Foreign Sanctions Law".
    assert.ok(!englishTitleForms("Law of the People's Republic of China on Countering Foreign Sanctions").includes('Countering Foreign Sanctions Law'));
    assert.ok(englishTitleForms("Law of the People's Republic of China on Foreign Relations").includes('Foreign Relations Law'));
    // 管理 translated both ways: "… on the Administration of …" also "… on the Management of …"; not a law's "Law on …".
    assert.ok(englishTitleForms('Regulations on the Administration of Housing Provident Fund').includes('Regulations on the Management of Housing Provident Fund'));
    assert.ok(!englishTitleForms("Law of the People's Republic of China on the Administration of Tax Collection").some((f) => f.includes('Management')));
    assert.ok(!englishTitleForms("Law of the People's Republic of China on the Protection of Minors").some((f) => / Minors Law$/.test(f)));
    // "X Law" is also written "Law on X" (with the country's name before "on", or "PRC" before it all): two or more
    // words, or one plural noun.
    assert.deepStrictEqual(englishTitleForms('Administrative Penalty Law'), [
      'Administrative Penalty Law',
      'Law on Administrative Penalty',
      "Law of the People's Republic of China on Administrative Penalty",
      'Law of the PRC on Administrative Penalty',
      'PRC Law on Administrative Penalty',
    ]);
    assert.ok(englishTitleForms("Lawyers Law of the People's Republic of China").includes('Law on Lawyers'));
    assert.ok(englishTitleForms("Lawyers Law of the People's Republic of China").includes('PRC Law on Lawyers'));
    assert.ok(englishTitleForms("Export Control Law of the People's Republic of China").includes('Law of the PRC on Export Control'));
    // one singular word is an adjective, not turned round: no "Law on Criminal", "Law on Company"
    assert.ok(!englishTitleForms("Criminal Law of the People's Republic of China").some((f) => f.startsWith('Law on')));
    assert.ok(!englishTitleForms("Company Law of the People's Republic of China").some((f) => f.startsWith('Law on')));
    // 消费者权益: the possessive, plural or singular, as well as the noun
    const consumer = englishTitleForms("Law of the People's Republic of China on the Protection of Consumer Rights and Interests");
    assert.ok(consumer.includes("Law on the Protection of Consumers' Rights and Interests"));
    assert.ok(consumer.includes("Law on the Protection of Consumer's Rights and Interests"));
    assert.deepStrictEqual(chineseAliasForms('公司法解释（二）'), ['公司法解释（二）', '公司法解释二', '公司法解释(二)']);
    assert.deepStrictEqual(chineseAliasForms('公司法解释(二)'), ['公司法解释(二)', '公司法解释二', '公司法解释（二）']);
    assert.deepStrictEqual(chineseAliasForms('民诉法解释'), ['民诉法解释']);
  });

  it('English and Chinese keys: case, a leading "the" and curly quotes do not count', () => {
    assert.strictEqual(normalizeTitle('the Company Law of the People’s Republic of China'), normalizeTitle("Company Law of the People's Republic of China"));
    assert.strictEqual(normalizeTitle('最高人民法院关于适用﹤中华人民共和国刑事诉讼法﹥的解释'), normalizeTitle('最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释'));
    // 【】 typed for the inner 〈〉 (a court's letter).
    assert.strictEqual(normalizeTitle('最高人民法院关于适用【中华人民共和国行政诉讼法】的解释'), normalizeTitle('最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释'));
  });
});
