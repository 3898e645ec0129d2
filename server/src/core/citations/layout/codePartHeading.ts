// Rule (issue 14, fix-zh61; heldout40-court: a commentary on the Civil Code titling each entry by its article, the
// code's part in 《》 and a dash with what the article is about —
//   第一千一百五十六條《中華人民共和國民法典繼承編-遺產的處理》—遺產分割的規則和方法。 ⏎ 第一款:… ⏎ 理解與適用: ⏎ 本條是關于…):
// a label at a line's start glued to a title naming a code and one of its parts (…民法典继承编, 民法典·婚姻家庭编, a 分编 or
// 章 of a law) and then a dash is the entry's heading, as 第二十条-关于正当防卫的规定 is (scanner.ts articleHeadingAt): a
// writer citing an article names its law first (《民法典》第1156条, 《民法典》继承编第1156条), never after the label. The
// entry is that article of the code named, so the page's 本条 below is it, the last entry above it (analyze.ts codePartEntry;
// printedAtTop for the entry opening the page, as a commentary's opening article is read), as the 本条
// under a citation labelling the text below it is (fullTextBelow.ts). A title naming no part, or no dash after it
// (第五条《…总则编》的规定…), is the writer's sentence and decides nothing here.

/** 《a code's or law's title, a part of it (编, 分编, 章) and its caption》 and a dash after it; group 1 the law's name. */
const PART_TITLE = /^《((?:中华人民共和国)?[\u4e00-\u9fff]{1,20}?法典?)[·•・ \u3000\-－—–]*(?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{1,8}?(?:分编|编|章)(?:[ \u3000\-－—–·•・:：]*[^《》\n]{0,30})?》[ \t\u3000]*[-－—–]{1,2}/;

/** The name of the law whose part the title glued after the label ending at `labelEnd` names (the rule above), or null. */
export function codePartAfter(text: string, labelEnd: number): string | null {
  const m = PART_TITLE.exec(text.slice(labelEnd, labelEnd + 80));
  return m ? m[1] : null;
}

/** How far above a 本条 its entry's heading may stand (a commentary entry's notes). */
const ENTRY_REACH = 6000;
/** A label opening its line right before 《 or a dash (where codePartAfter or dashAboutAfter may read an entry's heading). */
const LABEL_BEFORE_TITLE = /(?:^|\n)[ \t\u3000]*(第[一二三四五六七八九十百千零〇两0-9]+条(?:之[一二三四五六七八九十]+)?)(?=《|[ \u3000]*[-－—–])/g;
/** A dash (one or two) and 关于 after a label: 第二十五条-关于动物防疫条件审查制度的规定, 第十条——关于…的说明. */
const DASH_ABOUT = /^[ \u3000]*[-－—–]{1,2}[ \u3000]*关于/;

// Rule (commentaries and study pages titling each entry by the article and what it is about: 第二十五条-关于动物防疫条件
// 审查制度的规定, 第十条——关于…的说明): a label at a line's start, a dash, then 关于 is that entry's heading (scanner.ts
// articleHeadingAt); a writer citing an article goes on with 规定 / 的 (第二十五条关于…的规定 stays a citation), and
// 第五条-第八条 is a range. It names no law: the entry is that article of the law printed under it or of the page's
// (analyze.ts codePartEntry), and on a page of several entries the 本条 in an entry's notes is its own entry's article
// (fix-zh62), as under the part titles above.

/** Whether a dash and 关于 follow the label ending at `labelEnd` (the rule above). */
export function dashAboutAfter(text: string, labelEnd: number): boolean {
  return DASH_ABOUT.test(text.substr(labelEnd, 8));
}

/**
 * The last entry heading (the rules above) before `offset` on a page of several entries: where its label starts and
 * ends, and the law's name its part title gives (null under a dash heading, which names none). A 本条 under the second
 * entry is the second entry's article.
 */
export function codePartEntryBefore(text: string, offset: number): { start: number; end: number; law: string | null } | null {
  const from = Math.max(0, offset - ENTRY_REACH);
  const slice = text.slice(from, offset);
  let found: { start: number; end: number; law: string | null } | null = null;
  LABEL_BEFORE_TITLE.lastIndex = 0;
  for (let m = LABEL_BEFORE_TITLE.exec(slice); m; m = LABEL_BEFORE_TITLE.exec(slice)) {
    const end = from + m.index + m[0].length;
    const law = text.charCodeAt(end) === 0x300a ? codePartAfter(text, end) : null;
    if (law || dashAboutAfter(text, end)) found = { start: end - m[1].length, end, law };
  }
  return found;
}
