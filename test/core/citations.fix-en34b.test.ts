// Forms from round 22's measurement heldout30 (English names and structure; now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 劳动合同40 is the Labor Contract Law's article 40).
import { bundledShortTable as table } from './citations/helpers';

// A date cell of a table run together with the next cell: the article label after it, followed by its capitalised
// text, heads that text (englishRunIn.ts cellDateBefore), as at a line's start.
table('citation table: an article heading after a date cell run on (fix-en34b)', [
  ['an ISO date, then the label and its text', ' version 2023-03-15 Article 9 The State encourages enterprises to set up training systems for their staff.',
    []],
  ['a date with slashes inside a table row', '| Draft | 2021/7/1 Article 12 Network operators shall keep logs for six months. |',
    []],
  ['not a label after a date in a writer\'s sentence, linked or with a verb after it; nor a count or a case number',
    'On 2023-03-15 Article 9 of the Labor Contract Law was discussed. Since 2021/7/1 Article 12 provides so. The 14th session met; (2019) case No. 12.',
    [['Article 9 of the Labor Contract Law', 'resolved', '劳动合同9'], ['Article 12', 'resolved', '劳动合同12']]],
]);

// A page opening with an article's heading, no title anywhere on it, printing two articles in English and Chinese: its
// own text (layout/pageOpensExcerpt.ts), its bare references and "the preceding paragraph" its own (self); a Taiwan
// text's 左列各款 makes its 項 the paragraph (jurisdiction/rocPage.ts).
const BILINGUAL = [
  'Article 7',
  'Where a tenant ends a lease early, the notice period provided in Paragraph two of Article 8 shall apply.',
  '第七條',
  '承租人提前終止租約者，準用第八條第二項規定之預告期間。',
  'Article 8',
  'A landlord who ends a lease pursuant to Article 5 shall give notice in advance as follows:',
  '1. Where the lease has run for less than one year, the notice shall be given ten days in advance.',
  '2. Where the lease has run for one year or more, the notice shall be given thirty days in advance.',
  'The notice referred to in the preceding paragraph shall be given in writing.',
  '第八條',
  '出租人依第五條規定終止租約者，其預告期間依左列各款之規定：',
  '一、租期未滿一年者，於十日前預告之。',
  '前項預告應以書面為之。',
].join('\n');
table('citation table: a bilingual excerpt opening with its first heading, no title on the page (fix-en34b)', [
  ['its bare references and "the preceding paragraph" are its own', BILINGUAL,
    [['Paragraph two of Article 8', 'self', '本8.2'], ['第八條第二項', 'self', '本8.2'], ['Article 5', 'self', '本5'],
      ['the preceding paragraph', 'self', '本8.1'], ['第五條', 'self', '本5'], ['前項', 'self', '本8.1']]],
  ['not under a title alone on its line, which names the text', `Tenancy Protection Act\n${BILINGUAL}`,
    [['Paragraph two of Article 8', 'no-context', ''], ['第八條第二項', 'no-context', ''], ['Article 5', 'no-context', ''], ['第五條', 'no-context', '']]],
  ['not a page opening on a writer\'s words, nor a count or a case number',
    'We explain two rules. The 14th session met; (2019) case No. 12.\nArticle 8\nA landlord shall give notice under Article 5 in writing to the tenant concerned.\n第八条\n出租人依第五条规定终止租约者，应当提前通知。\nArticle 9\nThe tenant may object within ten days of receiving the notice.\n第九条\n承租人可以提出异议。',
    [['Article 5', 'no-context', ''], ['第五条', 'no-context', '']]],
]);

