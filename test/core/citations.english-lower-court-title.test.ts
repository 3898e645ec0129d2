// Forms from English pages of the twenty-eighth round (fix-en82: heldout52 English — machine-translated theses naming a
// court interpretation by its whole title in lower case, "ofthe" glued by extraction): made-up text in the real style
// against the bundled corpus (laws named short: 民法典179 is the Civil Code's article 179).
import { bundledShortTable as table } from './citations/helpers';

const CONSTRUCTION = '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释';

// "Article 43 of the interpretation of the Supreme People's Court on the application of law in the trial of …": a court
// interpretation's title typed in lower case (englishLowerCourtTitle.ts), read by the kind of case it names
// (englishCaseKind.ts), its series number kept; a lower-case phrase with neither the court nor a trial is no title.
table('citation table: a court interpretation\'s title in lower case (fix-en82)', [
  ['the court named, the series number after the title, a relative clause after it',
    'Article 43 of the interpretation of the Supreme People\'s Court on the application of law in the trial of disputes over construction contracts of construction projects (I), which came into force on January 1, 2021, stipulates that the actual constructor may sue.',
    [['Article 43 of the interpretation of the Supreme People\'s Court on the application of law in the trial of disputes over construction contracts of construction projects (I)', 'resolved', `${CONSTRUCTION}（一）43`]]],
  ['no number: the interpretation of that kind without one (the 2004 text)',
    'According to Article 26 of the interpretation of the Supreme People’s Court on the application of law in the trial of disputes over construction contracts of construction projects (now repealed), the actual constructor may sue the employer.',
    [['Article 26 of the interpretation of the Supreme People’s Court on the application of law in the trial of disputes over construction contracts of construction projects', 'resolved', `${CONSTRUCTION}26`]]],
  ['"(1)" for the series number, "construction contract disputes" for the kind',
    'Whether Article 34 of the interpretation of the Supreme People\'s Court on the application of law in the trial of construction contract disputes (1) applies is disputed.',
    [['Article 34 of the interpretation of the Supreme People\'s Court on the application of law in the trial of construction contract disputes (1)', 'resolved', `${CONSTRUCTION}（一）34`]]],
  ['no court named, a trial of disputes in the title, a verb after it',
    'In short, article 26 of the interpretation on the application of legal issues in the trial of construction contract disputes stipulates that the actual builder can claim rights.',
    [['article 26 of the interpretation on the application of legal issues in the trial of construction contract disputes', 'resolved', `${CONSTRUCTION}26`]]],
  ['a kind of case the corpus does not tell: a title all the same (unknown-regulation)',
    'Article 5 of the provisions of the Supreme People\'s Court on several issues concerning the trial of cases of disputes over widget franchising shall apply.',
    [['Article 5 of the provisions of the Supreme People\'s Court on several issues concerning the trial of cases of disputes over widget franchising', 'unknown-regulation', '']]],
  ['neither the court nor a trial: the parties\' own provisions, nothing read',
    'Article 5 of the provisions on the application of funds for the joint venture shall prevail.',
    []],
]);

// "Article 179 ofthe Civil Code", "ofthe PRC Company Law": "of" glued to "the" by a PDF's extraction, read as written
// apart (english.ts OF_THE_GLUED); "of the" spaced stays as before.
table('citation table: "ofthe" glued by extraction (fix-en82)', [
  ['"ofthe" before a known title',
    'After Article 179 ofthe Civil Code of the People\'s Republic of China listed punitive damages, courts applied them.',
    [['Article 179 ofthe Civil Code of the People\'s Republic of China', 'resolved', '民法典179']]],
  ['"ofthe PRC" before a title',
    'Article 16 ofthe PRC Company Law governs guarantees.',
    [['Article 16 ofthe PRC Company Law', 'resolved', '公司16']]],
  ['spaced "of the" as before; "ofthe" before a lower-case word names no title',
    'Article 16 of the Company Law governs guarantees; see also item 3 ofthe contract.',
    [['Article 16 of the Company Law', 'resolved', '公司16']]],
]);

