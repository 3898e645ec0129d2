// Rule (issue 14, fix-zh43, heldout35 court; a history of an article through a law's texts: 1993年发布的《消法》第49条首次
// 引入惩罚性赔偿制度，该条款后于2013年1月修改为第55条): after an article cited in an earlier text of a law (a version the
// corpus lacks), a bare article right after 修改为 / 修订为 / 修正为 / 调整为 / 改为 names the article the provision became
// — in the text of the amendment whose year the clause names (2013年…修改为第55条: the 2013 text), or, with no year, in
// the law as read without a version (its text in force). Only after such a verb ending right before the article, and
// only where the article would otherwise be read in the unheld earlier text (analyze.ts): an article in a text the corpus
// holds is read as before.

/** The verb of renumbering right before an article, and a year in the same clause before it (group 1). */
const RENUMBERED = /(?:((?:19|20)[0-9]{2})[ \u3000]*年[^，。；;,\n]{0,16}?)?(?:修改|修订|修正|调整|改)(?:为|成)[ \u3000]*$/;

/**
 * Whether the article at `start` follows a verb of renumbering (修改为第55条): the year of the amendment its clause names,
 * or null for none named; undefined when no such verb stands there.
 */
export function renumberedInto(text: string, start: number): number | null | undefined {
  const m = RENUMBERED.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return undefined;
  return m[1] ? +m[1] : null;
}
