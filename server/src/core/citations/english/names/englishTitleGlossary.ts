// The words of Chinese titles as translators render them into English, for reading an English title back into the
// Chinese one it renders (englishCourtTitleWords.ts for the courts' and procuratorates' interpretations, provisions and
// rules; englishRegulationWords.ts for the State Council's regulations and the ministries' rules).
//
// Rule (issue 14, fix-en100; the corpus sweep of round 30): a translator renders a title word by word — 医疗机构管理条例
// "Regulation on the Administration of Medical Institutions", 关于办理盗窃刑事案件适用法律若干问题的解释 "Interpretation
// on Several Issues Concerning the Application of Law in Handling Criminal Cases of Theft" — each in their own English
// ("Administration" or "Management" for 管理, "Seizure" for 查封, "Picking Quarrels and Provoking Trouble" for 寻衅滋事).
// Each English word or phrase below is listed with the Chinese words it renders (any of them); the words that say nothing
// of a title's subject (the application of law, issues, the trial of cases) are GENERIC. A subject is read only when
// every one of its words is either (a word no table reads may be the one that tells two texts apart).
import { COURT_ISSUERS } from '../../courtTitleWords';

/** Words of such titles that say nothing of the subject (issues, the application of law, the trial of cases). */
export const GENERIC = new Set(('the of on in for to and or over involving concerning regarding relating related about arising from out with by under ' +
  'several certain some specific concrete various issues issue questions question matters problems application applicable applying apply law laws legal ' +
  'trial trials trying try hearing cases case disputes dispute a an through via committed occurring conduct ' +
  // 审理 as "Adjudication" too, and "Trail", the keys' slip for "Trial"; "with respect to" as "concerning" (issue 14,
  // heldout57 English, f131-en1: two law firms' renderings of one court's provisions).
  'adjudication adjudicating adjudicate trail respect').split(' '));

