/**
 * The fixed words of a court text's title (最高人民法院、最高人民检察院关于审理某类纠纷案件适用法律若干问题的解释), as RegExp
 * pieces: who issues it, the verb before the kind of case it is about, the words closing that kind, and the fields a
 * kind of case is of. One definition for every reader that strips them to find the words a writer names such a text
 * by (subjectCoreName.ts, kindTailDropped.ts, generalSubjectName.ts), finds its kind of case (joinedCaseKind.ts, titles.ts
 * subjectInterpretation) or reads the title written without 《》 or with its law lost (bareInterpretation.ts, lostLawName.ts).
 */

/** One supreme organ issuing a court text: 最高人民法院 or 最高人民检察院. */
export const COURT_ISSUER = '最高人民(?:法院|检察院)';

/** The supreme organs issuing a court text, one or both: 最高人民法院, 最高人民检察院, 最高人民法院、最高人民检察院. */
export const COURT_ISSUERS = `${COURT_ISSUER}(?:、${COURT_ISSUER})?`;

/** The verb opening the kind of case a title is about: 审理 (the courts') or 办理 (with the procuratorates'). */
export const CASE_VERB = '(?:审理|办理)';

/** The words closing a kind of case: 案件, or 纠纷案件 (审理民间借贷案件, 审理建设工程施工合同纠纷案件). */
export const CASE_CLOSE = '(?:纠纷)?案件';

/** The fields a kind of case is of (民事 / 刑事 / 行政 案件), as alternatives. */
export const CASE_FIELDS = '民事|刑事|行政';
