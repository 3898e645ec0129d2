// The set of bare-citable titles (titleEndings.ts) against the obvious rule it implements: at an offset, the
// longest title ending there (a short name only where the boundary allows it); and normalizeTitle's fast path.
import * as assert from 'assert';
import { TitleEndings } from '../../../server/src/core/citations/titles/titleEndings';
import { TitleIndex } from '../../../server/src/core/citations/titles/titles';
import { findBundledCorpus, loadCorpus } from '../../../server/src/core/corpus/index';
import { NFKC_STABLE, normalizeTitle } from '../../../server/src/core/corpus/titles';

/** The rule, by brute force over every title. */
function longestEnding(titles: [string, boolean][], text: string, end: number, shortNames: boolean, boundary: (i: number) => boolean): number {
  let best = -1;
  for (const [t, short] of titles) {
    const start = end - t.length;
    if (start < 0 || !text.startsWith(t, start) || (best !== -1 && start >= best)) continue;
    if (!short || (shortNames && boundary(start))) best = start;
  }
  return best;
}

describe('bare titles by their ending (TitleEndings)', () => {
  const titles: [string, boolean][] = [
    ['中华人民共和国刑法', false],
    ['刑法', true],
    ['民法典', true],
    ['中华人民共和国民法典', false],
    ['民诉法解释', true],
    ['最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释', false],
    ['条例', false],
    ['促进条例', true],
    ['安全稳定屏障促进条例', false],
    ['甲', true],
    ['乙', false],
    ['乙', true], // a title that is also a short name stays a full title
  ];
  const set = new TitleEndings();
  for (const [t, short] of titles) set.add(t, short);

  it('finds the longest title ending at each offset, short names only where the boundary allows', () => {
    const text = '依照中华人民共和国刑法第二十条、刑法第二条和民诉法解释，筑牢祖国北疆安全稳定屏障促进条例与促进条例；甲乙民法典。';
    for (const shortNames of [false, true]) {
      for (const boundaryAt of [() => true, () => false, (i: number) => i % 2 === 0]) {
        for (let end = 0; end <= text.length; end++) {
          assert.strictEqual(
            set.matchEnding(text, end, shortNames, boundaryAt),
            longestEnding(titles, text, end, shortNames, boundaryAt),
            `end ${end} (${text.slice(0, end)}), shortNames ${shortNames}`,
          );
        }
      }
    }
    assert.strictEqual(set.matchEnding('依照中华人民共和国刑法第二十条', 11, false, () => true), 2, '中华人民共和国刑法 rather than 刑法');
    assert.strictEqual(set.matchEnding('乙', 1, false, () => false), 0);
    assert.strictEqual(set.matchEnding('甲', 1, false, () => true), -1);
    assert.strictEqual(set.matchEnding('', 0, true, () => true), -1);
  });

  it('gives the same answers when titles are added after a match (each list is sorted again when it grew)', () => {
    const text = '依照中华人民共和国刑法第二十条、刑法第二条和民诉法解释，筑牢祖国北疆安全稳定屏障促进条例与促进条例；甲乙民法典。';
    const grown = new TitleEndings();
    const added: [string, boolean][] = [];
    // Shortest first, so that every later title must go before those already in its list.
    for (const [t, short] of [...titles].sort((a, b) => a[0].length - b[0].length)) {
      grown.add(t, short);
      added.push([t, short]);
      for (let end = 0; end <= text.length; end++) {
        assert.strictEqual(grown.matchEnding(text, end, true, () => true), longestEnding(added, text, end, true, () => true), `${t}: end ${end}`);
      }
    }
  });

  it('agrees with the rule over every title of the bundled corpus, in running text', function () {
    this.timeout(60000);
    const dir = findBundledCorpus();
    if (!dir) this.skip();
    const corpus = loadCorpus({ bundled: true, bundledDir: dir! });
    const all: [string, boolean][] = [];
    for (const law of corpus.laws.values()) {
      const t = law.title.replace(/\s+/g, '');
      all.push([t, false]);
      const short = t.replace(/^中华人民共和国/, '');
      if (short !== t && short.length >= 2) all.push([short, true]);
    }
    const endings = new TitleEndings();
    for (const [t, short] of all) endings.add(t, short);
    // Running text made of titles, pieces of titles and other words.
    const pieces = all.filter((_, i) => i % 7 === 0).map(([t], i) => (i % 3 === 0 ? t.slice(1) : i % 3 === 1 ? `根据${t}第${i}条` : t));
    const text = pieces.join('，');
    const boundary = (i: number) => i === 0 || /[，据]/.test(text[i - 1]);
    const ends = new Set(all.map(([t]) => t[t.length - 1]));
    let checked = 0;
    for (let end = 1; end <= text.length; end++) {
      if (!ends.has(text[end - 1])) continue;
      checked++;
      assert.strictEqual(endings.matchEnding(text, end, true, boundary), longestEnding(all, text, end, true, boundary), `at ${end}`);
      assert.strictEqual(endings.matchEnding(text, end, false, boundary), longestEnding(all, text, end, false, boundary), `at ${end}`);
    }
    assert.ok(checked > 100);
  });
});