// "Article 1185 of the Tort Liability Chapter of the Civil Code": the code's part named by its subject between the
// article and the code (englishNamedPart.ts) — the code's article; a kind word among the words keeps a document's title.
table('citation table: an article placed in its code\'s named part (fix-en82)', [
  ['"the Tort Liability Chapter of the Civil Code"',
    'Article 1185 of the Tort Liability Chapter of the Civil Code, which came into force in 2021, provides punitive damages.',
    [['Article 1185 of the Tort Liability Chapter of the Civil Code', 'resolved', '民法典1185']]],
  ['"the Marriage and Family Book of the Civil Code"',
    'Article 1079 of the Marriage and Family Book of the Civil Code allows divorce by litigation.',
    [['Article 1079 of the Marriage and Family Book of the Civil Code', 'resolved', '民法典1079']]],
  ['"the General Provisions Part of the Criminal Law"',
    'Article 20 of the General Provisions Part of the Criminal Law defines self-defense.',
    [['Article 20 of the General Provisions Part of the Criminal Law', 'resolved', '刑20']]],
  ['an interpretation on the book: the interpretation, not the code',
    'Article 3 of the Interpretation (I) on the Marriage and Family Book of the Civil Code applies.',
    [['Article 3 of the Interpretation (I) on the Marriage and Family Book of the Civil Code', 'resolved', '最高人民法院关于适用《民法典》婚姻家庭编的解释（一）3']]],
]);

// A court interpretation's English title the tables lack, read by its words rendered into the Chinese titles
// (englishCourtTitleWords.ts): the one SPC text of that kind and number holding every word; a word the glossary cannot
// read, too few words, or no court nor trial named: a title all the same (unknown-regulation).
const INJURY = '最高人民法院关于审理工伤保险行政案件若干问题的规定';
table('citation table: a court interpretation\'s English title read by its words (fix-en82)', [
  ['a defined short name for the title: its articles are the title\'s',
    'The Supreme People’s Court released the Provisions of the Supreme People’s Court on Certain Issues Concerning the Trial of Administrative Cases Involving Work-related Injury Insurance (“Provisions”). Article 8 of the Provisions provides three approaches.',
    [['Article 8 of the Provisions', 'resolved', `${INJURY}8`]]],
  ['the title itself after the article, "of" for "Involving"',
    'Under Article 3 of the Provisions of the Supreme People\'s Court on Several Issues concerning the Trial of Administrative Cases of Work-Related Injury Insurance, the employer bears the liability.',
    [['Article 3 of the Provisions of the Supreme People\'s Court on Several Issues concerning the Trial of Administrative Cases of Work-Related Injury Insurance', 'resolved', `${INJURY}3`]]],
  ['a word the glossary cannot read: unknown-regulation',
    'Under Article 3 of the Provisions of the Supreme People\'s Court on Several Issues concerning the Trial of Administrative Cases of Widget Insurance, the employer bears the liability.',
    [['Article 3 of the Provisions of the Supreme People\'s Court on Several Issues concerning the Trial of Administrative Cases of Widget Insurance', 'unknown-regulation', '']]],
  ['no court and no trial of cases: a ministry\'s provisions, unknown-regulation',
    'Under Article 3 of the Provisions on the Administration of Work-related Injury Insurance Funds, the agency pays.',
    [['Article 3 of the Provisions on the Administration of Work-related Injury Insurance Funds', 'unknown-regulation', '']]],
]);

// "Article 25 of the ICP" after the page named "the Insurance Core Principles": the initials of an unknown text named
// before — its title, unknown to the corpus (unknownAcronymTitle.ts); undefined capitals, a body's initials and a known
// law's initials stay as before.
table('citation table: the initials of an unknown text named before (fix-en82)', [
  ['initials of a name written before, no law\'s: unknown-regulation',
    'The "Insurance Core Principles and Methodology" were formulated by the International Association of Insurance Supervisors (IAIS). Article 25 of the ICP also requires supervisors to cooperate.',
    [['Article 25 of the ICP', 'unknown-regulation', '']]],
  ['a known law\'s initials on a page naming the law stay that law',
    'The Foreign Investment Law took effect in 2020. Article 35 of the FIL provides for a security review.',
    [['Article 35 of the FIL', 'resolved', '外商投资35']]],
  ['capitals no name before has, and a body\'s initials: nothing read',
    'The State Securities Regulatory Commission met. Article 12 of the SSRC and Article 5 of the HRSA were cited.',
    []],
]);
