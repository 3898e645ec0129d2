// fix-en61 form 3 (heldout40 English p22): a mis-decoded ’ inside a title (People¡¯s, Peopleâ€™s) is read as
// "People's", the citation keeping the page's own text and positions (citations/normalize/mojibakeApostrophe.ts).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a mis-decoded apostrophe inside a title (fix-en61)', [
  ['GBK read as Latin-1: "People¡¯s"',
    'Under Article 5 of the Company Law of the People¡¯s Republic of China, a company shall abide by the law.',
    [['Article 5 of the Company Law of the People¡¯s Republic of China', 'resolved', '公司5']]],
  ['UTF-8 read as Windows-1252: "Peopleâ€™s", then a citation after it on the line keeps its place',
    'Article 5 of the Company Law of the Peopleâ€™s Republic of China applies, and Article 16 of the Company Law too.',
    [['Article 5 of the Company Law of the Peopleâ€™s Republic of China', 'resolved', '公司5'], ['Article 16 of the Company Law', 'resolved', '公司16']]],
  ['the characters elsewhere are left as they are',
    '¡Hola! The price was 5â€™ and ¡¯ alone; Article 5 of the Company Law applies.',
    [['Article 5 of the Company Law', 'resolved', '公司5']]],
]);
