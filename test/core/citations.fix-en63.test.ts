// Forms from English pages of the twenty-sixth round (fix-en63: heldout41/42 English — a law's articles quoted one
// after another on a legal-basis line, …): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// "Legal basis: Article 264 of the Criminal Law … . Article 265 Whoever …": the next label after a full stop, glued to
// its words, cites the law just quoted (pastedArticles.ts); a line-start label over its text stays a heading.
table('citation table: labels run on after the writer\'s citation of a law\'s first article (fix-en63)', [
  ['"Legal basis:" a citation run into its text, then labels after full stops',
    'Legal basis: Article 264 of the Criminal Law of the People\'s Republic of China whoever steals a relatively large amount of public or private property shall be sentenced to fixed-term imprisonment. Article 265 Whoever, for the purpose of profit, uses without permission the telecommunication line of another person shall be punished. Article 266 Whoever swindles public or private money shall be sentenced.',
    [['Article 264 of the Criminal Law of the People\'s Republic of China', 'resolved', '刑264'], ['Article 265', 'resolved', '刑265'], ['Article 266', 'resolved', '刑266']]],
  ['a citation at the line\'s start with its text after the title, the next label with an insert',
    'Article 286 of the Criminal Law Whoever violates the state regulations and deletes the functions of a computer information system shall be sentenced. Article 286-1 Where a network service provider fails to fulfil its duties, it shall be punished.',
    [['Article 286 of the Criminal Law', 'resolved', '刑286'], ['Article 286-1', 'resolved', '刑286之1']]],
  ['"Article 287 bis" after "Article 287-1" in the quoted text: the article added next, cited',
    'Legal basis: Article 287 of the Criminal Law whoever commits fraud by using a computer shall be convicted according to this Law. Article 287-1 Whoever sets up a website for fraud shall be sentenced. Article 287 bis knowingly provides technical support to others shall be sentenced.',
    [['Article 287 of the Criminal Law', 'resolved', '刑287'], ['Article 287-1', 'resolved', '刑287之1'], ['Article 287 bis', 'resolved', '刑287之2']]],
  ['a title in quotation marks the corpus lacks: the next label is that title\'s too',
    'Article 12 of the "Shop Card Management Measures" The issuer shall refund the balance on request. Article 13 Fees shall be disclosed to the holder in advance.',
    [['Article 12 of the "Shop Card Management Measures"', 'unknown-regulation', ''], ['Article 13', 'unknown-regulation', '']]],
  ['not a label at a line\'s start over its text, under a citation line',
    'Legal basis: Article 264 of the Criminal Law.\nArticle 265 Whoever, for the purpose of profit, uses without permission the telecommunication line of another person shall be punished.',
    [['Article 264 of the Criminal Law', 'resolved', '刑264']]],
  ['not a translation run together that opens with a title and a label (the title cites it, the next is a heading)',
    'Criminal Law of the People\'s Republic of China Article 264 Whoever steals public property shall be sentenced. Article 265 Whoever uses the line of another shall be punished.',
    [['Criminal Law of the People\'s Republic of China Article 264', 'resolved', '刑264']]],
  ['not a writer\'s opener naming no law',
    'Legal basis: Article 5 of the contract the seller shall deliver the goods on time. Article 6 The buyer shall pay within ten days.',
    []],
]);

// "Article 6.1" of an article of one paragraph listing items names item (一), as "Article 6 (1)" does — one rule for
// both notations (binding/bindTargets.ts bracketedItem); an inserted article a dot may name still comes first.
table('citation table: a dotted number on an article of one paragraph with items (fix-en63)', [
  ['"Article 6.1" and "Article 6.2" of the Anti-Unfair Competition Law: its items (1) and (2)',
    'The courts read the Anti-Unfair Competition Law strictly, in particular Article 6.1, which provides that a business operator shall not use a sign similar to the packaging of others, and Article 6.2 on enterprise names.',
    [['Article 6.1', 'resolved', '反不正当竞争6..1'], ['Article 6.2', 'resolved', '反不正当竞争6..2']]],
  ['as the bracketed notation of the same item',
    'The Anti-Unfair Competition Law applies. Article 6 (1) bans the use of a similar sign.',
    [['Article 6 (1)', 'resolved', '反不正当竞争6..1']]],
  ['not an article of two paragraphs, nor an inserted article a dot names, nor an article with no items',
    'Under Article 10.2 of the Labor Contract Law a written contract is due. Article 287.2 of the Criminal Law punishes helping network crimes. Article 1.1 of the Anti-Unfair Competition Law states its purpose.',
    [['Article 10.2 of the Labor Contract Law', 'resolved', '劳动合同10.2'], ['Article 287.2 of the Criminal Law', 'resolved', '刑287之2'], ['Article 1.1 of the Anti-Unfair Competition Law', 'resolved', '反不正当竞争1.1']]],
]);

// 'Art. 65 of the Law of the People's Republic of China “On Insurance”': the law on that subject, the Insurance Law
// (english/names/quotedSubjectTitle.ts).
table('citation table: a country-named law with its subject in quotation marks (fix-en63)', [
  ['the subject in curly quotation marks: the Insurance Law',
    'Problems of application of Art. 65 of the Law of the People’s Republic of China “On Insurance” in liability cases.',
    [['Art. 65 of the Law of the People’s Republic of China “On Insurance”', 'resolved', '保险65']]],
  ['straight quotation marks after the country\'s initials: the Trademark Law',
    'See Article 57 of the Law of People\'s Republic of China (PRC) "On Trademarks" for the acts of infringement.',
    [['Article 57 of the Law of People\'s Republic of China (PRC) "On Trademarks"', 'resolved', '商标57']]],
  ['a subject no law of the corpus is on: that title, unknown',
    'Article 3 of the Law of the People\'s Republic of China "On Widget Control" was cited.',
    [['Article 3 of the Law of the People\'s Republic of China "On Widget Control"', 'unknown-regulation', '']]],
  ['not a quotation after a title naming its law, nor a quotation that opens no subject',
    'Article 464 of the Civil Code "On Contracts" applies. Article 5 of the Law of the People\'s Republic of China "shall apply" here, the writer says.',
    [['Article 464 of the Civil Code', 'resolved', '民法典464'], ['Article 5 of the Law of the People\'s Republic of China', 'unknown-regulation', '']]],
]);

