// Pinyin glosses inside a title: some sites print the reading of a character after it in brackets (a ruby annotation
// flattened into the text: 《中華人民共和國(guó)食品安全法》第34條, 《中華人民共和國(guó)水污染防治法》第九條), and a page
// copied from them keeps the gloss. A reader skips it; so does the title key. Only a bracket holding one syllable of
// lower-case Latin letters with a tone mark (guó, chēng, shì), right after a Chinese character, is a gloss: (试行),
// (2019年修正), (一), (A) and (PRC) are left as they are.

/** One syllable with at least one tone-marked vowel, in ASCII or full-width brackets, after a Chinese character. */
export const GLOSS = /(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;

/** The title with its pinyin glosses left out (unchanged when it has none). */
export function withoutPinyinGlosses(title: string): string {
  return title.replace(GLOSS, '');
}
