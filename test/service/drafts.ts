// Inline drafts shared by the per-feature service tests.

/** A draft regulation whose article labels are glued to their text (no space after 第N条). */
export const GLUED = [
  '测试办法（草案）',
  '',
  '第一条为了规范测试工作，制定本办法。',
  '第二条本办法所称测试，是指按照规定进行的检验。',
  '第三条违反本办法第二条规定的，依法处理。',
  '',
].join('\n');

/** A draft regulation with items printed inside the article's line, cited elsewhere. */
export const INLINE_ITEMS = [
  '示范办法',
  '',
  '第一条 为了规范业主大会，制定本办法。',
  '第四条 业主大会决定下列事项：（一）甲；（二）乙；（三）丙。',
  '第五条 违反本办法第四条第（二）项规定的，责令改正。',
  '',
].join('\n');

/** A draft regulation with chapters and multi-line articles. */
export const CHAPTERED = [
  '测试条例（草案）',
  '',
  '第一章 总则',
  '',
  '第一条 为了测试，制定本条例。',
  '',
  '第二条 本条例适用于测试。',
  '',
  '有关部门应当配合。',
  '',
  '第二章 附则',
  '',
  '第三条 本条例自公布之日起施行。',
  '',
].join('\n');