/** English words and phrases of a title's subject, each with the Chinese it renders (any of them). Phrases first. */
export const GLOSSARY: [RegExp, string[]][] = [
  // Fix-en100: the words of the State Council's regulations at large (their titles' commonest words), phrases first.
  [/^export\s+control\b/, ['出口管制']],
  [/^import\s+and\s+export\b/, ['进出口']],
  [/^foreign\s+exchange\b/, ['外汇']],
  [/^value[\s-]*added\s+tax\b/, ['增值税']],
  [/^consumption\s+tax\b/, ['消费税']],
  [/^(?:individual|personal)\s+income\s+tax\b/, ['个人所得税']],
  [/^income\s+tax\b/, ['所得税']],
  [/^customs\s+duties\b|^tariffs?\b/, ['关税']],
  [/^road\s+transport(?:ation)?\b/, ['道路运输']],
  [/^civil\s+aviation\b/, ['民用航空']],
  [/^radio\s+and\s+television\b/, ['广播电视']],
  [/^audio[\s-]*(?:visual|video)\s+products?\b/, ['音像制品']],
  [/^commercial\s+performances?\b/, ['营业性演出']],
  [/^cultural\s+relics?\b/, ['文物']],
  [/^religious\s+affairs\b/, ['宗教事务']],
  [/^marriage\s+registration\b/, ['婚姻登记']],
  [/^social\s+assistance\b/, ['社会救助']],
  [/^unemployment\s+insurance\b/, ['失业保险']],
  [/^housing\s+provident\s+funds?\b/, ['住房公积金']],
  [/^urban\s+and\s+rural\s+planning\b/, ['城乡规划']],
  [/^hazardous\s+chemicals?\b|^dangerous\s+chemicals?\b/, ['危险化学品']],
  [/^fireworks(?:\s+and\s+firecrackers)?\b/, ['烟花爆竹']],
  [/^(?:civil(?:ian)?\s+)?explosives?\b/, ['爆炸物品']],
  [/^special\s+equipment\b/, ['特种设备']],
  [/^veterinary\s+drugs?\b/, ['兽药']],
  [/^nature\s+reserves?\b/, ['自然保护区']],
  [/^scenic\s+(?:and\s+historic\s+)?(?:areas?|spots?)\b/, ['风景名胜区']],
  [/^soil\s+and\s+water\s+conservation\b/, ['水土保持']],
  [/^mineral\s+resources?\b/, ['矿产资源']],
  [/^state[\s-]+owned\s+assets?\b/, ['国有资产']],
  [/^foreign\s+investment\b/, ['外商投资', '外资']],
  [/^certification\s+and\s+accreditation\b/, ['认证认可']],
  [/^tendering\s+and\s+bidding\b|^bidding\b/, ['招标投标']],
  [/^government\s+procurement\b/, ['政府采购']],
  [/^letters\s+and\s+visits\b/, ['信访']],
  [/^people\s+mediation\b/, ['人民调解']],
  [/^detention\s+houses?\b/, ['看守所']],
  [/^drug\s+rehabilitation\b/, ['戒毒']],
  [/^narcotic\s+drugs\b/, ['麻醉药品']],
  [/^psychotropic\s+substances\b/, ['精神药品']],
  [/^infectious\s+diseases?\b/, ['传染病']],
  [/^public\s+health\s+emergenc(?:y|ies)\b/, ['突发公共卫生事件']],
  [/^place\s+names?\b/, ['地名']],
  [/^feed\s+additives?\b/, ['饲料添加剂']],
  [/^new\s+(?:plant\s+)?varieties\s+of\s+plants\b|^new\s+plant\s+varieties\b/, ['植物新品种']],
  [/^layout[\s-]*designs?\s+of\s+integrated\s+circuits\b/, ['集成电路布图设计']],
  [/^non[\s-]*bank\b/, ['非银行']],
  [/^(?:work[\s-]*related|work|industrial|occupational)\s+injur(?:y|ies)\b/, ['工伤']],
  [/^(?:work|production)\s+safety\b/, ['生产安全']],
  [/^personal\s+injur(?:y|ies)\b/, ['人身损害']],
  [/^domestically\s+listed\s+foreign\s+shares?\b/, ['境内上市外资股']],
  [/^compan(?:y|ies)\s+limited\s+by\s+shares\b|^joint[\s-]*stock\s+limited\s+compan(?:y|ies)\b/, ['股份有限公司']],
  [/^personal\s+information\b/, ['个人信息']],
  [/^trade\s+secrets?\b/, ['商业秘密']],
  [/^unfair\s+competition\b/, ['不正当竞争']],
  [/^intellectual\s+property\b/, ['知识产权']],
  [/^private\s+lending\b/, ['民间借贷']],
  [/^commodity\s+(?:housing|houses?)\b/, ['商品房']],
  [/^real\s+estate\b/, ['房地产']],
  [/^realty\b/, ['物业', '房地产']],
  [/^property\s+management\b/, ['物业']],
  [/^property\s+preservation\b/, ['财产保全']],
  // "Property Service(s) Disputes" (heldout53 english2 p02): 物业服务纠纷, two words of the title, each read alone.
  [/^property\b/, ['物业', '财产']],
  [/^services?\b/, ['服务']],
  // "Urban Housing Lease Contract Disputes" (heldout53 english2 p14, heldout40 english p22): 城镇房屋租赁合同纠纷.
  [/^urban\b/, ['城镇', '城市']],
  [/^(?:housing|houses?|buildings?)\b/, ['房屋']],
  [/^false\s+statements?\b|^misrepresentations?\b/, ['虚假陈述']],
  [/^state\s+compensation\b/, ['国家赔偿']],
  [/^state[\s-]+owned\b/, ['国有']],
  [/^road\s+traffic\b/, ['道路交通']],
  [/^public\s+interest\b/, ['公益']],
  [/^information\s+networks?\b/, ['信息网络']],
  [/^money\s+laundering\b/, ['洗钱']],
  [/^insider\s+trading\b/, ['内幕交易']],
  [/^inside\s+information\b/, ['内幕信息']],
  [/^picking\s+quarrels\s+and\s+provoking\s+troubles?\b/, ['寻衅滋事']],
  [/^extortion\b|^blackmail\b/, ['敲诈勒索']],
  [/^(?:emotional|mental|moral)\s+(?:damages?|distress|harm)\b/, ['精神损害']],
  [/^facial\s+recognition\b/, ['人脸识别']],
  [/^negotiable\s+instruments?\b|^bills?\s+of\s+exchange\b/, ['票据']],
  [/^independent\s+guarantees?\b|^(?:independent\s+)?letters?\s+of\s+guarantee\b/, ['独立保函']],
  [/^summary\s+procedures?\b/, ['简易程序']],
  [/^case\s+filing\b/, ['立案']],
  [/^arbitra(?:l|tion)\s+awards?\b/, ['仲裁裁决']],
  [/^authori[sz]ation\s+and\s+(?:confirmation|determination)\b/, ['授权确权']],
  [/^medical\s+(?:security|insurance)\b/, ['医疗保障', '医保', '医疗保险']],
  [/^labou?r\s+security\b/, ['劳动保障']],
  [/^social\s+insurance\b/, ['社会保险']],
  [/^environmental\s+protection\b/, ['环境保护']],
  [/^places?\s+of\s+entertainment\b|^entertainment\s+(?:venues?|places?|premises)\b/, ['娱乐场所']],
  [/^(?:live\s+)?(?:hogs?|pigs?)\b/, ['生猪']],
  [/^motor\s+vehicles?\b/, ['机动车']],
  [/^illegal\s+fund[\s-]*raising\b/, ['非法集资']],
  [/^pollutant\s+discharges?\b|^sewage\s+discharges?\b/, ['排污']],
  [/^(?:hiv\s+aids|aids)\b/, ['艾滋病']],
  [/^direct\s+(?:selling|sales?)\b/, ['直销']],
  [/^precursor\s+chemicals?\b/, ['易制毒化学品']],
  [/^persons?\s+with\s+disabilit(?:y|ies)\b|^disabled\s+persons?\b/, ['残疾人']],
  [/^earthquake\s+predictions?\b/, ['地震预报']],
  [/^litigation\s+(?:costs?|fees?)\b/, ['诉讼费用']],
  [/^people\s+courts?\b/, ['人民法院']],
  [/^people\s+procuratorates?\b/, ['人民检察院']],
  [/^circuit\s+(?:courts?|tribunals?)\b/, ['巡回法庭']],
  [/^sea\s+areas?\b|^maritime\s+areas?\b/, ['海域']],
  [/^civil\s+use\b/, ['民用']],
  [/^fishing\s+ports?\b/, ['渔港']],
  [/^collection\s+and\s+administration\b/, ['征管']],
  [/^constructions?\b/, ['建设工程', '建筑', '施工', '建设']],
  [/^projects?\b|^engineering\b/, ['工程', '项目']],
  [/^contracts?\b/, ['合同']],
  [/^sales?\b/, ['买卖', '变卖', '销售']],
  [/^leas(?:e|es|ing)\b/, ['租赁']],
  [/^financ(?:e|ial|ing)\b/, ['融资', '金融']],
  [/^loans?\b|^lending\b/, ['借贷', '借款']],
  [/^labou?r\b/, ['劳动']],
  [/^employment\b/, ['劳动', '就业']],
  [/^insurance\b/, ['保险']],
  [/^administrative\b/, ['行政']],
  [/^compensation\b|^damages\b/, ['赔偿', '补偿']],
  [/^traffic\b/, ['交通']],
  [/^accidents?\b/, ['事故', '肇事']],
  [/^trademarks?\b/, ['商标']],
  [/^patents?\b/, ['专利']],
  [/^copyrights?\b/, ['著作权']],
  [/^monopol(?:y|ies|istic)\b|^antitrust\b/, ['垄断']],
  [/^bankruptcy\b/, ['破产']],
  [/^enterprises?\b/, ['企业']],
  [/^compan(?:y|ies)\b/, ['公司']],
  [/^securities\b/, ['证券']],
  [/^marriage\b/, ['婚姻']],
  [/^family\b/, ['家庭']],
  [/^divorce\b/, ['离婚']],
  [/^inheritance\b|^succession\b/, ['继承']],
  [/^infring(?:e|ement|ing)\b/, ['侵犯', '侵权', '侵害']],
  [/^torts?\b/, ['侵权']],
  [/^civil\b/, ['民事']],
  [/^criminal\b/, ['刑事']],
  // 未成年人 (a140-en: "the Interpretation of the Supreme People's Court on … the Trial of Criminal Cases of Minors").
  [/^minors?\b|^juveniles?\b/, ['未成年人']],
  [/^enforcement\b|^execut(?:e|ion|ing)\b/, ['执行']],
  [/^evidence\b/, ['证据']],
  [/^arbitration\b/, ['仲裁']],
  [/^environment(?:al)?\b/, ['环境']],
  [/^pollution\b/, ['污染']],
  [/^food\b/, ['食品']],
  [/^drugs?\b/, ['药品']],
  [/^medical\b/, ['医疗']],
  [/^guarantees?\b|^security\s+interests?\b/, ['担保']],
  // 信息网络 as "Online" too (f131-en1: 信息网络传播权 "the Right to Dissemination Online"); 网络 first, the usual rendering.
  [/^network\b|^online\b/, ['网络', '在线', '信息网络']],
  // 传播 (f131-en1: 信息网络传播权, "the Right of Communication over Information Networks", "… to Dissemination Online").
  [/^communication\b|^dissemination\b|^transmission\b/, ['传播']],
  [/^internet\b/, ['互联网', '网络', '上网']],
  // Fix-en100 (the corpus sweep): the words of the courts' criminal interpretations and enforcement provisions.
  [/^illegal(?:ly)?\b|^unlawful(?:ly)?\b/, ['非法', '违法']],
  [/^us(?:e|es|ing)\b|^utili[sz](?:e|ing)\b/, ['利用', '使用']],
  [/^help(?:s|ing)?\b|^assist(?:s|ing|ance)?\b/, ['帮助']],
  [/^activit(?:y|ies)\b/, ['活动']],
  [/^endanger(?:s|ing)?\b|^jeopardi[sz](?:e|ing)\b/, ['危害']],
  [/^tax(?:es|ation)?\b/, ['税收', '税']],
  [/^safety\b|^security\b/, ['安全']],
  [/^information\b/, ['信息']],
  [/^refus(?:e|es|ing|al)\b/, ['拒不', '拒绝']],
  [/^judg(?:e)?ments?\b/, ['判决']],
  [/^rulings?\b/, ['裁定']],
  [/^citizens?\b/, ['公民']],
  [/^theft\b|^larceny\b/, ['盗窃']],
  [/^leak(?:s|ing)?\b|^disclos(?:e|ing)\b/, ['泄露']],
  [/^computers?\b/, ['计算机']],
  [/^systems?\b/, ['系统']],
  [/^procuratorial\b|^procuratorates?\b/, ['检察']],
  [/^litigations?\b|^proceedings?\b/, ['诉讼']],
  [/^procedures?\b/, ['诉讼', '程序']],
  [/^objections?\b/, ['异议']],
  [/^reconsideration\b/, ['复议']],
  [/^futures\b/, ['期货']],
  [/^smuggling\b/, ['走私']],
  [/^defamation\b|^libel\b|^slander\b/, ['诽谤']],
  [/^embezzlement\b/, ['贪污']],
  [/^brib(?:ery|es?|ing)\b/, ['贿赂', '行贿', '受贿']],
  [/^courts?\b/, ['法院']],
  [/^awards?\b/, ['裁决']],
  [/^modification\b|^change\b|^variation\b/, ['变更']],
  [/^addition\b|^adding\b/, ['追加']],
  [/^parties\b|^party\b/, ['当事人']],
  [/^auctions?\b|^auctioning\b/, ['拍卖']],
  [/^seizure\b|^sealing\s+up\b/, ['查封']],
  [/^detention\b|^distraint\b|^impoundment\b/, ['扣押']],
  [/^freez(?:e|ing)\b/, ['冻结']],
  [/^judicial\b/, ['司法']],
  [/^damage\b|^harm\b/, ['损害']],
  [/^malpractice\b/, ['损害', '事故']],
  [/^liabilit(?:y|ies)\b/, ['责任']],
  [/^technolog(?:y|ies|ical)\b/, ['技术']],
  [/^mediation\b/, ['调解']],
  [/^work\b/, ['工作']],
  [/^registration\b/, ['登记']],
  [/^markets?\b/, ['市场']],
  [/^process(?:es|ing)?\b/, ['处理']],
  [/^handl(?:e|ing)\b|^dispos(?:al|ition|ing)\b/, ['处理', '处置', '办理', '审理']],
  [/^jurisdiction\b/, ['管辖']],
  [/^china\b/, ['我国', '中国']],
  [/^grasslands?\b/, ['草原']],
  [/^resources?\b/, ['资源']],
  [/^destr(?:oy|oying|uction)\b/, ['破坏']],
  [/^mortgag(?:e|es|ed)\b/, ['抵押']],
  [/^rights?\b/, ['权']],
  [/^personal\b/, ['个人', '人身']],
  [/^ascertain(?:ment|ing)?\b|^determin(?:ation|ing)\b/, ['确定']],
  [/^review\b/, ['审查']],
  // The words of the State Council's regulations (englishRegulationWords.ts).
  [/^electric(?:ity|al)?\b|^power\b/, ['电力']],
  [/^suppl(?:y|ies)\b/, ['供应']],
  [/^internal\b/, ['内部']],
  [/^weather\b/, ['天气', '气象']],
  [/^meteorolog(?:y|ical)\b/, ['气象']],
  [/^schools?\b/, ['学校', '办学']],
  [/^payments?\b/, ['支付', '交纳', '缴纳']],
  [/^banks?\b|^banking\b/, ['银行']],
  [/^earthquakes?\b|^seismic\b/, ['地震', '抗震']],
  [/^adoption\b/, ['收养']],
  [/^boundar(?:y|ies)\b/, ['界线']],
  [/^feeds?\b/, ['饲料']],
  [/^additives?\b/, ['添加剂']],
  [/^imports?\b/, ['进口']],
  [/^customs\b/, ['海关']],
  [/^transport(?:ation)?\b/, ['运输']],
  [/^railways?\b/, ['铁路']],
  [/^aviation\b/, ['航空']],
  [/^ports?\b/, ['港口']],
  [/^postal\b/, ['邮政']],
  [/^telecommunications?\b|^telecom\b/, ['电信']],
  [/^publishing\b|^publications?\b/, ['出版']],
  [/^printing\b/, ['印刷']],
  [/^films?\b|^movies?\b/, ['电影']],
  [/^performances?\b/, ['演出']],
  [/^museums?\b/, ['博物馆']],
  [/^funerals?\b/, ['殡葬']],
  [/^quality\b/, ['质量']],
  [/^chemicals?\b/, ['化学品']],
  [/^firearms\b|^guns\b/, ['枪支']],
  [/^fire\s+(?:control|protection|prevention)\b|^fire\b/, ['消防']],
  [/^pesticides?\b/, ['农药']],
  [/^seeds?\b/, ['种子']],
  [/^plants?\b/, ['植物']],
  [/^quarantine\b/, ['检疫']],
  [/^animals?\b/, ['动物']],
  [/^wild\b|^wildlife\b/, ['野生']],
  [/^forests?\b|^forestry\b/, ['森林', '林业']],
  [/^planning\b/, ['规划']],
  [/^assets?\b/, ['资产']],
  [/^audit(?:ing)?\b/, ['审计']],
  [/^statistic(?:s|al)\b/, ['统计']],
  [/^metrology\b|^measurement\b/, ['计量']],
  [/^standardi[sz]ation\b/, ['标准化']],
  [/^notari[sz]ation\b|^notar(?:y|ial)\b/, ['公证']],
  [/^lawyers?\b/, ['律师']],
  [/^prisons?\b/, ['监狱']],
  [/^vaccines?\b/, ['疫苗']],
  [/^blood\b/, ['血液']],
  [/^salt\b/, ['食盐', '盐业']],
  [/^tobacco\b/, ['烟草']],
  [/^grain\b/, ['粮食']],
  [/^fisher(?:y|ies)\b/, ['渔业']],
  [/^aid\b|^relief\b/, ['援助', '救助']],
  [/^elderly\b|^old[\s-]*age\b/, ['养老', '老年']],
  [/^administration\b|^management\b|^administering\b/, ['管理']],
  [/^supervision\b|^oversight\b/, ['监督', '监察']],
  [/^inspection\b/, ['监察', '检查']],
  [/^institutions?\b/, ['机构']],
  [/^devices?\b/, ['器械']],
  [/^travel\s+agenc(?:y|ies)\b/, ['旅行社']],
  [/^funds?\b/, ['基金', '资金']],
  [/^expropriation\b/, ['征收']],
  [/^land\b/, ['土地']],
  [/^payment\b|^paying\b/, ['交纳', '缴纳']],
  [/^entertainment\b/, ['娱乐']],
  [/^venues?\b|^premises\b|^places?\b/, ['场所']],
  [/^slaughter(?:ing|house)?\b/, ['屠宰']],
  [/^protection\b|^protecting\b/, ['保护']],
  [/^premiums?\b|^contributions?\b/, ['费']],
  [/^collection\b|^levy(?:ing)?\b/, ['征缴', '征收', '征管']],
  [/^access\b/, ['上网']],
  [/^business(?:es)?\b/, ['营业', '经营']],
  [/^prices?\b|^pricing\b/, ['价格']],
  [/^penalt(?:y|ies)\b|^punishments?\b/, ['处罚']],
  [/^acts?\b|^behaviou?rs?\b/, ['行为']],
  [/^compulsory\b|^mandatory\b/, ['强制']],
  [/^reporting\b/, ['报告']],
  [/^investigation\b/, ['调查']],
  [/^development\b/, ['开发']],
  [/^operations?\b/, ['经营']],
  [/^cosmetics?\b/, ['化妆品']],
  [/^social\b/, ['社会']],
  [/^organi[sz]ations?\b/, ['团体', '组织']],
  [/^software\b/, ['软件']],
  [/^prevent(?:ion|ing)?\b/, ['防范', '防治', '预防']],
  [/^control(?:ling)?\b/, ['防治', '控制']],
  [/^treatment\b/, ['防治', '治疗']],
  [/^permits?\b|^licen[cs](?:es?|ing)\b/, ['许可']],
  [/^anti[\s-]*doping\b/, ['反兴奋剂']],
  [/^arms\b|^military\s+products?\b/, ['军品']],
  [/^exports?\b|^exportation\b/, ['出口']],
  [/^farmers?\b/, ['农民']],
  [/^speciali[sz]ed\b|^professional\b/, ['专业']],
  [/^cooperatives?\b/, ['合作社']],
  [/^disclosure\b|^publicity\b/, ['公示', '公开']],
  [/^education\b/, ['教育']],
  [/^seafarers?\b|^seamen\b|^crew\s+members?\b/, ['船员']],
  [/^marine\b/, ['海洋']],
  [/^ships?\b|^vessels?\b/, ['船舶']],
  [/^nuclear\b/, ['核']],
  [/^equipment\b/, ['设备']],
  [/^waters?\b/, ['水域']],
];

