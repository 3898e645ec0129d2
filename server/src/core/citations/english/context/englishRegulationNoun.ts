// "Article 4 of the Regulation" after "Article 3 of the Regulations on Paid Annual Leave for Employees" (rule, issue 14,
// English memos and tax notes): writers name a State Council regulation (条例), translated "Regulations on …", by its
// kind in the singular, as 该条例 does — the regulation (条例) the page cited last. Not on a page where another state's or
// the EU's regulation is in play ("the GDPR", "Regulation (EU) 2016/679", "the EU Regulation"): "the Regulation" may
// then be that one. A short name the page defines as "Regulation" is that definition (names/englishTitleAt.ts definedAt).

/** Pages naming a regulation of the EU or of another state (memos comparing PIPL with the GDPR). */
const FOREIGN_REGULATION = /\bGDPR\b|\bEU\b|\bEuropean\b|\((?:EU|EC|EEC)\)|\bRegulation[ \t]+(?:No\.?[ \t]*)?\d{1,4}\/\d{2,4}/;

/** Whether `title`, read after "of the", is the kind noun "Regulation" standing for the 条例 cited last on this page. */
export function regulationNounAt(text: string, title: string, defined: ReadonlySet<string>): boolean {
  return title === 'Regulation' && !defined.has('Regulation') && !FOREIGN_REGULATION.test(text);
}
