// Forms of round 23's second English measurement (heldout33-english): made-up text in the real style against the
// bundled corpus (laws named short: 商标63 is the Trademark Law's article 63).
import { bundledShortTable as table } from './citations/helpers';

// "this article" right after a sentence citing an article, where the writer means their own piece: a name the writer
// gives ("… is called the second consent in this article") or the piece's method ("This article illustrates … by
// looking at two cases") — no mention (english/context/englishThisArticle.ts PAGE_NAMING, writerMethodAfter).
table('citation table: "this article" as the writer\'s piece after a cited article (fix-en39)', [
  ['a name the writer gives "in this article": no mention',
    'Under Article 23 of the Personal Information Protection Law, the provider must obtain consent. This consent is called the second consent in this article, but who obtains it is unclear.',
    [['Article 23 of the Personal Information Protection Law', 'resolved', '个人信息保护23']]],
  ['"considered as … in this article", "referred to as … in this article": no mention',
    'Article 23 of the Personal Information Protection Law requires separate consent. The consent here is regarded as the outer layer of consent in this article. Article 13 of the Personal Information Protection Law lists other grounds, referred to as the exceptions in this article.',
    [['Article 23 of the Personal Information Protection Law', 'resolved', '个人信息保护23'], ['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13']]],
  ['the piece\'s method after a showing verb: no mention',
    'The first paragraph of article 63 of the Trademark Law provides that "where an infringement is malicious and serious, damages may be up to five times". This article illustrates how courts fix the base figure, the "malicious" test, etc., by looking at two cases.',
    [['The first paragraph of article 63 of the Trademark Law', 'resolved', '商标63.1']]],
  ['"through an analysis of", "with three typical cases": no mention',
    'Article 63 of the Trademark Law sets punitive damages. This article examines the base figure through an analysis of recent judgments. Article 57 of the Trademark Law lists infringing acts. This article shows with three typical cases how courts read it.',
    [['Article 63 of the Trademark Law', 'resolved', '商标63'], ['Article 57 of the Trademark Law', 'resolved', '商标57']]],
  ['true back-references stay: "defined in this article", "as referred to in this Article", a showing verb with no method; an ordinal and a case number stay unread',
    'Article 4 of the Personal Information Protection Law defines personal information. The information defined in this article includes encrypted data. Article 63 of the Trademark Law sets damages. This article illustrates the principle of full compensation. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Personal Information Protection Law', 'resolved', '个人信息保护4'], ['this article', 'resolved', '个人信息保护4'], ['Article 63 of the Trademark Law', 'resolved', '商标63'], ['This article', 'resolved', '商标63']]],
]);

// "Implement Regulations/Rules of …": a second-language writer's "Implementing" without its ending — the title they
// mean, when only that one is known (titles.ts lookup).
table('citation table: "the Implement Regulations of Patent Law" (fix-en39)', [
  ['"Implement Regulations of Patent Law", "Implement Rules of the Trademark Law": resolved',
    'Article 13 of the Implement Regulations of Patent Law further states that the unit shall reward the inventor. Article 20 of the Implement Rules of the Trademark Law applies too.',
    [['Article 13 of the Implement Regulations of Patent Law', 'resolved', '专利法实施细则13'], ['Article 20 of the Implement Rules of the Trademark Law', 'resolved', '商标法实施条例20']]],
  ['a law with no such regulation stays unknown; the verb "implement" is no title; an ordinal and a case number stay unread',
    'Article 3 of the Implement Regulations of the Sports Law sets the fee. Firms must implement rules of the Trademark Office under Article 4 of the Trademark Law. The 14th session met; (2019) case No. 12.',
    [['Article 3 of the Implement Regulations of the Sports Law', 'unknown-regulation', ''], ['Article 4 of the Trademark Law', 'resolved', '商标4']]],
]);

// "Article N of the X Law in YEAR, which stipulated …": a writer tracing a rule dates the text and says what it laid
// down — that year's text (english.ts YEAR_IN_WHICH); the corpus holds the Consumer Protection Law of 2013 only.
table('citation table: "Article N of the X Law in YEAR, which stipulated …" (fix-en39)', [
  ['a year the corpus lacks: unknown-regulation',
    'The punitive rule first appeared in Article 49 of the Consumer Protection Law in 1993, which stipulated double compensation for fraud.',
    [['Article 49 of the Consumer Protection Law', 'unknown-regulation', '']]],
  ['a year the corpus holds: resolved',
    'The amount was raised by Article 55 of the Consumer Protection Law in 2013, which provided triple compensation.',
    [['Article 55 of the Consumer Protection Law', 'resolved', '消费者权益保护55']]],
  ['"in YEAR" with no clause of what the text laid down is the year of an act: the text as read; an ordinal and a case number stay unread',
    'The court applied Article 49 of the Consumer Protection Law in 2015 to award damages. The 14th session met; (2019) case No. 12.',
    [['Article 49 of the Consumer Protection Law', 'resolved', '消费者权益保护49']]],
]);

// "The new Torts Law is structured so that article 6 …": a two-word law's name after "the new/revised/amended", known
// or not, is the law in context for the bare articles after it (headings/englishTitlesAlone.ts englishTitlesAlone) — an unknown one gives
// unknown-regulation, never no-context with candidates.
table('citation table: "the new <Subject> Law" then bare articles (fix-en39)', [
  ['an unknown two-word name after "the new": its bare articles are unknown-regulation',
    'The new Arbitrations Law is built so that article 3 sets out the general test. You will need to look at the terms of article 3.',
    [['article 3', 'unknown-regulation', ''], ['article 3', 'unknown-regulation', '']]],
  ['a known one after "the revised": resolved',
    'The revised Trademark Law is built so that article 4 sets out the test of bad faith.',
    [['article 4', 'resolved', '商标4']]],
  ['two capitalised words with no word of revision name no law here; an ordinal and a case number stay unread',
    'The Arbitrations Law class is built so that students read it. The 14th session met; (2019) case No. 12.',
    []],
]);

// "In the 1954 constitution, article 88 reads …", "… modified in the 1975 constitution to read, "…" (Article 28).": on a
// page about China, an earlier constitution of the People's Republic named by its year — a text the corpus lacks
// (english/names/chineseConstitution.ts EARLIER).
table('citation table: an earlier constitution of the PRC named by its year (fix-en39)', [
  ['"the 1954 constitution, article 88", and a bracketed article after a quotation: unknown-regulation',
    'The People\'s Republic of China has had four constitutions. In the 1954 constitution, article 88 reads, "Citizens enjoy religious freedom." The text was modified in the 1975 constitution to read, "Citizens enjoy freedom to believe" (Article 28).',
    [['article 88', 'unknown-regulation', ''], ['Article 28', 'unknown-regulation', '']]],
  ['the 1982 text is the one in force: resolved',
    'The People\'s Republic of China adopted the 1982 Constitution, whose Article 36 protects religious belief.',
    [['Article 36', 'resolved', '宪36']]],
  ['no China on the page: another state\'s constitution stays unread; an ordinal and a case number stay unread',
    'Spain adopted the 1978 constitution after a referendum, and article 16 guarantees freedom of worship. The 14th session met; (2019) case No. 12.',
    []],
]);
