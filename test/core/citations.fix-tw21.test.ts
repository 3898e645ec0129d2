// Forms of pages written under Taiwan's and Hong Kong's laws that the eighteenth fair measurement (heldout20, now a
// tuning set) left missed or wrong (fix-tw21): made-up text in the real style against the bundled corpus (laws named
// short: 劳动3 is the Labour Law's article 3).
import { bundledShortTable as table } from './citations/helpers';

// 程序法 and 实体法 alone are kinds of law; after the field they govern (行政程序法) they end a law's name, which the
// corpus does not hold (unknownLawName.ts KIND_OF_LAW). On a Taiwan page (a letter dated 民國95年) that name, written
// apart from its article in the database field 相關法條 (行政程序法 第 120、121 條), names the law too
// (spacedRocName.ts), and a bare article after it is that law's.
table('citation table: 行政程序法 without 《》, glued or apart from its articles (fix-tw21)', [
  ['a ministry letter: the 相關法條 field, the name glued to its article, a bare article after it',
    '發文日期: 民國 95 年 03 月 11 日\n相關法條 行政程序法 第 120、121、122 條\n說明:按行政程序法第一百二十條第一項規定:「某某。」第一百二十二條復規定:「某某。」',
    [['行政程序法 第 120、121、122 條', 'unknown-regulation', ''], ['行政程序法第一百二十條第一項', 'unknown-regulation', ''],
      ['第一百二十二條', 'unknown-regulation', '']]],
  ['a mainland page: the name is no article of the law cited before it', '《中华人民共和国劳动法》第三条规定了权利。依照行政程序法第十条处理。',
    [['《中华人民共和国劳动法》第三条', 'resolved', '劳动3'], ['行政程序法第十条', 'unknown-regulation', '']]],
  ['not 程序法 alone, a kind of law (the law cited before keeps the article)', '《中华人民共和国劳动法》第三条规定了权利。实体法和程序法第十条的关系。',
    [['《中华人民共和国劳动法》第三条', 'resolved', '劳动3'], ['第十条', 'resolved', '劳动10']]],
  ['not 本法 or a kind alone apart from the article, on a Taiwan page; ordinals and case numbers stay unread',
    '發文日期: 民國 95 年 03 月 11 日\n相關法條 本法 第 5 條、辦法 第 3 條\n第十四屆第一次會議。（2019）某刑初12號。',
    [['第 5 條', 'no-context', ''], ['第 3 條', 'no-context', '']]],
  ['not a name apart from its article on a mainland page (read as before: the known law)', '相关法条 劳动法 第 10 条',
    [['第 10 条', 'resolved', '劳动10']]],
]);

// 同條第二項 — the article cited last, another of its 項 — and the items after it in brackets ((第一款): 款 is the item
// on a Taiwan page) follow the Taiwan law named before them; 此觀 before 民法 points to it as 依 does
// (unknownLawName.ts CITING_VERB_BEFORE).
table('citation table: 同條第N項 and bracketed 款 after a Taiwan law, 此觀民法 (fix-tw21)', [
  ['同條第二項 and (第一款), (第二款) after 行政程序法',
    '發文日期: 民國 95 年 03 月 11 日\n按行政程序法第一百二十條第一項規定:「某某。」同條第二項復將其區分為甲類 (第一款) ,及乙類 (第二款) 二類。',
    [['行政程序法第一百二十條第一項', 'unknown-regulation', ''], ['同條第二項', 'unknown-regulation', ''],
      ['第一款', 'unknown-regulation', ''], ['第二款', 'unknown-regulation', '']]],
  ['a Taiwan high court\'s digest: 此觀民法…準用同條…規定自明', '裁判法院:臺灣高等法院\n此觀民法第188條第2項準用同條第1項前段規定自明。',
    [['民法第188條第2項', 'unknown-regulation', ''], ['同條第1項前段', 'unknown-regulation', '']]],
]);

// A Hong Kong section inserted later keeps its capital letter in a list of sections before one 條, with or without
// brackets (hongKongSection.ts SECTION_IN_LIST): one citation of the ordinance, which the corpus does not hold.
table('citation table: Hong Kong sections with letters listed before one 條 (fix-tw21)', [
  ['a lawyer\'s case note: 第45A、45B、45C(1)及46條 and 第45D、45E及47(b)條',
    '仲人權—《某某罪行條例》(第300章)第45A、45B、45C(1)及46條歧視某類人—《某某罪行條例》第45D、45E及47(b)條的補救性詮釋',
    [['第45A、45B、45C(1)及46條', 'unknown-regulation', ''], ['《某某罪行條例》第45D、45E及47(b)條', 'unknown-regulation', '']]],
  ['not a mainland list without letters or brackets', '依照《中华人民共和国刑法》第6及7条处理。',
    [['《中华人民共和国刑法》第6及7条', 'resolved', '刑6 刑7']]],
]);

// An English page naming a Taiwan court after its city (the Hsinchu District Court) or a Taiwan Supreme Court case
// number (110-Tai-Shang-1234-Zi) speaks of Taiwan (taiwanCourts.ts TAIWAN_COURT): its Civil Code is Taiwan's,
// unknown to the corpus — not another state's (no citation) nor the PRC's.
table('citation table: an English note on a Taiwan Supreme Court decision (fix-tw21)', [
  ['"the 110-Tai-Shang-1234-Zi Decision", "the Hsinchu District Court", "Article 191 of the same law"',
    'The Supreme Court rendered the 110-Tai-Shang-1234-Zi Decision, holding that Article 191 of the Civil Code applies to an owner.\nThe Appellee applied to the Hsinchu District Court and claimed damages under Articles 185 and 188 of the Civil Code. The duty under Article 191 of the same law is strict.',
    [['Article 191 of the Civil Code', 'unknown-regulation', ''], ['Articles 185 and 188 of the Civil Code', 'unknown-regulation', ''],
      ['Article 191 of the same law', 'unknown-regulation', '']]],
  ['not a Japanese court\'s page (another state\'s law: no citation); the 14th session stays unread',
    'The Tokyo District Court held that Article 709 of the Civil Code applies. The Osaka High Court agreed at its 14th session.', []],
]);
