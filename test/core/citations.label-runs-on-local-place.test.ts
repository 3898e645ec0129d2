// fix-en61 form 5 (heldout40 English p06, p11): a law's citation opening its line and running straight on into the
// article's words ("Article 6 of the Trademark Law … commits one of the acts … listed in Article 57 of this Law, … shall
// …") labels them — "this Law" there is the law named (citations/english/headings/labelRunsOn.ts); a local regulation
// named by its place before the kind word ("the Shanghai Measures for the Implementation of …") is a title of a text the
// corpus lacks, also the second of two citations joined by "and" (citations/english/names/placeBeforeKind.ts).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a law\'s label run on into the article\'s words, "this Law" in them (fix-en61)', [
  ['a Q&A page\'s machine translation: the label, then the words with "this Law" and "shall"',
    'Infringement\nArticle 60 of the Trademark Law of the People\'s Republic of China commits one of the acts of infringing the exclusive right listed in Article 57 of this Law, and if a dispute arises, the parties concerned shall settle it through consultation.',
    [['Article 60 of the Trademark Law of the People\'s Republic of China', 'resolved', '商标60'], ['Article 57 of this Law', 'resolved', '商标57']]],
  ['a writer\'s sentence with no norm in it keeps "this Law" as before (the page\'s own)',
    'Article 60 of the Trademark Law of the People\'s Republic of China was amended, like Article 57 of this Law.',
    [['Article 60 of the Trademark Law of the People\'s Republic of China', 'resolved', '商标60'], ['Article 57 of this Law', 'self', '本57']]],
  ['not at the line\'s start: as before',
    'Notes. Under Article 60 of the Trademark Law the acts listed in Article 57 of this Law shall be stopped.',
    [['Article 60 of the Trademark Law', 'resolved', '商标60'], ['Article 57 of this Law', 'self', '本57']]],
]);

table('citation table: a local regulation named by its place before the kind word (fix-en61)', [
  ['"… and Article 14(6) of the Shanghai Measures for the Implementation of …": both citations',
    'The bureau decided based on Article 14(6) of the Regulations on Work Injury Insurance and Article 14(6) of the Shanghai Measures for the Implementation of Work Injury Insurance, finding a work injury.',
    [['Article 14(6) of the Regulations on Work Injury Insurance', 'resolved', '工伤保险条例14..6'], ['Article 14(6) of the Shanghai Measures for the Implementation of Work Injury Insurance', 'unknown-regulation', '']]],
  ['"the Guangdong Provincial Regulations on …" alone',
    'Under Article 9 of the Guangdong Provincial Regulations on Wage Payment, wages are paid monthly.',
    [['Article 9 of the Guangdong Provincial Regulations on Wage Payment', 'unknown-regulation', '']]],
  ['a place before anything else is no title',
    'Article 9 of the Shanghai Stock Exchange listing guide and the Beijing Measures team met.',
    []],
]);
