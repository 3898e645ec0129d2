// `lawcite show` on a text of the bundled corpus published without 第N条 (刑法修正案（十）): says so and prints its text;
// an article of it is not found, with the reason.
import * as assert from 'assert';
import { cli } from './cliKit';

describe('lawcite show: a text without articles', () => {
  it('prints that it has none, then its text; --json gives the text', () => {
    const r = cli(['show', '《刑法修正案（十）》'], 'zh');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^《中华人民共和国刑法修正案（十）》\n/);
    assert.match(r.out, /\n不分条\n/);
    assert.match(r.out, /\n为了惩治侮辱国歌的犯罪行为/);
    const j = JSON.parse(cli(['show', '《刑法修正案（十）》', '--json']).out);
    assert.strictEqual(j.articles, 0);
    assert.match(j.text[0], /^为了惩治侮辱国歌/);
  });

  it('an article of it is not found: the reason, no nearest articles', () => {
    const r = cli(['show', '《刑法修正案（十）》第一条'], 'zh');
    assert.notStrictEqual(r.code, 0);
    assert.match(r.err, /《中华人民共和国刑法修正案（十）》不分条/);
    assert.doesNotMatch(r.err, /最接近/);
  });
});
