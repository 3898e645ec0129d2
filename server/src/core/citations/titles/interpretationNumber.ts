// Rule (issue 14 form 11, heldout31 court; appeal briefs and articles citing a court interpretation by its 文号:
// 《最高人民法院关于某类诉讼证据的若干规定》（法释〔2001〕12号）第二十条规定：“…”): the 法释 number in brackets right
// after the title names the text that number issued — the year in it is that text's. The number is also how writers
// keep naming an interpretation after it was amended (its first number), applying the text in force, so the number
// alone does not move the citation: only where the words quoted after it are not the held article's (the quote
// mismatch the analyzer finds) and the corpus holds no text of that year is the text cited one the corpus lacks —
// unknown-regulation, as an explicit year is (namedVersion.ts). A number of the held text (法释〔2020〕17号 for the texts
// amended that year) leaves it resolved; a 以下简称 or another document's number (公告, 法发) names no version.

// Rule (issue 14, fix-zh50, heldout36-court; papers comparing an interpretation's texts: 《关于审理证券市场因虚假陈述引发
// 的民事赔偿案件的若干规定》【法释[2003]2号】(以下简称《2003版若干规定》)): the number may stand in 【】 as in （）, and a
// 以下简称 bracket after it gives the title its short name as right after the title — the number is a note on the title,
// not a clause of its own (scan/scanner.ts reads the definition past it).
/** 法释〔2001〕33号, 法释[2001]33号, 法释(2020)17号, 【法释[2003]2号】, 高检发释字〔2019〕4号 alone in brackets at `q`: the year. */
const NUMBER_NOTE = /(?:[（(][ \u3000]*(?:法释|高检发释字)[ \u3000]*[〔\[［【(（]([12][09][0-9]{2})[〕\]］】)）][ \u3000]*[0-9]{1,3}[ \u3000]*号[ \u3000]*[)）]|【[ \u3000]*(?:法释|高检发释字)[ \u3000]*[〔\[［(（]([12][09][0-9]{2})[〕\]］)）][ \u3000]*[0-9]{1,3}[ \u3000]*号[ \u3000]*】)/y;

/** The year of an interpretation's 文号 written alone in brackets right at `q` (after its title), or null. */
export function interpretationNumberYear(text: string, q: number): number | null {
  return interpretationNumberAt(text, q)?.year ?? null;
}

/** The 文号 note in brackets right at `q` (after a title): its year and where it ends; null when none stands there. */
export function interpretationNumberAt(text: string, q: number): { year: number; end: number } | null {
  NUMBER_NOTE.lastIndex = q;
  const m = NUMBER_NOTE.exec(text);
  return m ? { year: +(m[1] ?? m[2]), end: NUMBER_NOTE.lastIndex } : null;
}
