// Rule (issue 14, fix-en80; heldout51 English p17, a fire-safety page: 'according to the "Fire Law" Article 25'; memos'
// "the Fire Law Article 25 requires …", "Under the Fire Law, Article 26 applies"): a law's name written right before
// an article, capitalised, is the law that article is of — whether or not the tables know the name. A known name is
// read so already (english.ts titleBefore); a name no table knows used to leave the article bare, and the law named
// earlier on the page claimed it (the Civil Code's Article 25). The name now takes its article: the law it names when
// the lookup finds one (englishOneWordShort.ts: the Fire Law is the Fire Protection Law), else an unknown regulation,
// never the law in context. The name: capitalised words ending in Law or Code, glued to the article by a space; or
// set off by a comma after a word that introduces a law (Under / According to / Pursuant to / In accordance with /
// Per), the article opening the clause. Words that open a sentence or say whose law it is (The, Under, China's …) are
// no part of the name; a name of only such words, or of words that say which version (the New Law, the Draft Law), is
// none (a defined "New Law" is read as defined, english.ts).
import { lawLikeEnglishTitle } from './englishLawLikeTitle';

/** Capitalised words, one to five, then Law or Code, ending where the article's label starts. */
const NAME_BEFORE = /(?:^|[^A-Za-z'’\-])((?:[A-Z][A-Za-z'’\-]*[ \t]+){1,5}(?:Law|Code))$/;

/** Words before a name that open a sentence or say whose law it is. */
const LEAD = /^(?:(?:The|Under|According|Pursuant|Per|See|In|By|As|With|And|Also|Both|Whereas|While|If|When|Where|Since|China|China['’]s|Chinese|PRC|PRC['’]s)[ \t]+)+/;

/** Words that say which text, not which law ("the New Law", "the Draft Law", "this Law"). */
const NOT_A_NAME = /^(?:New|Old|Current|Existing|Revised|Amended|Former|Original|Previous|Draft|This|That|Said|Such|Same|Relevant|Applicable|Above|Present|Our|Its|Their|Special|General|Basic|Common|Civil|Model|Case|Soft|Hard)$/;

/** Words naming a part of a text, which a title-case heading has and a law's name does not. */
const UNIT_WORD = /^(?:Chapter|Section|Part|Book|Title|Article|Paragraph|Item|Clause|Of)$/;

/** "Under the <name>, ", "according to the <name>, ": the introducing words a comma between name and article needs. */
const INTRODUCED = /(?:^|[^A-Za-z])(?:[Uu]nder|[Aa]ccording[ \t]+to|[Pp]ursuant[ \t]+to|[Ii]n[ \t]+accordance[ \t]+with|[Pp]er)[ \t]+(?:the[ \t]+)?$/;

/**
 * The capitalised law's name ending at `end` (before the article's label; after a comma only when introduced and not a
 * known name, `knownEndsAt` saying where one ends: the rule above): where it starts and the name, or null.
 */
export function unknownTitleBefore(text: string, end: number, knownEndsAt: (end: number) => boolean): { start: number; title: string } | null {
  let nameEnd = end;
  const comma = text[end - 1] === ',';
  if (comma) nameEnd--;
  // A known name before the comma is the law in context already, the article bare as written ("Under the Labor Law,
  // Article 44 …").
  if (comma && knownEndsAt(nameEnd)) return null;
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, nameEnd - 90), nameEnd));
  if (!m) return null;
  let name = m[1];
  let start = nameEnd - name.length;
  const lead = LEAD.exec(name);
  if (lead) {
    name = name.slice(lead[0].length);
    start += lead[0].length;
  }
  const words = name.split(/[ \t]+/).slice(0, -1);
  // A heading in title case ("Chapter Two Of Book Three Law Article 33") is no law's name.
  if (!words.length || words.every((w) => NOT_A_NAME.test(w)) || words.some((w) => UNIT_WORD.test(w)) || !lawLikeEnglishTitle(name)) return null;
  if (comma && !INTRODUCED.test(text.slice(Math.max(0, start - 40), start))) return null;
  return { start, title: name };
}
