// English names of Chinese laws, regulations and court interpretations as writers write them (issue 14, round 29,
// fix-en90): a names table harvested from real pages — this round's pool (pool90 English: law-firm memos, explainers,
// news, theses, machine-translated Q&A) and the older page sets (heldout34–52, pool70/80) — each name put in a sentence
// the way its page wrote it, with an article the law has. A row asserts the title a careful reader means (or, for a
// name of a text the corpus lacks — a repealed law, a plan — that no law is resolved). The rows the branch does not
// read yet are listed in the round's report, not asserted. Then the general rules of this round, positive and
// negative rows (english/names/englishComposed.ts, englishLawLikeTitle.ts, englishOneWordShort.ts).
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { bundledCorpus, bundledShortTable as table } from './citations/helpers';

/** [sentence as its page names the law, the corpus title meant (null: a text the corpus lacks)], page in the comment. */
const NAMES: [string, string | null][] = [
  // pool90 p01: https://translate.hicom-asia.com/area/article-39-labor-law/library/9
  ["Article 39 of China's Labor Contract Law lists the grounds.", "中华人民共和国劳动合同法"],
  // pool90 p01: https://translate.hicom-asia.com/area/article-39-labor-law/library/9
  ["China's Data Security Law Article 36 works as a blocking statute.", "中华人民共和国数据安全法"],
  // pool90 p01: https://translate.hicom-asia.com/area/article-39-labor-law/library/9
  ["China's DSL Article 36 acts as a blocking statute.", "中华人民共和国数据安全法"],
  // pool90 p01: https://translate.hicom-asia.com/area/article-39-labor-law/library/9
  ["This is addressed by PRC Labor Contract Law Article 26(1), which deems the contract invalid.", "中华人民共和国劳动合同法"],
  // pool90 p02: https://translate.hicom-asia.com/area/article-39-termination-grounds/library/5/
  ["Article 39 of the PRC Labor Contract Law outlines the grounds.", "中华人民共和国劳动合同法"],
  // pool90 p04: https://translate.hicom-asia.com/area/termination-grounds-article-39
  ["These grounds are defined by Article 39 of the PRC Employment Contract Law.", "中华人民共和国劳动合同法"],
  // pool90 p05: https://bifrostindex.ai/guides/china/lawful-bases
  ["PIPL Article 13 sets out the seven statutory bases.", "中华人民共和国个人信息保护法"],
  // pool90 p05: https://bifrostindex.ai/guides/china/lawful-bases
  ["The seven lawful bases (PIPL Art. 13) are listed below.", "中华人民共和国个人信息保护法"],
  // pool90 p06: https://translate.hicom-asia.com/area/pipl-article-14/library/9/
  ["Article 14 of China's Personal Information Protection Law (PIPL) requires consent.", "中华人民共和国个人信息保护法"],
  // pool90 p08: https://comparativeai.org/en/rules/china/data-security-law/
  ["Article 36 of the Data Security Law of the People's Republic of China (DSL) is a blocking statute.", "中华人民共和国数据安全法"],
  // pool90 p09: https://chinadataregulation.com/laws/dsl/articles/article-21/
  ["Source reference: DSL Article 21.", "中华人民共和国数据安全法"],
  // pool90 p16: https://globethesis.com/?t=2556306323972859
  ["Many people criticized Article 24 of the Judicial Interpretation II of the Marriage Law.", "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）"],
  // pool90 p16: https://globethesis.com/?t=2556306323972859
  ["According to Article 41 of original Marriage Law, the debts are joint.", null],
  // pool90 p17: https://www.globethesis.com/?t=2556307127464784
  ["Article 1064 of the Civil Code adopts the criteria.", "中华人民共和国民法典"],
  // pool90 p19: http://mondaq.com/china/x/72576/employee+rights+labour+relations/Implementation+Regulations+For+The+PRC+Labour+Contract+Law
  ["Article 5 of the Implementation Regulations of the Labour Contract Law clarifies the rule.", "中华人民共和国劳动合同法实施条例"],
  // pool90 p21: https://docslib.org/doc/11311453/belt-road-typical-case-13-towards-a-liberal-interpretation-of-the-reciprocity-principle-for-recognition-and-enforcement-o
  ["Article 282 of the Civil Procedure Law of the People's Republic of China provides the requirements.", "中华人民共和国民事诉讼法"],
  // pool90 p21: https://docslib.org/doc/11311453/belt-road-typical-case-13-towards-a-liberal-interpretation-of-the-reciprocity-principle-for-recognition-and-enforcement-o
  ["Article 544 of the Interpretation of the Supreme People's Court Concerning the Application of the \"Civil Procedure Law of the People's Republic of China\" further affirms it.", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"],
  // pool90 p23: https://www.rsa-tax.com/single-post/severance-payment-for-labor-termination
  ["The criteria are explained in Article 47 of the PRC Labor Contract Law.", "中华人民共和国劳动合同法"],
  // pool90 p24: https://translate.hicom-asia.com/area/article-47-severance-pay/library/6
  ["This provision refers to Article 47 of the People's Republic of China Labor Contract Law.", "中华人民共和国劳动合同法"],
  // pool90 p26: https://legalbusinessonline.com/sites/default/files/e-magazines/ALB-OCTOBER-2023-(CHINA-EDITION)/63
  ["Article 3 of the Provisions of Supreme People's Court on Several Issues Regarding Applicable Law for Trying Civil Cases of Trade Secret Infringement defines it.", "最高人民法院关于审理侵犯商业秘密民事案件适用法律若干问题的规定"],
  // pool90 p26: https://legalbusinessonline.com/sites/default/files/e-magazines/ALB-OCTOBER-2023-(CHINA-EDITION)/63
  ["Anti-Unfair Competition Law of the People's Republic of China (2019 Amendment) Article 9 prohibits it.", "中华人民共和国反不正当竞争法"],
  // pool90 p29: https://www.globethesis.com/?t=2556307184495054
  ["The expression in Article 38 of the Electronic Commerce Law is disputed.", "中华人民共和国电子商务法"],
  // pool90 p33: https://wodefinance.com/Creditcardoverdue/whystbwady.html
  ["People's Republic of China (PRC) Civil Code Article 1064 defines joint debts.", "中华人民共和国民法典"],
  // pool90 p34: http://www.plnmw.com/PatentApplication/unbpblfabb.html
  ["Cases as stipulated in Item (1) of Article 19 of the Civil Procedure Law are major cases.", "中华人民共和国民事诉讼法"],
  // pool90 p38: https://supremepeoplescourtmonitor.com/tag/foreign-related-rule-of-law
  ["The court implemented Article 33 of the sixth judicial reform plan.", null],
  // pool90 p39: https://www.concurrences.com/en/bulletin/news-issues/august-2013/the-chinese-government-remains-unclear-about-the-enforcement-of-the-anti
  ["Vertical agreements are prohibited by Article 14 of the Anti-monopoly Law of the People's Republic of China.", "中华人民共和国反垄断法"],
  // pool90 p40: https://www.chinalawinsight.com/tags/rpm/
  ["The companies violated Article 14 of the Antimonopoly Law.", "中华人民共和国反垄断法"],
  // pool90 p43: https://www.securityscientist.net/blog/12-questions-and-answers-about-cyber-security-law-csl-regulation
  ["From MLPS obligations to China's CSL Article 37 data localization, here are the answers.", "中华人民共和国网络安全法"],
  // pool90 p43: https://www.securityscientist.net/blog/12-questions-and-answers-about-cyber-security-law-csl-regulation
  ["Article 37 of the Cyber Security Law requires local storage.", "中华人民共和国网络安全法"],
  // heldout35-english p22: http://www.mondaq.com/china/x/496592/Trademark/Article+30+Of+The+Chinese+Trademark+LawA+DoubleEdged+Sword+In+Trademark+Examination+And+Opposition
  ["Under Article 57 of the Trademark Law, the use is an infringement.", "中华人民共和国商标法"],
  // heldout39-english p06: http://www.plnmw.com/LawyersDirectory/zvbdtvnxaw.html
  ["Article 20 of the Criminal Law of People's Republic of China (PRC) provides self-defence.", "中华人民共和国刑法"],
  // heldout41-english p18: https://www.wipo.int/patent-judicial-guide/en/full-guide/china/4.3.1
  ["Article 26 of the Patent Law requires the claims.", "中华人民共和国专利法"],
  // heldout39-english p15: https://wodefinance.com/TianTianFund/uetkaptaic.html
  ["Article 82 of the Labor Law sets the time limit.", "中华人民共和国劳动法"],
  // heldout41-english p20: https://helpleft.com/en/finance/what-are-the-qualifications-for-bankruptcy.html
  ["Article 2 of the Enterprise Bankruptcy Law of the People's Republic of China applies.", "中华人民共和国企业破产法"],
  // heldout34-english p05: https://wodezhubaowang.com/Clothingcompany/jfpwhkvqfr.html
  ["Article 16 of China's Criminal Law provides it.", "中华人民共和国刑法"],
  // heldout35-english p23: https://wodefinance.com/Trademarkregistration/ahzebbizsd.html
  ["Article 57 of the Trademark Law of People's Republic of China (PRC) lists infringements.", "中华人民共和国商标法"],
  // heldout38-english p06: https://www.jdsupra.com/legalnews/punitive-damages-for-trademark-1214788/
  ["Article 46 of the PRC Civil Code is cited.", "中华人民共和国民法典"],
  // heldout38-english p06: https://www.jdsupra.com/legalnews/punitive-damages-for-trademark-1214788/
  ["Article 16 of the Civil Code of the PRC applies.", "中华人民共和国民法典"],
  // heldout41-english p22: https://daydaynews.cc/en/hotcomm/3354472.html
  ["Article 16 of the Insurance Law requires disclosure.", "中华人民共和国保险法"],
  // heldout37-english p10: https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=https%3A%2F%2Fiask.sina.com.cn%2Fb%2Flaw9JkWhAdFAdh.html&source=url&to=en
  ["Article 58 of the Social Insurance Law requires registration.", "中华人民共和国社会保险法"],
  // heldout52-english p21: http://www.orobotics.cn/opinion/2009-07/01/content_8342347.htm
  ["Article 91 of the Road Traffic Safety Law punishes it.", "中华人民共和国道路交通安全法"],
  // heldout34-english p07: https://www.mondaq.com/china/telecoms-mobile--cable-communications/1292458/a-practical-guide-how-to-really-make-chinas-scc-work-for-your-business-
  ["Article 13 of the Personal Information Protection Law lists the bases.", "中华人民共和国个人信息保护法"],
  // heldout34-english p10: https://en.elitere.cn/2330
  ["Article 17 of the Narcotics Control Law of the People's Republic of China requires it.", "中华人民共和国禁毒法"],
  // heldout35-english p21: http://en.kangxin.com/html/2/218/219/220/26213.html
  ["Article 65 of the Implementing Rules of the Patent Law provides invalidation.", "中华人民共和国专利法实施细则"],
  // heldout35-english p21: http://en.kangxin.com/html/2/218/219/220/26213.html
  ["Rule 66 of the Implementing Regulations of the Patent Law applies.", "中华人民共和国专利法实施细则"],
  // heldout35-english p22: http://www.mondaq.com/china/x/496592/Trademark/Article+30+Of+The+Chinese+Trademark+LawA+DoubleEdged+Sword+In+Trademark+Examination+And+Opposition
  ["Article 59 of China Trademark Law allows prior use.", "中华人民共和国商标法"],
  // heldout38-english p15: http://www.ichinalaw.com/article.php?id=102
  ["Article 14 of the Company Law Interpretation II governs dissolution suits.", "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）"],
  // heldout34-english p15: http://www.plnmw.com/PatentApplication/odcsdkbthz.html
  ["Article 25 of China’s Patent Law excludes methods.", "中华人民共和国专利法"],
  // heldout35-english p22: http://www.mondaq.com/china/x/496592/Trademark/Article+30+Of+The+Chinese+Trademark+LawA+DoubleEdged+Sword+In+Trademark+Examination+And+Opposition
  ["Article 7 of the Chinese Trademark Law requires good faith.", "中华人民共和国商标法"],
  // heldout38-english p07: https://translate.hicom-asia.com/area/pipl-article-13/library/6/
  ["Transfers are governed by PIPL Article Thirty-Nine.", "中华人民共和国个人信息保护法"],
  // heldout36-english p14: https://www.lexology.com/library/detail.aspx?g=4b48f1c1-e188-4647-8a50-0cf709b28add
  ["Article 17 of the DSL requires it.", "中华人民共和国数据安全法"],
  // heldout37-english p03: http://lnmlw.com/Localtaxation/qyhnngoxum.html
  ["Article 45 of the Tax Administration Law gives priority.", "中华人民共和国税收征收管理法"],
  // heldout40-english p21: http://lnmlw.com/Localtaxation/pslqwpjqaa.html
  ["Article 40 of the Law of the People's Republic of China on the Administration of Tax Collection applies.", "中华人民共和国税收征收管理法"],
  // heldout37-english p05: https://www.shndlaw.com/index.php/post/307
  ["Article 11 of the Archival Law applies.", "中华人民共和国档案法"],
  // heldout52-english p06: http://www.plnmw.com/InformationTechnologyConsulting/slydwyaxzj.html
  ["Article 52 of the Contract Law lists void contracts.", null],
  // heldout37-english p10: https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=https%3A%2F%2Fiask.sina.com.cn%2Fb%2Flaw9JkWhAdFAdh.html&source=url&to=en
  ["Article 14 of the Regulations on Work-related Injury Insurance lists the cases.", "工伤保险条例"],
  // heldout51-english p23: https://globethesis.com/?t=2506306485465334
  ["Article 38 of the E-commerce Law is controversial.", "中华人民共和国电子商务法"],
  // heldout42-english p02: http://www.plnmw.com/ClothingCompany/qrpymdwcpd.html
  ["Article 41 of the Enterprise Income Tax Law applies.", "中华人民共和国企业所得税法"],
  // heldout42-english p08: http://lnmlw.com/Localtaxation/vomagzkyvp.html
  ["Article 2 of the Regulations on the Implementation of the Enterprise Income Tax Law defines it.", "中华人民共和国企业所得税法实施条例"],
  // heldout38-english p03: http://www.chinaiplawyer.com/fair-use-others-works-china/
  ["Article 10 of the Enforcement Regulations of Copyright Law of China applies.", "中华人民共和国著作权法实施条例"],
  // pool80-english p21: https://www.chinesepen.org/english/parsing-the-new-internet-rules-of-chinas-supreme-court
  ["Article 6 of the original Tort Liability Law provides fault liability.", null],
  // heldout40-english p24: http://www.plnmw.com/LawyersDirectory/ymvchtvsrf.html
  ["Article 106 of the General Principles of the Civil Law provides it.", null],
  // heldout51-english p15: http://lnmlw.com/Loanconsultation/fmfncgdcjw.html
  ["Article 686 of the Civil Code of People's Republic of China (PRC) applies.", "中华人民共和国民法典"],
  // heldout39-english p14: https://www.kw-legal.com/?p=20746
  ["Article 27 of the Labor Dispute Mediation and Arbitration Law sets the limit.", "中华人民共和国劳动争议调解仲裁法"],
  // heldout39-english p14: https://www.kw-legal.com/?p=20746
  ["Article 10 of the Regulations on the Implementation of the Labor Contract Law applies.", "中华人民共和国劳动合同法实施条例"],
  // heldout41-english p03: http://cardozapub.com/CateringIndustry/wacxmaopko.html
  ["Article 7 of the Interim Provisions on the Payment of Wages requires payment.", "工资支付暂行规定"],
  // heldout38-english p16: https://laitimes.com/en/article/6txw5_7aa68.html
  ["Article 13 of the Interpretation of Guarantee of the Civil Code applies.", "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释"],
  // heldout39-english p01: http://lnmlw.com/Loanconsultation/denotxwaes.html
  ["Article 24 of the Provisions on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases applies.", "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"],
  // heldout34-english p18: https://www.nchrd.org/2007/03/crd-open-letter-to-the-npc-urging-constitutional-review-of-the-crime-of-inciting-subversion/
  ["Article 35 of the PRC Constitution guarantees speech.", "中华人民共和国宪法"],
  // heldout39-english p11: https://www.996510.com/technology/453.html
  ["Article 55 of the Consumer Rights Protection Law of the People's Republic of China gives punitive damages.", "中华人民共和国消费者权益保护法"],
  // pool80-mtqa p01: http://www.plnmw.com/CompanyRegistration/dswknkdqfa.html
  ["Article 42 of the Labor Law of People's Republic of China applies.", "中华人民共和国劳动法"],
  // pool80-mtqa p22: https://www.landingasia.com/post/what-can-i-do-if-the-chinese-defendant-refuses-to-pay-according-to-judgments
  ["Article 119 of the PRC Civil Procedure Law lists conditions.", "中华人民共和国民事诉讼法"],
  // heldout41-english p13: https://law.asia/china-anti-unfair-competition-law/
  ["Article 2 of the PRC Anti-unfair Competition Law requires good faith.", "中华人民共和国反不正当竞争法"],
  // pool80-english p23: https://www.iam-media.com/article/the-tort-law-and-internet-service-providers
  ["Article 50 of the Trademark Implementing Regulations applies.", "中华人民共和国商标法实施条例"],
  // pool70-english p15: https://webiis06.mondaq.com/china/inward-foreign-investment/900766/new-rules-for-the-foreign-investment-law-in-china?type=mondaqai&score=73
  ["Article 2 of the Foreign Investment Law includes natural persons.", "中华人民共和国外商投资法"],
  // pool80-english p07: http://one-web.t4staging.qmul.ac.uk/euplant/blog/items/national-security-review-of-foreign-investment-in-china-one-decade-later.html
  ["Article 34 of the FIL requires reporting.", "中华人民共和国外商投资法"],
  // pool80-english p09: https://translate.hicom-asia.com/area/labor-law-article-40/library/4
  ["Article 10 of the People’s Republic of China Labor Contract Law requires a written contract.", "中华人民共和国劳动合同法"],
  // heldout51-english p19: http://www.kw-legal.com/en/2021/07/30/10703en/
  ["Article 32 of the Administrative Punishment Law applies.", "中华人民共和国行政处罚法"],
  // heldout38-english p11: https://newsflash.city/2402/0b77ead440b9f730.html
  ["Article 20 of the Company Law stipulates it.", "中华人民共和国公司法"],
  // heldout38-english p15: http://www.ichinalaw.com/article.php?id=102
  ["Article 151 of China Company Law allows derivative suits.", "中华人民共和国公司法"],
  // heldout51-english p20: https://translate.hicom-asia.com/area/share-forfeiture-rule-article-52/library/7
  ["Article 3 of the PRC Company Law (2023 Revision) applies.", "中华人民共和国公司法"],
  // pool80-english p02: https://engbus.cn/hangye/13/12408.html
  ["Article 71 of the PRC, Company Law applies.", "中华人民共和国公司法"],
  // heldout40-english p02: https://conventuslaw.com/report/annual-review-on-construction-dispute-resolution-3
  ["Article 1 of the Judicial Interpretation (I) on Construction Engineering Contracts applies.", "最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）"],
  // heldout41-english p20: https://helpleft.com/en/finance/what-are-the-qualifications-for-bankruptcy.html
  ["Article 2 of the Regulations of the Supreme People’s Court on Several Issues Concerning the Trial of Enterprise Bankruptcy Cases applies.", "最高人民法院关于审理企业破产案件若干问题的规定"],
  // heldout35-english p22: http://www.mondaq.com/china/x/496592/Trademark/Article+30+Of+The+Chinese+Trademark+LawA+DoubleEdged+Sword+In+Trademark+Examination+And+Opposition
  ["Article 9 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Laws in the Trial of Trademark Civil Disputes applies.", "最高人民法院关于审理商标民事纠纷案件适用法律若干问题的解释"],
  // heldout41-english p13: https://law.asia/china-anti-unfair-competition-law/
  ["Article 6 of the AUCL protects names.", "中华人民共和国反不正当竞争法"],
  // heldout41-english p13: https://law.asia/china-anti-unfair-competition-law/
  ["Article 6 of the Revised AUCL protects names.", "中华人民共和国反不正当竞争法"],
  // heldout41-english p18: https://www.wipo.int/patent-judicial-guide/en/full-guide/china/4.3.1
  ["Article 13 of the Interpretation of Patent Infringement Dispute Cases applies.", "最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释"],
  // pool80-english p02: https://engbus.cn/hangye/13/12408.html
  ["Article 21 of the Security Law applies.", null],
  // heldout37-english p13: https://www.leetsai.com/other-areas/land-administration-law-of-the-peoples-republic-of-china-mainland-china
  ["Article 8 of the Land Administration Law applies.", "中华人民共和国土地管理法"],
  // heldout42-english p05: https://spanish.lehmanlaw.com/centro-de-busqueda/faqs/product-liability/is-a-producer-responsible-for-products-that-he-or-she-had-not-introducted-into-the-market.html
  ["Article 30 of the Product Quality Law applies.", "中华人民共和国产品质量法"],
  // heldout51-english p16: http://justalen.com/en_content.asp?fl=4&id=284&lx=Copyright
  ["Article 13 of the Copyright Law applies.", "中华人民共和国著作权法"],
  // heldout37-english p21: https://woyaojiankangwang.com/Medicalequipmententerprise/majdpyicfg.html
  ["Article 11 of the Penal Code applies.", "中华人民共和国刑法"],
  // heldout40-english p24: http://www.plnmw.com/LawyersDirectory/ymvchtvsrf.html
  ["Article 26 of the current PRC Tort Law applies.", null],
  // heldout41-english p03: http://cardozapub.com/CateringIndustry/wacxmaopko.html
  ["Article 75 of the Interim Provisions on Labor Dispatch applies.", null],
  // pool90 p48: http://lawdata.com.tw/tw/detail.aspx?no=425451
  ["It is the legislative intention of Article 9 of the Judicial Interpretation IV of Corporate Law.", "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（四）"],
  // pool90 p50: https://www.guolinglaw.com/en/621.html
  ["According to Articles 33 and 97 of the Company Law, there are two main ways.", "中华人民共和国公司法"],
  // pool90 p50: https://www.guolinglaw.com/en/621.html
  ["According to the provisions of Article 33, paragraph 2, of the Company Law, the shareholders make a request.", "中华人民共和国公司法"],
  // pool90 p51: https://landinglawyer.com/en/news/1469.html
  ["Starting with Article 1 of the Supreme People's Court's provisions on the application of the Company Law of the People's Republic of China (V), he spoke.", "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（五）"],
  // pool90 p52: http://www.plnmw.com/CompanyRegistration/ghgraekrdv.html
  ["legal ground\nArticle 1 of the company law\nThis Law is formulated.", "中华人民共和国公司法"],
];

describe('English names harvested from real pages (fix-en90)', () => {
  for (const [sentence, meant] of NAMES) {
    it(sentence, () => {
      const cs = analyzeDocument(sentence, bundledCorpus()).citations.filter((c) => !c.titleOnly);
      const resolved = cs.filter((c) => c.status === 'resolved').flatMap((c) => c.targets.map((t) => t.regulation));
      if (meant === null) assert.deepStrictEqual(resolved, [], sentence);
      else assert.ok(resolved.length > 0 && resolved.every((r) => r === meant), `${sentence} → ${JSON.stringify(cs.map((c) => [c.text, c.status, c.targets.map((t) => t.regulation)]))}`);
    });
  }
});

// A law's name followed by the kind of a text made on it — "the Patent Law Implementing Rules", "the Company Law
// Interpretation (III)", "the Enterprise Bankruptcy Law Provisions (II)", "the Civil Code Interpretation on Guarantee" — is
// that text, never the law (englishComposed.ts; the bracketed number closes the title, englishLawLikeTitle.ts).
table('citation table: a law\'s name, then the kind of a text made on it (fix-en90)', [
  ['the court\'s numbered interpretation, its number in brackets',
    'Under Article 13 of the Company Law Interpretation (III), shareholders who fail to contribute are liable.',
    [['Article 13 of the Company Law Interpretation (III)', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）13']]],
  ['an Arabic number in brackets, a roman one after "Judicial Interpretation"',
    'Article 24 of the Marriage Law Interpretation (II) was criticized. Article 9 of the Company Law Judicial Interpretation (IV) protects the right to know.',
    [['Article 24 of the Marriage Law Interpretation (II)', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）24'],
      ['Article 9 of the Company Law Judicial Interpretation (IV)', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（四）9']]],
  ['the court\'s numbered provisions, the law named first',
    'Under Article 10 of the Enterprise Bankruptcy Law Provisions (II), the administrator may recover the property.',
    [['Article 10 of the Enterprise Bankruptcy Law Provisions (II)', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（二）10']]],
  ['the implementing rules after the law\'s name: its 实施细则, else its 实施条例',
    'Under Article 10 of the Patent Law Implementing Rules and Article 50 of the Trademark Law Implementing Rules, the rule applies.',
    [['Article 10 of the Patent Law Implementing Rules', 'resolved', '专利法实施细则10'], ['Article 50 of the Trademark Law Implementing Rules', 'resolved', '商标法实施条例50']]],
  ['the subject alone before the kind, "Law" left off',
    'Article 50 of the Trademark Implementing Regulations provides that the act is an infringement.',
    [['Article 50 of the Trademark Implementing Regulations', 'resolved', '商标法实施条例50']]],
  ['implementing measures, named either way',
    'Article 10 of the Archival Law Implementing Measures and Article 11 of the Implementing Measures for the Archival Law apply.',
    [['Article 10 of the Archival Law Implementing Measures', 'resolved', '档案法实施办10'], ['Article 11 of the Implementing Measures for the Archival Law', 'resolved', '档案法实施办11']]],
  ['the Civil Code named first, then the book its interpretation is on',
    'Under Article 17 of the Civil Code Interpretation on Guarantee and Article 6 of the Civil Code Interpretation on Marriage and Family (I), the rule applies.',
    [['Article 17 of the Civil Code Interpretation on Guarantee', 'resolved', '最高人民法院关于适用《民法典》有关担保制度的解释17'],
      ['Article 6 of the Civil Code Interpretation on Marriage and Family (I)', 'resolved', '最高人民法院关于适用《民法典》婚姻家庭编的解释（一）6']]],
  ['not a text the corpus lacks: unknown, never the law',
    'Under Article 10 of the Labor Contract Law Implementing Measures, the rule applies.',
    [['Article 10 of the Labor Contract Law Implementing Measures', 'unknown-regulation', '']]],
  ['not a year in brackets: the law\'s version',
    'Under Article 13 of the Company Law (2018), the rule applies.',
    [['Article 13 of the Company Law', 'resolved', '公司13']]],
  ['not the law and its implementing rules named side by side: the law\'s article',
    'Under Article 10 of the Patent Law and its Implementing Rules, the rule applies.',
    [['Article 10 of the Patent Law', 'resolved', '专利10']]],
  ['not lower-case provisions after the law, nor the Civil Code and words naming no book',
    'Under Article 4 of the Company Law provisions (II), the rule applies. Under Article 10 of the Civil Code Interpretation on the Draft, it differs.',
    [['Article 4 of the Company Law', 'resolved', '公司4'], ['Article 10 of the Civil Code', 'resolved', '民法典10']]],
]);

// 公司 rendered "Corporate" or "Corporation": the Company Law (englishOneWordShort.ts COMPANY_WORD).
table('citation table: the Corporate Law is the Company Law (fix-en90)', [
  ['the law named so, and its court interpretation',
    'Under Article 9 of the Corporate Law and Article 9 of the Judicial Interpretation IV of Corporate Law, shareholders may inspect.',
    [['Article 9 of the Corporate Law', 'resolved', '公司9'], ['Article 9 of the Judicial Interpretation IV of Corporate Law', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（四）9']]],
  ['not the Corporate Income Tax Law (the Enterprise Income Tax Law, as before)',
    'Under Article 5 of the Corporate Income Tax Law, the rule applies.',
    [['Article 5 of the Corporate Income Tax Law', 'resolved', '企业所得税5']]],
]);

// The law's name quoted inside a court interpretation's title (the inner 〈〉 rendered as quotation marks) is the law
// inside, the marks no part of it (englishComposed.ts unquotedLaw; englishTitleAt.ts reads the marks into the title).
table('citation table: the law quoted inside an interpretation\'s title (fix-en90)', [
  ['double quotation marks, then single ones with a series number',
    'Article 544 of the Interpretation of the Supreme People\'s Court Concerning the Application of the "Civil Procedure Law of the People\'s Republic of China" further affirms it. Article 9 of the Provisions of the Supreme People\'s Court on Certain Issues Concerning the Application of the ‘Company Law of the People’s Republic of China’ (IV) applies.',
    [['Article 544 of the Interpretation of the Supreme People\'s Court Concerning the Application of the "Civil Procedure Law of the People\'s Republic of China"', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释544'],
      ['Article 9 of the Provisions of the Supreme People\'s Court on Certain Issues Concerning the Application of the ‘Company Law of the People’s Republic of China’ (IV)', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（四）9']]],
  ['not a law quoted after a title named otherwise, nor a quoted law alone',
    'Article 2 of the “Civil Procedure Law” applies. He said "Article 3 of the Company Law" matters.',
    [['Article 2 of the “Civil Procedure Law”', 'resolved', '民事诉讼2'], ['Article 3 of the Company Law', 'resolved', '公司3']]],
  ['not a closing mark after a quoted short name (the title ends at its word)',
    'Fire hazards are handled according to the "Fire Law" Article 25.',
    [['"Fire Law" Article 25', 'resolved', '消防25']]],
]);

// After the court's possessive, the kind and the words of its title in lower case go on the title (englishTitleAt.ts
// capitalisedTitleAt, englishLawLikeTitle.ts); not lower-case words after a law's own name.
table('citation table: the court\'s title in lower case after its possessive (fix-en90)', [
  ['the court\'s numbered provisions on a law',
    'Starting with Article 1 of the Supreme People\'s Court\'s provisions on the application of the Company Law of the People\'s Republic of China (V), the lawyer spoke.',
    [['Article 1 of the Supreme People\'s Court\'s provisions on the application of the Company Law of the People\'s Republic of China (V)', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（五）1']]],
  ['not one of three interpretations named without its number, nor lower-case words after a law\'s name',
    'People criticized Article 24 of the Supreme People\'s Court\'s judicial interpretation of the Marriage Law. Article 5 of the Company Law provisions on the application of rules applies.',
    [['Article 24 of the Supreme People\'s Court\'s judicial interpretation of the Marriage Law', 'unknown-regulation', ''], ['Article 5 of the Company Law', 'resolved', '公司5']]],
]);
