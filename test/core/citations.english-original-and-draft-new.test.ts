// "the original requirement … under Article 43 of the Land Administration Law" in a note on an amendment, and "the
// draft adds a new Article 44" in a note on a draft (round 25, heldout37-english p13 and p14): made-up text in the real
// style against the bundled corpus (laws named short: 土地管理34 is the Land Administration Law's article 34).
import { bundledShortTable as table } from './citations/helpers';

// "original" before the provision's noun names the text before the amendment (englishOriginalArticle.ts
// ORIGINAL_NOUN_BEFORE): the corpus holds only the 2019 text, so the earlier one is unknown.
table('citation table: "the original requirement … under Article N" in a sentence on a change (english-original-and-draft-new)', [
  ['"deletes the original requirement that “…” under Article 43 of the Land Administration Law"',
    'The Decision deletes the original requirement that “any unit which needs land for construction shall apply for state-owned land” under Article 43 of the Land Administration Law and provides that collective land may be leased.',
    [['Article 43 of the Land Administration Law', 'unknown-regulation', '']]],
  ['"the previous provision in Article 63 … was removed"',
    'The amendment removed the previous provision in Article 63 of the Land Administration Law on collective land.',
    [['Article 63 of the Land Administration Law', 'unknown-regulation', '']]],
  ['not "the original requirement" in a sentence speaking of no change, nor a count',
    'The original requirement under Article 43 of the Land Administration Law still applies to 14 cities.',
    [['Article 43 of the Land Administration Law', 'resolved', '土地管理43']]],
]);

// "a new Article 44" a draft adds is the draft's numbering (englishDraftAfter.ts draftNewArticleOf); "the existing law"
// after it is the law in force (existingLaw.ts).
table('citation table: an article a draft adds, then "the existing law" (english-original-and-draft-new)', [
  ['"The Draft for Comments adds a new Article 44 …. Another new article in Article 63 …", then "Article 62 of the existing law"',
    'The Ministry published the Amendment of the Land Administration Law to solicit comments (the “Draft for Comments”). The Draft for Comments revises Article 34 by changing the basic farmland system. The Draft for Comments adds a new Article 44, which allows expropriation. Another new article in Article 63 provides for a unified market. The Draft for Comments proposes to revise Article 62 of the existing law by requiring approval.',
    [['Article 34', 'resolved', '土地管理34'], ['Article 44', 'unknown-regulation', ''], ['Article 63', 'unknown-regulation', ''], ['Article 62 of the existing law', 'resolved', '土地管理62']]],
  ['not another law than the one in context for "the existing law" with no draft named',
    'Article 30 of the Labor Law applies. Article 31 of the existing law applies too.',
    [['Article 30 of the Labor Law', 'resolved', '劳动30'], ['Article 31 of the existing law', 'resolved', '劳动31']]],
  ['not "a new Article 5" in a note on an enacted law with no draft its subject',
    'The Land Administration Law was amended in 2019. The amendment puts a new Article 44 on farmland.',
    [['Article 44', 'resolved', '土地管理44']]],
]);