// "Its second paragraph" after an article named in the same or the previous sentence is that article's paragraph
// (english/context/englishItsParagraph.ts), as 该条第二款 is.
table('citation table: "Its second paragraph" pointing back to the article just named (fix-en34b)', [
  ['the previous sentence named the article', 'Article 1067 of the Civil Code concerns support. Its second paragraph reads: "Parents may demand support payments."',
    [['Article 1067 of the Civil Code', 'resolved', '民法典1067'], ['Its second paragraph', 'resolved', '民法典1067.2']]],
  ['in the same sentence, lower case', 'Article 10 of the Labor Contract Law and its third paragraph set when a contract is made.',
    [['Article 10 of the Labor Contract Law', 'resolved', '劳动合同10'], ['its third paragraph', 'resolved', '劳动合同10.3']]],
  ['not a writer\'s text, an article named further back, nor "its second paragraph above"; nor a count or a case number',
    'The memo is short. Its second paragraph explains the facts.\nArticle 40 of the Labor Contract Law is cited. The court met twice. The parties settled. Its second paragraph was long. The report and its second paragraph above are ours. The 14th session met; (2019) case No. 12.',
    [['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40']]],
]);

// 公开 translated "Public Disclosure": the Government Information Disclosure Regulations so named (corpus/titleAliases.ts);
// "Paragraph (7)" of its article 36, which has one paragraph, is the item (七).
table('citation table: "on the Public Disclosure of Government Information" (fix-en34b)', [
  ['the title with "Public", its Article 36 "Paragraph (7)" the item',
    'Article 36, Paragraph (7) of the Regulations of the People\'s Republic of China on the Public Disclosure of Government Information stipulates the answer.',
    [['Article 36, Paragraph (7) of the Regulations of the People\'s Republic of China on the Public Disclosure of Government Information', 'resolved', '政府信息公开条例36..7']]],
  ['not another text\'s disclosure, nor a count or a case number',
    'Article 3 of the Regulations on the Public Disclosure of Corporate Credit Records applies. The 14th session met; (2019) case No. 12.',
    [['Article 3 of the Regulations on the Public Disclosure of Corporate Credit Records', 'unknown-regulation', '']]],
]);

// "Vaccine Law", the short name writers give 疫苗管理法 (corpus/data/english-titles.json), and a bare article after it.
table('citation table: "Vaccine Law" (fix-en34b)', [
  ['named in a sentence, then a bare article with "the Law"', 'The legislature passed the Vaccine Law in 2019.\nUnder Article 12 the Law states: "The media shall act."',
    [['Article 12', 'resolved', '疫苗管理12']]],
  ['not another law\'s name ending so, nor a count or a case number', 'Article 3 of the Animal Vaccine Law applies. The 14th session met; (2019) case No. 12.',
    [['Article 3 of the Animal Vaccine Law', 'unknown-regulation', '']]],
]);

// A law's English name shortened in front, "the Mediation and Arbitration Law": every law whose English name has its
// words (english/names/englishTitleBag.ts englishNameTail) — here two, an ambiguity, as 《调解仲裁法》 is.
table('citation table: an English name shortened in front (fix-en34b)', [
  ['two laws have the words: ambiguous', 'According to paragraph 2 of Article 27 of the "Mediation and Arbitration Law", the period is one year.',
    [['paragraph 2 of Article 27 of the "Mediation and Arbitration Law"', 'ambiguous', '劳动争议调解仲裁27.2 农村土地承包经营纠纷调解仲裁27.2']]],
  ['one law has them: that law', 'Article 10 of the Information Protection Law applies.',
    [['Article 10 of the Information Protection Law', 'resolved', '个人信息保护10']]],
  ['not one word before Law, nor words no law has, nor a name without its "Anti-"; nor a count or a case number',
    'Article 5 of the Tax Law applies. Article 6 of the Mediation and Banking Law applies. Article 7 of the Telecom Fraud Law applies. The 14th session met; (2019) case No. 12.',
    [['Article 5 of the Tax Law', 'unknown-regulation', ''], ['Article 6 of the Mediation and Banking Law', 'unknown-regulation', ''], ['Article 7 of the Telecom Fraud Law', 'unknown-regulation', '']]],
]);
