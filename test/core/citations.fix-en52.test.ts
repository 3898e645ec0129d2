// Forms left by the measurement heldout38 on English pages (heldout38-english, now a tuning set): made-up text in the
// real style against the bundled corpus (laws named short: 个人信息保护13 is the PIPL's article 13).
import { bundledShortTable as table } from './citations/helpers';

// A commentary on one article calls it "the Article" / "this Article" / "this foundational article" through its
// sections, no other article or law named since (englishThisArticle.ts keptInCommentary); not the writer's piece, not
// past another law's name or a blank line.
table('citation table: "the Article" in a commentary on one article (fix-en52)', [
  ['"the Article" three sentences on, then "The article" under a section heading, then "this foundational article"',
    'Article 13 of the Personal Information Protection Law sets out the lawful bases for processing. This core provision mandates good faith. Lawful processing usually rests on consent. Crucially, the Article also covers public health emergencies.\nMandate\nThe article explicitly mandates that consent be voluntary. Courts often rely on this foundational article.',
    [['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13'], ['the Article', 'resolved', '个人信息保护13'], ['The article', 'resolved', '个人信息保护13'], ['this foundational article', 'resolved', '个人信息保护13']]],
  ['"the Article’s" two sentences after the article, a capitalised "this Article" after headings',
    'Lawyers often discuss Article 585 of the Civil Code. When foreign parties sign contracts, they set high penalties. Drafters must remember the Article’s power to reduce them.\nScope\nEnforcement\nFor foreign firms, this Article represents a real risk.',
    [['Article 585 of the Civil Code', 'resolved', '民法典585'], ['the Article', 'resolved', '民法典585'], ['this Article', 'resolved', '民法典585']]],
  ['not after another law named since, nor across a blank line, nor the writer\'s piece',
    'Article 13 of the Personal Information Protection Law sets out the bases. The Data Security Law adds duties. Firms must comply. The article is strict.\n\nThe article is long. Some readers wrote to us. This article was written by our team.',
    [['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13']]],
  ['not a plain "the article" two sentences on, a sentence between that moves on',
    'Article 4 of the Trademark Law requires intent to use. The court heard the widget case in May. The application of the article is crucial.',
    [['Article 4 of the Trademark Law', 'resolved', '商标4']]],
  ['not a law review\'s "Part II of this Article" after an article it cites',
    'Article 13 of the Personal Information Protection Law sets out the bases. Scholars disagree about consent. Part II of this Article turns to the cases.',
    [['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13']]],
  ['not "The article" opening a new section the page never called so before',
    'Article 14 of the Personal Information Protection Law sets out consent. This legal requirement strengthens rights.\nProvision\nThe article specifically provisions that the purpose be clear.',
    [['Article 14 of the Personal Information Protection Law', 'resolved', '个人信息保护14']]],
]);

// "the Penal Law of the People's Republic of China" is 刑法 word for word (english-titles.json, a third English name);
// another state's penal law or code stays no citation (englishRunIn.ts).
table('citation table: "the Penal Law" of the PRC (fix-en52)', [
  ['"Article 218 of the Penal Law of the People’s Republic of China", then "of the Penal Law"',
    'According to Article 218 of the Penal Law of the People’s Republic of China, a seller of infringing works is punished. Article 64 of the Penal Law lets the court confiscate the proceeds.',
    [['Article 218 of the Penal Law of the People’s Republic of China', 'resolved', '刑218'], ['Article 64 of the Penal Law', 'resolved', '刑64']]],
  ['not the Japanese Penal Code, nor the Penal Law of Japan',
    'Article 235 of the Japanese Penal Code punishes theft. Article 9 of the Penal Law of Japan lists the penalties.',
    []],
]);

// "<Subject> Administration Regulations" = the one <Subject>监督管理条例 (supervisionAdministration.ts; titles.ts
// byEnglishWords' third try), its short name with a year and a bare article after it too; not a subject without one.
table('citation table: "<Subject> Administration Regulations" for a 监督管理条例 (fix-en52)', [
  ['"Medical Device Administration Regulations (“MDAR 2021”)", then a bare "Article 13" and "Article 20 of the MDAR 2021"',
    'On 18 March 2021, the State Council issued the new Medical Device Administration Regulations (“MDAR 2021”), effective on 1 June 2021.\n\nThe role of the holder is outlined in Article 13. Further duties are set out in Article 20 of the MDAR 2021.',
    [['Article 13', 'resolved', '医疗器械监督管理条例13'], ['Article 20 of the MDAR 2021', 'resolved', '医疗器械监督管理条例20']]],
  ['"Article 5 of the Cosmetics Administration Regulations"',
    'Article 5 of the Cosmetics Administration Regulations names the regulator.',
    [['Article 5 of the Cosmetics Administration Regulations', 'resolved', '化妆品监督管理条例5']]],
  ['not a subject the corpus has no 监督管理条例 on, nor measures of that subject',
    'Article 7 of the Widget Administration Regulations applies. Article 9 of the Medical Device Administration Measures applies.',
    [['Article 7 of the Widget Administration Regulations', 'unknown-regulation', ''], ['Article 9 of the Medical Device Administration Measures', 'unknown-regulation', '']]],
]);

// "the Security Regulation": a 条例 (or 法) named in the singular after its subject (englishLawLikeTitle.ts
// SUBJECT_REGULATION), also at a line's start before a verb and its quotation; not a body's name ending so, and a
// line-start label with its own text stays a heading.
table('citation table: a title in the singular, "… Regulation" (fix-en52)', [
  ['"Article 19 of the Security Regulation offered: “…”" opening its line',
    'The type of suretyship may be agreed.\n\nArticle 19 of the Security Regulation offered: “where there is no agreement, the surety shall bear joint liability.” This clause set the presumption.',
    // fix-en61: "This clause" in the next sentence is the article just quoted (english/context/headedProvision.ts).
    [['Article 19 of the Security Regulation', 'unknown-regulation', ''], ['This clause', 'unknown-regulation', '']]],
  ['"Article 17 of the General Data Protection Regulation" mid-sentence',
    'Under Article 17 of the General Data Protection Regulation, data may be erased.',
    [['Article 17 of the General Data Protection Regulation', 'unknown-regulation', '']]],
  ['not "the State Administration for Market Regulation", nor a heading "Article 19 Where …"',
    'The State Administration for Market Regulation published a guide.\nArticle 19 Where there is no agreement, the surety shall bear joint liability.',
    []],
]);

// "Article 19 (Presumption where …)" alone on its line over the article's text, in a table's column under a law's
// name: a heading with its bracketed caption (bracketCaption.ts, englishHeadings.ts headingAloneAt), as 第十九条【…】 is;
// a caption the line runs on after is none.
table('citation table: an English label with a bracketed caption (fix-en52)', [
  ['a comparison table: "Security Law" ⏎ "Civil Code" ⏎ "Article 19 (Presumption …)" ⏎ its text, then a sentence citing',
    'Security Law\n\nCivil Code\n\nArticle 19 (Presumption where the mode of guarantee has not been stipulated or agreement is unclear)\n\nWhen the parties have made no stipulation on the mode of guarantee, the parties shall bear the liability jointly.\n\nArticle 686 of the Civil Code has changed this rule.',
    [['Article 686 of the Civil Code', 'resolved', '民法典686']]],
  ['not a bracketed caption the line runs on after ("… of the Security Law provides that …"): a citation',
    'The rule changed.\n\nArticle 19 (Presumption of the mode) of the Security Law provides that the surety bears joint liability.',
    [['Article 19 (Presumption of the mode) of the Security Law', 'unknown-regulation', '']]],
]);
