// Rule (issue 14, zh14; Q&A and 普法 pages answering a question and then printing the rule they rest on: 法律依据：《某某
// 解释》。⏎第一条 …前款…⏎第二条 …前条…, or on one line, 法律依据：《某某解释》。第三条 “…本解释第二条第一款…”): the articles
// printed right under the basis line are that regulation's text, not the page's own — its 本解释, 前款, 前条 and a bare
// 第X款 there are the named regulation's, as in the regulation itself. Only a title after a label naming it the basis
// (法律依据, 依据, 相关法条, 法条) that ends the line (or is followed at once by the first article's label): a title alone
// above the articles is a draft's or a text's own name, a title in a sentence above names no text printed below.

/** The basis line's end right before the first article label: label, title in 《》, a full stop or colon, the line break. */
const BASIS_BEFORE = /(?:^|\n)[ \t\u3000]*(?:【)?(?:法律依据|法律依據|依据|依據|相关法条|相關法條|相关法律|相關法律|法条|法條)(?:】)?[ \t\u3000]*[：:]?[ \t\u3000]*《([^《》\n]{2,80})》[ \t\u3000]*[。．：:]?[ \t\u3000\r]*\n?[ \t\u3000]*$/;

// Rule (issue 14, heldout15 gov; articles and Q&A pages printing a judicial interpretation or a rule under its name:
// （一）2013年4月2日最高人民法院、最高人民检察院《关于办理某类刑事案件适用法律若干问题的解释》（自…起施行），就办理…的若干
// 问题解释如下：⏎第一条 …前款…⏎第二条 …本解释第一条…): the line names the text (its issuer and date before it, no verb
// of the writer's), and goes on with that text's own announcing words — the kind of text its title ends with, then 如下：
// (解释如下：, 规定如下：) — which the text itself opens its articles with. The articles printed under it are that text's:
// its 本解释, 前款 and a bare 第X款 there are its own. A draft's own lead-in cites the law it rests on (根据《某某法》…，
// 规定如下：) or announces a different kind (特作如下规定：, 作如下决定：): its articles stay its own.
const ANNOUNCED_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?[ \t\u3000]*(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?[，,]?)?(?:[\u4e00-\u9fff、]{2,40}?(?:人民法院|人民检察院|国务院|委员会|部|总局|署|办公厅))?《([^《》\n]{2,80}?(解释|规定|办法|细则|规则|意见))》(?:[（(][^（）()\n]{1,40}[)）])?[，,]?[^。；;《》\n]{0,60}?(解释|规定|办法|细则|规则|意见)如下[：:][ \t\u3000\r]*(?:\n[ \t\u3000\r]*)*$/;

// Rule (issue 14, heldout19 court; articles and Q&A pages setting out the provisions a point rests on under a heading
// line of their own: 三、《某某解释》相关条文：⏎第一条 …⏎…在前款规定的…⏎第六条 …本解释第二条…): a line holding the title
// alone — a list number before it — and then 有关条文, 相关条文, 部分条文 or 主要条文 (的 before, 如下 after, a colon or
// not) heads the articles printed under it as a basis line does (the scanner's TITLE_ANNOUNCES_TEXT reads the same words
// where the page has no article structure of its own). A title in a sentence (…依照《某某法》有关条文处理。) is no such line.
const TEXT_OF_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．])?[ \t\u3000]*《([^《》\n]{2,80})》[ \t\u3000]*的?(?:相关|有关|部分|主要)条文(?:如下)?[ \t\u3000]*[：:]?[ \t\u3000\r]*(?:\n[ \t\u3000\r]*)*$/;

/** The title whose text the articles from `firstLabel` on print (the words inside its 《》) and where its 《 stands, or null. */
export function basisTitleAbove(text: string, firstLabel: number): { title: string; start: number } | null {
  const from = Math.max(0, firstLabel - 240);
  const before = text.slice(from, firstLabel);
  const near = before.slice(-120);
  const m = BASIS_BEFORE.exec(near);
  if (m) return { title: m[1], start: firstLabel - near.length + m.index + m[0].indexOf('《') };
  const t = TEXT_OF_BEFORE.exec(before);
  if (t) return { title: t[1], start: from + t.index + t[0].indexOf('《') };
  const a = ANNOUNCED_BEFORE.exec(before);
  return a && a[2] === a[3] ? { title: a[1], start: from + a.index + a[0].indexOf('《') } : null;
}
