// fix-en80 (pool80-english; heldout51 English p17): English names of laws as writers shorten them, which the title
// table (corpus/data/english-titles.json) does not list — a name one word short of one law's known name
// (english/names/englishOneWordShort.ts), the table's new `also` names of the Work Safety Law, the Fire Protection Law
// and the Product Quality Law — and a capitalised name no table knows right before its article, which takes the
// article instead of the law named earlier (english/names/unknownTitleBefore.ts). Made-up text in the real style
// against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a law\'s English name one word short (fix-en80)', [
  ['"the Fire Law" after and before the article, in quotation marks as a Q&A page writes it',
    'Inspectors act under Article 53 of the Fire Law. According to the "Fire Law" Article 25, a notice is issued.',
    [['Article 53 of the Fire Law', 'resolved', '消防53'], ['"Fire Law" Article 25', 'resolved', '消防25']]],
  ['"the Quality Control Law" for the Product Quality Control Law, "the Consumer Law" for the Consumer Protection Law',
    'Article 14 of the Quality Control Law requires producers to comply; a seller owes three-fold damages under Article 55 of the Consumer Law.',
    [['Article 14 of the Quality Control Law', 'resolved', '产品质量14'], ['Article 55 of the Consumer Law', 'resolved', '消费者权益保护55']]],
  ['"the Police Law": the People\'s Police Law, whose name has those words and no more (not the Armed Police Law)',
    'Article 7 of the Police Law governs the use of weapons.',
    [['Article 7 of the Police Law', 'resolved', '人民警察7']]],
  ['a law the Civil Code replaced stays unknown, whatever law in force has its words and one more',
    'Article 52 of the Contract Law; Article 39 of the Property Law; Article 36 of the Tort Law; Article 18 of the Guarantee Law; Article 1 of the Marriage Law; Article 8 of the Contracts Law; Article 6 of the Torts Law.',
    [['Article 52 of the Contract Law', 'unknown-regulation', ''], ['Article 39 of the Property Law', 'unknown-regulation', ''],
      ['Article 36 of the Tort Law', 'unknown-regulation', ''], ['Article 18 of the Guarantee Law', 'unknown-regulation', ''],
      ['Article 1 of the Marriage Law', 'unknown-regulation', ''], ['Article 8 of the Contracts Law', 'unknown-regulation', ''],
      ['Article 6 of the Torts Law', 'unknown-regulation', '']]],
  ['a word in another form names no law by this rule (the Arbitrations Law)',
    'The Arbitrations Law Article 3 sets out the test.',
    [['Arbitrations Law Article 3', 'unknown-regulation', '']]],
  ['not a name two laws\' names hold, nor one an Anti- law\'s name holds, nor an Act without the country',
    'Article 8 of the Security Law; Article 5 of the Competition Law; Article 6 of the Monopoly Law; Article 9 of the Safety Law.',
    [['Article 8 of the Security Law', 'unknown-regulation', ''], ['Article 5 of the Competition Law', 'unknown-regulation', ''],
      ['Article 6 of the Monopoly Law', 'unknown-regulation', ''], ['Article 9 of the Safety Law', 'unknown-regulation', '']]],
]);

table('citation table: the Work Safety, Fire Protection and Product Quality Laws by the names writers give them (fix-en80)', [
  ['the Production Safety Law, the Safety Production Law, the Law on Safe Production, the Safe Production Law',
    'Under Article 38 of the Production Safety Law, and Article 40 of the Safety Production Law, read with Article 94 of the Law on Safe Production and Article 5 of the Safe Production Law of the People\'s Republic of China.',
    [['Article 38 of the Production Safety Law', 'resolved', '安全生产38'], ['Article 40 of the Safety Production Law', 'resolved', '安全生产40'],
      ['Article 94 of the Law on Safe Production', 'resolved', '安全生产94'], ['Article 5 of the Safe Production Law of the People\'s Republic of China', 'resolved', '安全生产5']]],
  ['the Fire Control Law, the Product Quality Control Law',
    'Article 12 of the Fire Control Law of the People\'s Republic of China; Article 31 of the Product Quality Control Law.',
    [['Article 12 of the Fire Control Law of the People\'s Republic of China', 'resolved', '消防12'], ['Article 31 of the Product Quality Control Law', 'resolved', '产品质量31']]],
  ['a law that only resembles them stays unknown',
    'Article 12 of the Mine Production Safety Law; Article 3 of the Forest Fire Control Law.',
    [['Article 12 of the Mine Production Safety Law', 'unknown-regulation', ''], ['Article 3 of the Forest Fire Control Law', 'unknown-regulation', '']]],
]);

table('citation table: an unknown capitalised name right before its article (fix-en80)', [
  ['glued to the article, after the Civil Code was named: the name\'s article, not the Civil Code\'s',
    'The Civil Code governs contracts. The Widget Safety Law Article 25 requires inspections, and so does the Fire Law Article 26.',
    [['Widget Safety Law Article 25', 'unknown-regulation', ''], ['Fire Law Article 26', 'resolved', '消防26']]],
  ['set off by a comma after "Under" / "According to"',
    'The Civil Code governs contracts. Under the Widget Safety Law, Article 27 applies. According to the Fire Law, Article 28 applies.',
    [['Widget Safety Law, Article 27', 'unknown-regulation', ''], ['Fire Law, Article 28', 'resolved', '消防28']]],
  ['not a version word alone, nor a name ending before another word, nor a title-case heading',
    'The Civil Code governs contracts. The New Law Article 30 applies. The Widget Safety Law Committee Article 31 applies. Chapter Two Of Book Three Law Article 33 applies.',
    [['Article 30', 'resolved', '民法典30'], ['Article 31', 'resolved', '民法典31'], ['Article 33', 'resolved', '民法典33']]],
]);
