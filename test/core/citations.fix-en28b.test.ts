// Forms from heldout26-english's misses (fix-en28b): made-up text in the real style against the bundled corpus (laws
// named short: 劳动合同39 is the Labor Contract Law's article 39).
import { bundledShortTable as table } from './citations/helpers';

// A title in capitals ending in "Act" given a short name in brackets right after it is a statute the page cites by
// that name (englishDefinedAct.ts): unknown to the corpus, its short name and the bare articles after it too — never no
// context with the mainland's laws as candidates. Not an Act another state's name qualifies.
table('citation table: an "… Act" given a short name in brackets (fix-en28b)', [
  ['"the Widget Standards Act (“WSA”)", bare articles, then "Article 12 of the WSA" and "this article"',
    'According to the Widget Standards Act (“WSA”), an employer may end the contract only on the causes set forth in Article 14.\nDismissal under Article 12 of the WSA.\nAn employer may dismiss an employee in accordance with this article.',
    [['Article 14', 'unknown-regulation', ''], ['Article 12 of the WSA', 'unknown-regulation', ''], ['this article', 'unknown-regulation', '']]],
  ['"the Garden Leave Act (the "Leave Act")": a short name made of its words',
    'The Garden Leave Act (the "Leave Act") took effect. Article 3 of the Leave Act sets the term.',
    [['Article 3 of the Leave Act', 'unknown-regulation', '']]],
  ['a known law cited after such an Act stays that law',
    'The Widget Standards Act ("WSA") is older. Article 39 of the Labor Contract Law governs dismissal in China.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['not an Act another state\'s name qualifies, nor an ordinal or a case number',
    'Like the U.S. Foreign Corrupt Practices Act ("FCPA"), the law reaches bribes abroad. The 14th session met; case (2019) No. 12. Article 39 of the Labor Contract Law applies.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
]);

// Legal citation style puts the law's name, a comma and "art. N" inside one bracket: what the bracket opens with — an
// acronym the page never defines, or a capitalised title with a law word, a year before it — is the law that article is
// of, unknown to the corpus when it is no known title (englishBracketTitle.ts), never the previous bracket's title.
table('citation table: the bracket\'s own name before ", art. N" (fix-en28b)', [
  ['an undefined acronym, then a year and a title\'s kind, then a known title, then the acronym again',
    'A fine of 500 yuan may be imposed. (WXYL, art. 60). Prior rules allowed less. (2010 Implementing Rules, art. 40). An employer may dismiss him (Labor Contract Law, art. 39). Detention may follow. (WXYL, art. 61).',
    [['WXYL, art. 60', 'unknown-regulation', ''], ['2010 Implementing Rules, art. 40', 'unknown-regulation', ''],
      ['Labor Contract Law, art. 39', 'resolved', '劳动合同39'], ['WXYL, art. 61', 'unknown-regulation', '']]],
  ['not a bracket opened by the country\'s name or a name without a law word (no title: the bare article, as before), nor an ordinal or a case number',
    'The rule is old (PRC, art. 5). See the note (Smith and Jones, art. 3). The 14th session met; case (2019) No. 12.',
    [['art. 5', 'no-context', ''], ['art. 3', 'no-context', '']]],
]);

// "that article" points back to the article named in the same or the previous sentence, as "the said Article" does
// (englishThisArticle.ts); a piece of writing so called ("In that article, the author …") is none.
table('citation table: "that article" pointing back (fix-en28b)', [
  ['"… under that article" in the sentence citing it',
    'The heavier penalties of Article 264 of the Criminal Law apply only to sentences imposed under that article.',
    [['Article 264 of the Criminal Law', 'resolved', '刑264'], ['that article', 'resolved', '刑264']]],
  ['in the next sentence',
    'Article 39 of the Labor Contract Law lists the grounds. Courts apply that article narrowly.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['that article', 'resolved', '劳动合同39']]],
  ['not a piece of writing, nor an article named sentences before, nor an ordinal or a case number',
    'Article 39 of the Labor Contract Law lists the grounds. Courts differ. Judges hesitate. In that article, the author argues otherwise. I read that article twice. The 14th session met; case (2019) No. 12.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
]);

// A title in quotation marks before the article whose last words mark it a draft ("(Draft)", "(Draft for Comments)")
// is the draft's, unknown to the corpus — never the enacted law named inside it nor the law in context.
table('citation table: a quoted draft title before the article (fix-en28b)', [
  ['"… (Draft)" after the Company Law was named: the draft',
    'China\'s 2018 "Company Law" says little. "Company Law explained (4) (Draft)" Article 12, paragraph 1, states: "The court shall hear it."',
    [['"Company Law explained (4) (Draft)" Article 12, paragraph 1', 'unknown-regulation', '']]],
  ['"(Draft for Comments)"',
    'The "Provisions on Widget Cases (Draft for Comments)" Article 5 widens the scope.',
    [['"Provisions on Widget Cases (Draft for Comments)" Article 5', 'unknown-regulation', '']]],
  ['not a quoted title without the draft\'s mark, nor an ordinal or a case number',
    '"Labor Contract Law" Article 39 applies. The 14th session met; case (2019) No. 12.',
    [['"Labor Contract Law" Article 39', 'resolved', '劳动合同39']]],
]);

// A profession's code of conduct cited by article is a title ("Code of Conduct(s) for …"); a title cited in full right
// before the bracket defining its short name is the full title, not the short name it starts with.
table('citation table: a code of conduct cited by article after a known law (fix-en28b)', [
  ['"Article N of <known law> (“…”) and Article M of Code of Conducts for Notaries (“the Code of Conducts”)"',
    'Article 38 of the Lawyers Law (“the Lawyers Law”) and Article 9 of Code of Conducts for Notaries (“the Code of Conducts”) provide for secrecy. Article 10 of the Code of Conducts adds more.',
    [['Article 38 of the Lawyers Law', 'resolved', '律师38'], ['Article 9 of Code of Conducts for Notaries', 'unknown-regulation', ''],
      ['Article 10 of the Code of Conducts', 'unknown-regulation', '']]],
  ['not a company\'s code named without "for"/"of", nor an ordinal or a case number',
    'The firm adopted a Code of Conduct. Article 38 of the Lawyers Law applies. The 14th session met; case (2019) No. 12.',
    [['Article 38 of the Lawyers Law', 'resolved', '律师38']]],
]);
