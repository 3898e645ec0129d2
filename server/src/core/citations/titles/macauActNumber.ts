// Rule (issue 14, real-zh16; Macau dispatches, judgments and notices: 根據經第30/89/M號法令修改之第122/84/M號法令第十五條的
// 規定, 第9/2013號法律第三條, 第12/2023號行政法規第五條): Macau names its acts by number and year — 第N/YY/M號法令 (a
// decree-law of the Portuguese administration), 第N/YYYY號法律, …號行政法規, …號行政長官批示. Such a number right before
// 第X條 names the act whose article it is; the corpus holds no Macau act, so the article is that unknown act's
// (unknown-regulation) — never the Basic Law's article cited just before, nor a bare article of another law.
// Rule (issue 14, heldout31-gov, fix-tw18; Macau gazette dispatches: 解除第27/2020號行政長官批示第一款(一)項所採取的措施,
// 註:第151/2020號行政長官批示第一款:…, 第109/2014號行政命令第五款): a Macau dispatch (批示) or executive order is set out in
// numbered 款 (一、二、…) with items (一)(二), not in articles (a secretary's dispatch too: 經濟財政司司長批示, up to eight words), and its writers cite its 款 right after its number, no 條.
// Such a 款 (and its items) is the act's: unknown-regulation, as its article would be — never a bare 款 left unread.
const MACAU_ACT = /第[0-9０-９]{1,4}\/[0-9０-９]{2,4}(?:\/M)?号(?:法令|法律|行政法规|行政命令|训令|[\u4e00-\u9fff]{0,8}批示)[ \u3000]*$/;

/** The Macau act's number and kind ending right before `p`, where 第 starts: its start and words, or null. */
export function macauActBefore(text: string, p: number): { start: number; written: string } | null {
  const before = text.slice(Math.max(0, p - 30), p);
  if (!before.includes('/')) return null;
  const m = MACAU_ACT.exec(before);
  if (!m) return null;
  return { start: p - m[0].length, written: m[0].trim() };
}
