// English pages, round 29 of issue 14 (fix-en92): forms heldout53 English left — states named after a page's citations
// as a comparison, not its jurisdiction (jurisdiction/foreignPage.ts). Made-up text in the real style, against the
// bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const rows: ShortRow[] = [
  // a foreign state named after the first article's sentence: a comparison, the page keeps its titles (foreignPage.ts)
  ['a thesis abstract citing the Civil Code, then "Germany, France, Japan and other countries also …": the citations stay', 'Abstract: The rule is approved by Article 33 of the Regulation on the Administration of Medical Institutions and Articles 1219 and 1220 of the Civil Code.The rule makes the patient an equal subject.In addition to the Anglo-American law system,Germany,France,Austria,Japan and other countries also attach great importance to it.', [
    ['Article 33 of the Regulation on the Administration of Medical Institutions', 'unknown-regulation', ''], ['Articles 1219 and 1220 of the Civil Code', 'resolved', '民法典1219 民法典1220'],
  ]],
  ['a page naming a High Court only after its first article\'s sentence: Article 1165 of the Civil Code stays China\'s', 'Article 1165 of the Civil Code requires fault.\n\nThe English High Court reads negligence another way.', [
    ['Article 1165 of the Civil Code', 'resolved', '民法典1165'],
  ]],
  ['not a page setting a foreign scene first: Philippine courts before, a High Court heading, a state in the article\'s own sentence', 'Philippine courts hold marriage inviolable. Under Article 36 of the Family Code a marriage may be void. Article 36 of the Civil Code was also discussed.\n\nOsaka High Court, Judgment of March 23, 2023. Article 724 of the Civil Code has run.', []],
  ['not a page naming the state in the first article\'s sentence, after it: "Article 709 of the Civil Code, as courts in Japan read it"', 'Article 709 of the Civil Code, as courts in Japan read it, covers any fault. Article 710 of the Civil Code adds the harm to feelings.', []],
];

bundledShortTable('citation table: English forms of heldout53 (fix-en92)', rows);