// A title line "People's Republic of China (PRC) enterprise income tax law" over the articles a page prints: the law
// they are of, so their "this Law" is it (english/context/englishLowerNamedAlone.ts), as without "(PRC)".
table('citation table: a lower-case title line with the country\'s initials over printed articles (fix-en63)', [
  ['"this Law" under the title line, in two articles',
    'People\'s Republic of China (PRC) enterprise income tax law\nArticle 3 A resident enterprise shall pay enterprise income tax on its income from sources inside and outside China.\n……\nArticle 19 When a non-resident enterprise obtains the income specified in the third paragraph of Article 3 of this Law, the taxable income is calculated as follows.',
    [['the third paragraph of Article 3 of this Law', 'resolved', '企业所得税3.3']]],
  ['the labor contract law so named, its article cited in its text',
    'Reference\nPeople\'s Republic of China (PRC) labor contract law\nArticle 46 The employer shall pay the worker economic compensation where the worker terminates the contract under Article 38 of this Law.',
    [['Article 38 of this Law', 'resolved', '劳动合同38']]],
  ['not a lower-case name the corpus does not know, nor a field of law',
    'People\'s Republic of China (PRC) widget control law\nArticle 3 The state supervises widgets.\nArticle 9 Whoever violates Article 3 of this Law shall be fined.',
    [['Article 3 of this Law', 'self', '本3']]],
]);

// "Article 24 Of The Administrative Regulations Of The People's Republic Of China On Technology Import/Export": a
// headline in Title Case reads as the title in running text does, its slash for "and" (english/names/englishTitleAt.ts capitalisedTitleAt,
// englishTitleMarks.ts).
table('citation table: a title with a slash for "and", in a Title Case headline (fix-en63)', [
  ['the headline and the running text with the slash',
    'China: An Interpretation Of The Provision Of Article 24 Of The Administrative Regulations Of The People\'s Republic Of China On Technology Import/Export\n\nArticle 24 of the Administrative Regulations of the People\'s Republic of China on Technology Import/Export obliges the supplier.',
    [['Article 24 Of The Administrative Regulations Of The People\'s Republic Of China On Technology Import/Export', 'resolved', '技术进出口管理条例24'], ['Article 24 of the Administrative Regulations of the People\'s Republic of China on Technology Import/Export', 'resolved', '技术进出口管理条例24']]],
  ['not a slash after a law\'s name: two laws',
    'Article 5 of the Company Law/Securities Law applies to listed companies.',
    [['Article 5 of the Company Law', 'resolved', '公司5']]],
]);

// "paragraph 2 of this Article" in a paragraph of a printed article, after blank lines under its heading: the
// article's (english/headings/ownParagraphAhead.ts); laws listed as the basis of the text's enacting formula, each
// ending with the country's name, are no law of the text (english/context/enactingClause.ts, analyze.ts lawNamedBefore).
table('citation table: "paragraph 2 of this Article" in a printed article\'s later paragraph (fix-en63)', [
  ['an interpretation printed after its enacting formula: its own article and paragraph',
    'This Court has formulated this interpretation in accordance with the provisions of the Patent Law of the People\'s Republic of China, the Torts Liability Law of the People\'s Republic of China, the Civil Procedure Law of the People\'s Republic of China and other relevant laws.\n\nArticle 2 Where a claim asserted by the right holder is declared invalid, the People\'s Court may rule to dismiss the complaint.\n\nIf there is evidence that the invalidation decision was vacated, the right holder may file another lawsuit.\n\nWhen the right holder files another lawsuit, the limitation period is counted from the date on which the judgment mentioned in paragraph 2 of this Article has been served.\n\nArticle 3 Where the situation does not fall into that of Article 4 of this Interpretation, the People\'s Court shall rule.',
    [['paragraph 2 of this Article', 'self', '本2.2'], ['Article 4 of this Interpretation', 'self', '本4']]],
  ['a law\'s article printed under its title line: that law\'s paragraph',
    'Legal basis\n\nLabor Contract Law of the People\'s Republic of China\n\nArticle 10 A written labor contract shall be concluded to establish a labor relationship.\n\nWhere a labor relationship has been established without a written contract, a written contract shall be concluded within one month.\n\nWhen the parties conclude the contract before the employment begins, the relationship under paragraph 2 of this Article is established from the day of employment.',
    [['paragraph 2 of this Article', 'resolved', '劳动合同10.2']]],
  ['not a writer\'s paragraph about the article, nor a paragraph after the writer\'s words',
    'This Court has formulated this interpretation in accordance with the provisions of the Patent Law of the People\'s Republic of China, the Civil Procedure Law of the People\'s Republic of China and other relevant laws.\n\nArticle 2 Where a claim asserted by the right holder is declared invalid, the People\'s Court may rule to dismiss the complaint.\n\nWe read paragraph 2 of this Article as a rule of procedure.\n\nOur firm advises clients on it.\n\nWhen a client files again, the period under paragraph 2 of this Article runs anew.',
    []],
]);
