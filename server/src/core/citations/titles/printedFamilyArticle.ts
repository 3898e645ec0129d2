// Rule (issue 14, heldout37-court p20; lawyers' Q&A pages: 《最高人民法院建设工程施工合同司法解释》第二十六条 … 一、《最高人民
// 法院建设工程施工合同司法解释》第26条全文如下: ⏎ 1、实际施工人以转包人、违法分包人为被告起诉的…): an informal name of a
// court interpretation — its issuer, the kind of case, 司法解释 — fits every interpretation of that kind (the 2004
// 解释, 解释（一）, 解释（二）), and names none of them alone. When the page prints the words of the article it cites
// under that name (第X条全文如下：, 第X条规定： and the paragraphs below, their numbering 1、 （一） left out), the
// one interpretation whose article of that number opens with those words is the one meant — as a 法释 number picks a
// text. A long run of words is needed (interpretations repeat each other's words), or the whole article; two
// candidates that both fit, or none, leave the name as it was, and so does a page that prints no words.
import type { CorpusLike, Law } from '../../corpus/index';
import { parseNumeral } from '../../numerals';
import { wordsOf } from '../text';

/** The fewest words the printed text must share with the article's opening (or all of them, when it is shorter). */
const RUN = 24;
/** How many of the printed characters are read. */
const READ = 400;

/** Item numbering opening a printed paragraph (1、 2. （一） 一、), which the corpus text has not. */
const NUMBERING = /^[ \t\u3000]*(?:[0-9０-９]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/gm;

/** The words printed after `name` 第N条 … ： at each place the page writes so, with N. */
function printedUnder(text: string, name: string): { article: number; words: string }[] {
  const out: { article: number; words: string }[] = [];
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${esc}》?第([0-9０-９]{1,3}|[一二三四五六七八九十百]{1,6})条(?:全文|原文|内容)?(?:如下|规定)?[ \\t\\u3000]*[：:]`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = parseNumeral(m[1]);
    if (n === null) continue;
    const words = wordsOf(text.slice(re.lastIndex, re.lastIndex + READ).replace(NUMBERING, ''));
    if (words.length) out.push({ article: n, words });
  }
  return out;
}

/**
 * The one of `family` (the interpretations the informal `name` fits) whose article the page prints under that name
 * (printedUnder), else null — none or several fitting.
 */
export function printedFamilyMember(text: string, name: string, family: readonly Law[], corpus: CorpusLike): Law | null {
  if (family.length < 2) return null;
  let found: Law | null = null;
  for (const { article, words } of printedUnder(text, name)) {
    for (const law of family) {
      const fits = law.versions.some((v) => {
        const a = corpus.article(v, article, null);
        if (!a) return false;
        const own = wordsOf(a.paragraphs.map((p) => p.text).join('') || a.text);
        let run = 0;
        while (run < own.length && own[run] === words[run]) run++;
        return run >= Math.min(RUN, own.length) && own.length > 0;
      });
      if (!fits) continue;
      if (found && found !== law) return null;
      found = law;
    }
  }
  return found;
}
