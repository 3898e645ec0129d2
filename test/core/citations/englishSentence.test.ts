import * as assert from 'assert';
import { sentenceClose, sentenceOpen } from '../../../server/src/core/citations/english/text/sentence';

describe('the English sentence reader, each rule with its stops', () => {
  const text = 'It was amended; see below. The court held that Article 5 applies! Then p. 3 of it.\nNext line';
  const at = (s: string) => text.indexOf(s);
  const p = at('Article 5');
  const end = p + 'Article 5'.length;
  const cases: [string, RegExp, RegExp | null, number, number][] = [
    // [whose stops, opening stop, closing stop (null: the rule reads none), start, end]
    ['a draft\'s sentence (a stop and the spaces after it)', /[.;!?][ \t]+/g, /[.;!?][ \t]+/, at('The court'), at('! Then')],
    ['the reader\'s sentence (a stop before a space, kept; a line break)', /\n|[.!?](?= )/g, /[.!?](?:\s|$)|\n/, at(' The court'), at('! Then')],
    ['an amendment\'s sentence (a stop, nothing after it needed)', /[.!?;\n]/g, /[.!?;\n]/, at(' The court'), at('! Then')],
    ['an enacting formula\'s sentence (a full stop or a colon, not "!")', /\.(?= )|\n|。/g, /[.。:：](?:\s|$)|\n/, at(' The court'), at('. 3')],
    ['the sentence before pasted articles (a stop before a space, or 。)', /[.?!](?= )|。/g, null, at(' The court'), -1],
    ['a sentence dating a text (a stop, spaces and a capital; a line break)', /\n|[.!?]["”’)]?[ \t]+(?=[A-Z])/g, null, at('The court'), -1],
  ];
  for (const [what, open, close, start, stop] of cases) {
    it(what, () => {
      assert.strictEqual(sentenceOpen(text, 0, p, open), start);
      if (close) assert.strictEqual(sentenceClose(text, end, end + 300, close), stop);
    });
  }

  it('reads its span alone: no stop in it, the span\'s ends', () => {
    assert.strictEqual(sentenceOpen(text, at('court'), p, /[.!?;\n]/g), at('court'));
    assert.strictEqual(sentenceClose(text, end, end + 4, /[.!?;\n]/), end + 4);
    assert.strictEqual(sentenceClose(text, at('Next'), at('Next') + 300, /[.!?;\n]/), text.length);
  });

  it('sees nothing past the span: a stop at its end with the space outside it', () => {
    const q = at(' The court');
    assert.strictEqual(sentenceOpen(text, 0, q, /[.!?](?= )/g), 0);
    assert.strictEqual(sentenceOpen(text, 0, q + 1, /[.!?](?= )/g), q);
    // "$" is the span's end: a full stop closing the span closes the sentence there.
    assert.strictEqual(sentenceClose(text, at('below'), at('below') + 6, /[.!?](?:\s|$)/), at('. The'));
  });
});
