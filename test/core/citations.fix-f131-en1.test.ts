// Forms of round 33's fix job f131-en1 (heldout57 English, after the measurement): made-up English text in the style
// of law firms' notes and explainers, against the bundled corpus (laws named short: 刑303 is the Criminal Law's
// article 303; a court's text by its full title).
//
// Start figures (unchanged code, b77583a4): a court's provisions named by an English title in another wording, then
// "the “Provisions”" / "these Provisions": 1 row right (the negative) / 4 wrong (unknown-regulation or self); the law
// in brackets after the label ("Article 303 (Criminal Law):"): 3 right (negatives) / 3 wrong (missing or no-context).
// End: 11/11.
// A page cut inside the country's name ("Article 71 of People'"): start 1 right (the negative) / 3 wrong (missing); end 4/4.
// Recurrence: "these Provisions" defined in brackets (these “…”) — 0 in test/fixtures, 0 in LawRefBook (Chinese texts);
// "Article N (… Law)" with a law in the bracket — 0 in test/fixtures, 0 in LawRefBook.
import { bundledShortTable as table } from './citations/helpers';

const RCIN = '最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定';
const ONLINE_PERSONAL = '最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定';

// A court's title in a translator's own words (english/names/englishTitleGlossary.ts: 传播, 信息网络 as "Online", 审理
// as "Adjudication"; englishTitleAt.ts: "With respect to" read back from a definition), and "these Provisions" the
// page defined for it (englishDefinitions.ts, titles/definedSelfWord.ts).
table('citation table: a court\'s provisions in a translator\'s words, then "these Provisions" (fix-f131-en1)', [
  ['"Communication over Information Networks", "Adjudication", then the “Provisions”',
    'The “Provisions of the Supreme People’s Court on Several Issues Concerning Application of Law in Adjudication of Civil Dispute Cases Related to Infringement of the Right of Communication over Information Networks” (the “Provisions”) took effect in 2013. Article 8 of the “Provisions” lists the factors.',
    [['Article 8 of the “Provisions”', 'resolved', `${RCIN}8`]]],
  ['"Dissemination through Information Networks", "Hearing", cited with the title',
    'Under Article 6 of the Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in Hearing Civil Dispute Cases Involving Infringement of the Right of Dissemination through Information Networks, a link is no provision of a work.',
    [['Article 6 of the Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in Hearing Civil Dispute Cases Involving Infringement of the Right of Dissemination through Information Networks', 'resolved', `${RCIN}6`]]],
  ['"Trail", "With respect to", "Dissemination Online", defined as these “Provisions”',
    'Last December the Supreme People’s Court released “Provisions Concerning the Application of Laws in the Trail of Disputes With respect to Infringement of the Right to Dissemination Online” (these “Provisions”), in force from January 2013.\nArticle 11 of these Provisions deals with advertising income.',
    [['Article 11 of these Provisions', 'resolved', `${RCIN}11`]]],
  ['another court text defined as these “Provisions” the same way',
    'The Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Civil Dispute Cases of Infringement of Personal Rights and Interests Using Information Networks (these “Provisions”) took effect in 2014. Article 12 of these Provisions protects personal information.',
    [['Article 12 of these Provisions', 'resolved', `${ONLINE_PERSONAL}12`]]],
  ['negative: a text\'s own "these Provisions", nothing defined so, stays its own',
    'Article 1 These Provisions are formulated in accordance with the Copyright Law.\nArticle 2 The terms used in Article 1 of these Provisions have the meanings below.',
    [['Article 1 of these Provisions', 'self', '本1']]],
]);

// The law named in brackets right after the article label (english/names/lawInBracketAfterArticle.ts).
table('citation table: "Article 303 (Criminal Law):" — the law in brackets after the label (fix-f131-en1)', [
  ['a caption alone on its line over the writer\'s summary, after another law was named',
    'Gambling offences are also fined under the Public Security Administration Punishment Law.\nArticle 303 (Criminal Law):\nOrganizing gambling for profit is punishable by up to three years.',
    [['Article 303', 'resolved', '刑303']]],
  ['mid-sentence, another law',
    'An employer may dismiss a worker under Article 39 (Labor Contract Law) when the worker seriously breaks its rules.',
    [['Article 39', 'resolved', '劳动合同39']]],
  ['a caption with its summary on the same line, the Civil Code',
    'Article 1079 (Civil Code): a court grants a divorce when mediation fails and mutual affection has broken down.',
    [['Article 1079', 'resolved', '民法典1079']]],
  ['negative: a caption saying what the article is about stays a heading',
    'Article 2 (Application Scope) These Measures apply to the administrative area of the city.',
    []],
  ['negative: a caption between the article and "of" its law: the law after it',
    'The court applied Article 30 (Payment of Wages) of the Labor Contract Law.',
    [['Article 30 (Payment of Wages) of the Labor Contract Law', 'resolved', '劳动合同30']]],
  ['negative: a bracket naming no known law is a caption, as before',
    'Article 12 (Widget Law) was cited by the seller of widgets.',
    []],
]);

// A page cut inside the country's name after "of" (english/names/englishCutTitle.ts cutCountryAtTextEnd).
table('citation table: "Article 71 of People\'" — a page cut inside the country\'s name (fix-f131-en1)', [
  ['the law named before, the page cut after "People\'"',
    'Under Article 40 of the Labor Contract Law of People\'s Republic of China (PRC), notice is due. Where the worker cannot do the job, see Article 41 of People\'',
    [['Article 40 of the Labor Contract Law of People\'s Republic of China', 'resolved', '劳动合同40'], ['Article 41', 'resolved', '劳动合同41']]],
  ['cut later in the country\'s name, with "the"',
    'Article 1079 of the Civil Code governs divorce; the property is divided under Article 1087 of the People\'s Republic of Ch',
    [['Article 1079 of the Civil Code', 'resolved', '民法典1079'], ['Article 1087', 'resolved', '民法典1087']]],
  ['no law named before: a bare article, no-context',
    'The buyer asked about the deposit rule in Article 587 of People\'',
    [['Article 587', 'no-context', '']]],
  ['negative: the name goes on to a law, read as before',
    'Article 3 of the Company Law applies. Article 5 of People\'s Republic of China Labor Law says so.',
    [['Article 3 of the Company Law', 'resolved', '公司3'], ['Article 5 of People\'s Republic of China Labor Law', 'resolved', '劳动5']]],
]);
