// Forms from machine-translated and Chinese writers' English pages (fix-en81: pool80-mtqa and heldout42 English p07):
// a paragraph's number spelled where the digits go, right after the article; the country's adjective inside a title
// composed on a law's name. Made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// "Article 14, paragraph two of the …": paragraph 2, as "Article 14, paragraph 2" (english/lists/spelledFallingParagraph.ts).
table('citation table: a spelled paragraph falling after its article (fix-en81)', [
  ['"Article 14, paragraph two of" a law: paragraph 2',
    'Under Article 14, paragraph two of the Labor Contract Law an open-ended contract is concluded on request.',
    [['Article 14, paragraph two of the Labor Contract Law', 'resolved', '劳动合同14.2']]],
  ['capitalised, with a comma before "of"',
    'Article 14, Paragraph Three, of the Labor Contract Law was cited by the tribunal.',
    [['Article 14, Paragraph Three, of the Labor Contract Law', 'resolved', '劳动合同14.3']]],
  ['"Rule 14, paragraph two of the Implementing Regulations …": the rule\'s paragraph',
    'Rule 14, paragraph two of the Implementing Regulations of the Patent Law states that a licence contract shall be filed.',
    [['Rule 14, paragraph two of the Implementing Regulations of the Patent Law', 'resolved', '专利法实施细则14.2']]],
  ['not a writer\'s own paragraph after the article\'s sentence, nor "two paragraphs" counted',
    'Article 14 of the Labor Contract Law applies, paragraph two below explains why. Article 39 of the Labor Contract Law has two paragraphs.',
    [['Article 14 of the Labor Contract Law', 'resolved', '劳动合同14'], ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['not "paragraph twenty", no paragraph of one to ten: the article alone, its law not glued to it',
    'Article 14, paragraph twenty of the Labor Contract Law is no text.',
    [['Article 14', 'no-context', '']]],
]);

// "Implementing Regulations for the Chinese Patent Law": the country's adjective is no content word of a title, as
// "China" and "PRC" are not (english/names/englishTitleBag.ts JOINING).
table('citation table: the country\'s adjective inside a composed title (fix-en81)', [
  ['"Implementing Regulations for the Chinese Patent Law": the Patent Law\'s implementing rules',
    'Rule 14 of the Implementing Regulations for the Chinese Patent Law requires the filing of licence contracts.',
    [['Rule 14 of the Implementing Regulations for the Chinese Patent Law', 'resolved', '专利法实施细则14']]],
  ['"Regulations for the Implementation of the Chinese Labor Contract Law": its 实施条例',
    'Article 3 of the Regulations for the Implementation of the Chinese Labor Contract Law lists the employers.',
    [['Article 3 of the Regulations for the Implementation of the Chinese Labor Contract Law', 'resolved', '劳动合同法实施条例3']]],
  ['not a title whose other words name no law',
    'Article 3 of the Regulations for the Implementation of the Chinese Widget Law lists the widgets.',
    [['Article 3 of the Regulations for the Implementation of the Chinese Widget Law', 'unknown-regulation', '']]],
]);
