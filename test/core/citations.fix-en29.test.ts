// Forms from the twentieth round's third measurement (heldout27 English, now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 商标4 is the Trademark Law's article 4).
import { bundledShortTable as table } from './citations/helpers';

// A commentary's section title "Art. N – Caption" over prose that cites that article is a heading (sectionTitle.ts).
table('citation table: a section title over prose citing its article (fix-en29)', [
  ['"Art. 9 – caption" over "According to Article 9 TML": the prose cites, the title does not',
    'We look at the new Chinese Trademark Law (TML) as amended.\n\nArt. 9 – Similar marks and confusion\n\nAccording to Article 9 TML, a mark shall not conflict with earlier rights of others.',
    [['Article 9 TML', 'resolved', '商标9']]],
  ['"Article 30 - caption" with a hyphen, the prose citing it on the next line',
    'We look at the new Chinese Trademark Law (TML) as amended.\nArticle 30 - Refusal of similar marks\nUnder Article 30 TML the office refuses such a mark.',
    [['Article 30 TML', 'resolved', '商标30']]],
  ['not a title over prose citing another article, nor over prose naming none, nor a label with a sentence on its line',
    'We look at the new Chinese Trademark Law (TML) as amended.\n\nArt. 9 – Similar marks and confusion\n\nAccording to Article 10 TML, such signs may not be used.\n\nArt. 13 – Well-known marks\n\nOur view differs.\n\nArt. 15 – see below, the agent is bound.\nAccording to Article 15 TML, agents may not file.',
    [['Art. 9', 'resolved', '商标9'], ['Article 10 TML', 'resolved', '商标10'], ['Art. 13', 'resolved', '商标13'], ['Art. 15', 'resolved', '商标15'], ['Article 15 TML', 'resolved', '商标15']]],
  ['not a label after running words, nor an ordinal or a case number',
    'The Trademark Law applies. The court relied on Art. 9 – Similar marks\nAccording to Article 9 of the Trademark Law, it refused the mark in (2019) Jing 73 Xing Chu No. 12.',
    [['Art. 9', 'resolved', '商标9'], ['Article 9 of the Trademark Law', 'resolved', '商标9']]],
]);

// Article headings carrying the article's name, run together after an enacting clause (englishRunIn.ts).
table('citation table: run-in headings with the article\'s name (fix-en29)', [
  ['"Article 1 Object This law …" after the enacting clause citing the Basic Law: headings, only the clause cites',
    'The Legislative Assembly decrees, pursuant to Article 71 of the Basic Law of Macao Special Administrative Region, that the following shall be enforced as law: CHAPTER I General Provisions Article 1 Object This law sets the rules on leases. Article 2 Definitions For the purposes of this Law, a lessor is any person. Article 3 Scope of Application The rules apply to all leases.',
    [['Article 71 of the Basic Law of Macao Special Administrative Region', 'resolved', '澳门特别行政区基本71']]],
  ['not a law\'s name after the label, nor a unit word, nor a label inside running prose',
    'The Labor Law applies. Article 12 Labor Law The employer must pay. The court cited Article 12 Paragraph 1 The employer. It relied on Article 13 Object This was all.',
    [['Article 12', 'resolved', '劳动12'], ['Article 12 Paragraph 1', 'resolved', '劳动12.1'], ['Article 13', 'resolved', '劳动13']]],
]);