/**
 * The renderings of a subject's words (the rule above): one list of Chinese words for each English word or phrase the
 * glossary reads; null when a word is neither read nor GENERIC.
 */
export function subjectRenderings(subject: string): string[][] | null {
  const renderings: string[][] = [];
  let rest = subject.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim();
  while (rest) {
    const g = GLOSSARY.find(([re]) => re.test(rest));
    const word = g ? g[0].exec(rest)![0] : /^\S+/.exec(rest)![0];
    if (g) renderings.push(g[1]);
    else if (!GENERIC.has(word)) return null;
    rest = rest.slice(word.length).trim();
  }
  return renderings;
}

/** Whether a Chinese title holds one rendering of every word read. */
export function holdsEvery(title: string, renderings: string[][]): boolean {
  return renderings.every((r) => r.some((c) => title.includes(c)));
}

/**
 * How far a title is from a word-for-word reading: the sum, over the words, of the place of the first rendering the
 * title holds (0 for a word's usual rendering, listed first: "Internet" 互联网 before 网络).
 */
function distance(title: string, renderings: string[][]): number {
  return renderings.reduce((sum, r) => sum + r.findIndex((c) => title.includes(c)), 0);
}

/**
 * Rule (fix-en100): of several texts whose titles hold every word, the one the words fit best — where the written title
 * says "Several Issues" (若干问题) the titles saying 若干, then the one nearest a word-for-word reading (above), when
 * exactly one is; else none. "Provisions … on the Trial of Cases by Internet Courts" is 互联网法院审理案件若干问题的规定,
 * not 网络司法拍卖若干问题的规定 whose 网络 and 法院 hold the words too; then the one title naming no law inside it the
 * words leave unnamed ("Provisions … on Several Issues Concerning the Trial of Enterprise Bankruptcy Cases" is
 * 审理企业破产案件若干问题的规定, not the one on cases pending when 《企业破产法》 took effect).
 */