describe('normalizeTitle skips NFKC only where NFKC changes nothing', () => {
  it('every character its fast path admits is its own NFKC form', () => {
    const admitted: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (NFKC_STABLE.test(String.fromCharCode(c))) admitted.push(c);
    assert.ok(admitted.length > 20000 && admitted.includes(0x41) && admitted.includes(0x5211));
    assert.deepStrictEqual(admitted.filter((c) => String.fromCharCode(c).normalize('NFKC') !== String.fromCharCode(c)), []);
  });

  it('gives what NFKC would for titles on both paths', () => {
    const slow = (t: string) => {
      const nfkc = t.normalize('NFKC');
      let s = nfkc.replace(/[\s\u3000《》〈〉<>“”"'‘’「」]/g, '');
      if (/^[\x00-\x7f]*$/.test(s)) s = nfkc.toLowerCase().replace(/^\s*the\s+/, '').replace(/[\s"'“”‘’<>]/g, '');
      return s;
    };
    for (const t of ['中华人民共和国刑法', '最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释', '公司法解释（二）', '《民法典》', '﹤刑法﹥', 'ＡＢＣ法', 'The Civil Code', "Civil Code of the People's Republic of China", 'Civil Code of the People’s Republic of China', 'PRC  Company Law', '中华人民共和国Law', '', '、']) {
      assert.strictEqual(normalizeTitle(t), slow(t), t);
    }
  });
});

describe('title index: parts made on first use', () => {
  it('gives the same answers whether prepared ahead or made on first use', function () {
    this.timeout(60000);
    const dir = findBundledCorpus();
    if (!dir) this.skip();
    const corpus = loadCorpus({ bundled: true, bundledDir: dir! });
    const lazy = new TitleIndex(corpus);
    const prepared = new TitleIndex(corpus);
    prepared.prepare();
    const ask = (ix: TitleIndex) => ({
      english: [...ix.englishTitles],
      cited: [...(ix.citedEnglishTitles ?? [])],
      civil: ix.lookup('the Civil Code').laws.map((l) => l.title),
      suffix: ix.lookup('关于审理劳动争议案件适用法律问题的解释（一）').laws.map((l) => l.title),
      nearMiss: ix.lookup('中华人民共和国刑发').suggestions,
      search: ix.search('民法', 5).map((l) => l.title),
    });
    const a = ask(lazy);
    assert.ok(a.english.length > 100 && a.civil.length === 1 && a.nearMiss.includes('中华人民共和国刑法'), JSON.stringify(a).slice(0, 300));
    assert.deepStrictEqual(ask(prepared), a);
  });
});
