import * as assert from 'assert';
import { afterLastStop, firstStopAt, sentenceStart, stopCodes } from '../../../server/src/core/citations/text';

describe('the Chinese sentence reader, each rule with its stops', () => {
  const text = '前文如此。台湾地区亦有规定; 比如其《民法》第184条';
  const p = text.indexOf('其');
  const cases: [string, string, number][] = [
    // [whose stops, the stops, where the sentence starts]
    ['sentenceStart (。；！？ and the line break)', '。；！？\n', text.indexOf('台湾')],
    ['a place before 其 (the ASCII forms too)', '。！？!?；;\n', text.indexOf(' 比如')],
  ];
  for (const [what, stops, start] of cases) {
    it(what, () => assert.strictEqual(afterLastStop(text, 0, p, stopCodes(stops)), start));
  }

  const defined = '本办法所称经营者，是指从事经营的单位; 和个人。其他\n下一行';
  const onward: [string, string, number][] = [
    // [whose stops, the stops, where the sentence (or item) ends]
    ['a definition\'s sentence (。 and the line break)', '。\n', defined.indexOf('。')],
    ['a defined item (a semicolon too)', '。；;\n', defined.indexOf(';')],
    ['the words after a label (。 or a line break)', '。\r\n', defined.indexOf('。')],
  ];
  for (const [what, stops, end] of onward) {
    it(`on: ${what}`, () => assert.strictEqual(firstStopAt(defined, 0, 200, stopCodes(stops)), end));
  }

  it('reads on only in text[p, to): -1 when no stop is there', () => {
    assert.strictEqual(firstStopAt(defined, 0, defined.indexOf(';'), stopCodes('。；;\n')), -1);
    assert.strictEqual(firstStopAt(defined, defined.indexOf('其他'), 200, stopCodes('。')), -1);
  });

  it('reads only text[from, p): -1 when no stop is there', () => {
    assert.strictEqual(afterLastStop(text, text.indexOf('台湾'), p, stopCodes('。')), -1);
    assert.strictEqual(afterLastStop(text, 0, text.indexOf('。'), stopCodes('。')), -1);
  });

  it('sentenceStart: 400 back at most, the stop there not read', () => {
    const long = '。' + '字'.repeat(399) + '第五条';
    assert.strictEqual(sentenceStart(long, 400), 0);
    assert.strictEqual(sentenceStart(long, 399), 1);
    assert.strictEqual(sentenceStart('字'.repeat(500), 450), 50);
  });
});