export function bestFit<T extends { title: string }>(fits: T[], renderings: string[][], several: boolean): T | null {
  if (fits.length <= 1) return fits[0] ?? null;
  const withSeveral = several ? fits.filter((f) => f.title.includes('若干')) : [];
  const pool = withSeveral.length ? withSeveral : fits;
  const d = pool.map((f) => distance(f.title, renderings));
  const nearest = pool.filter((_, i) => d[i] === Math.min(...d));
  if (nearest.length === 1) return nearest[0];
  // Then the titles naming no law inside (《…》) the words do not name: a law's name is no word a writer leaves unsaid.
  const noLaw = nearest.filter((f) => !/《/.test(f.title));
  return noLaw.length === 1 ? noLaw[0] : null;
}

/** Whether an English title says "Several/Certain Issues" (若干问题). */
export function saysSeveral(written: string): boolean {
  return /\b(?:Several|Certain|Some)\s+(?:Issues|Questions|Matters|Problems)\b|^(?:the\s+)?(?:Several|Certain)\s+Provisions\b/i.test(written);
}

/** A Chinese title's issuer at its head (courtTitleWords.ts COURT_ISSUERS: one supreme organ, or both joined by 、): no subject. */
const ISSUER_HEAD = new RegExp(`^(?:${COURT_ISSUERS}|中华人民共和国|国务院)`);
/**
 * The words of a Chinese title that say no subject: its kind at the end, the application of law, the trial of cases,
 * the courts that hear them, and the light verbs and links a translator may leave out (利用 "using", 实施 "committing",
 * 因…引发 "arising from", 上 "on", 设定 "creating").
 */
