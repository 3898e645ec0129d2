// Rule (issue 14, zh13; procurement complaint decisions, penalty decisions, lawyers' notes): a ministry's rules are
// often cited by the number of the order that issued them, not by their title — 财政部令87号第五十四条, 违反某部令第99号
// 第三十一条, 财政部87号令第十七条. The order number right before the article names that regulation; the corpus does not
// know regulations by order number, so the article is that unknown regulation's (unknown-regulation), never a bare
// article of whatever law was cited before, nor no-context. Only an issuer ending as organs' names end (…部, …委员会,
// …总局, …局, …署, …银行, 国务院, …办公厅) right before 令第N号 / 令N号 / N号令, with nothing between it and 第: a 文号 in
// brackets after a title (《…办法》（某部令第55号）第五条) is the title's, and 国务院令第466号 alone cites no article.
const ORDER = /(?:[\u4e00-\u9fff]{0,12}(?:部|委员会|总局|局|署|银行|国务院|办公厅))(?:令第?[0-9０-９]{1,4}号|令第?[一二三四五六七八九十百零〇]{1,7}号|第?[0-9０-９]{1,4}号令)[ \u3000]*$/;
// Words a writer puts before the issuer's name (违反财政部令…, 根据某部令…): not the issuer's.
const LEAD = /^.*(?:违反|依据|根据|按照|依照|参照|适用|执行|对照|及|和|与|或|、)/;

/** The order number (with its issuer) ending right before `p`, where 第 starts: its start and the words, or null. */
export function orderNumberBefore(text: string, p: number): { start: number; written: string } | null {
  const before = text.slice(Math.max(0, p - 24), p);
  // Every form has 令 (a cheap test first: this runs before every 第 of a long draft).
  if (!before.includes('令')) return null;
  const m = ORDER.exec(before);
  if (!m) return null;
  const lead = LEAD.exec(m[0]);
  const cut = lead ? lead[0].length : 0;
  const written = m[0].slice(cut).trim();
  if (!/^[\u4e00-\u9fff]{2}/.test(written)) return null;
  return { start: p - m[0].length + cut, written };
}