const UNSAID_OK = /(?:条例|办法|规定|解释|规则|意见)(?:（[一二三四五]）)?(?:（试行）)?$|关于|若干问题|若干|问题|具体应用法律|应用法律|适用法律|适用|的|审理|办理|案件|纠纷|管理|监督|暂行|试行|人民法院|人民检察院|等|、|和|与|及|有关|相关|中|对|在|利用|实施|因|引发|上|设定/g;

/**
 * What a Chinese title says that the words read do not (rule, fix-en100): the title less its issuer, every rendering of
 * the words read, and the words of no subject (UNSAID_OK).
 */
export function unsaid(title: string, renderings: string[][]): string {
  let rest = title.replace(ISSUER_HEAD, '');
  for (const c of renderings.flat().sort((a, b) => b.length - a.length)) rest = rest.split(c).join('');
  return rest.replace(UNSAID_OK, '');
}

/**
 * Rule (fix-en100; the sweep's fresh names: "Regulations on the Administration of Real Estate" is no name of
 * 城市房地产开发经营管理条例, "Regulations on Labor Contracts" none of 劳动合同法实施条例): a title the words fit only
 * when it says little they do not — two characters at most (a 民事, a 财产 a translator leaves out), and no law's name
 * (法 but in 法律, 法院): a regulation implementing a law is named by the law.
 */
export function saysLittleElse(title: string, renderings: string[][]): boolean {
  const u = unsaid(title, renderings);
  return u.length <= 2 && !/法/.test(u);
}
