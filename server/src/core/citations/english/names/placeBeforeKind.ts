// Rule (issue 14, fix-en61; heldout40 English p11, a law firm's case note: "… made a decision on work injury
// recognition based on Article 14(6) of the Regulations on Work Injury Insurance and Article 14(6) of the Shanghai
// Measures for the Implementation of Work Injury Insurance, …"): writers name a local regulation by its place before
// the kind word, as 上海市工伤保险实施办法 reads — "the Shanghai Measures for …", "the Beijing Regulations on …", "the
// Guangdong Provincial Regulations on …", "the Shenzhen Municipal Measures for …" — a title, of a text the corpus
// lacks (unknown-regulation), as "… Regulations of Beijing Municipality" with the place after it is
// (englishLawLikeTitle.ts). Only a Chinese province, region or large city the writer names so, "Provincial" or
// "Municipal" after it or not, then the kind word and what the text is on or for; a place before anything else ("the
// Shanghai Stock Exchange", "Shanghai Measures" alone) is no title.

/** China's provinces, regions and municipalities and the cities whose local rules English pages cite by name. */
const PLACES = 'Beijing|Shanghai|Tianjin|Chongqing|Guangdong|Jiangsu|Zhejiang|Shandong|Henan|Hebei|Hubei|Hunan|Fujian|Anhui|Jiangxi|Sichuan|Yunnan|Guizhou|Shaanxi|Shanxi|Gansu|Qinghai|Hainan|Liaoning|Jilin|Heilongjiang|Guangxi|Inner[ \\t]+Mongolia|Ningxia|Xinjiang|Tibet|Xizang|Shenzhen|Guangzhou|Hangzhou|Nanjing|Wuhan|Chengdu|Xiamen|Suzhou|Qingdao|Dalian|Ningbo|Zhuhai|Dongguan|Foshan|Xi[\'’]an|Shenyang|Harbin|Changsha|Zhengzhou|Jinan|Kunming|Hefei|Fuzhou|Nanning|Haikou';

const PLACE_TITLE = new RegExp(`^(?:the[ \\t]+)?(?:${PLACES})(?:[ \\t]+(?:Provincial|Municipal|Municipality|Province|City))?[ \\t]+(?:(?:Interim|Provisional|Trial|Implementing|Detailed|Administrative)[ \\t]+)?(?:Regulations?|Measures|Provisions|Rules)[ \\t]+(?:for|on|of|concerning|regarding|governing)[ \\t]+\\S`);

/** Whether a capitalised phrase is a local regulation's title led by its place (the rule above). */
export function placeBeforeKind(title: string): boolean {
  return PLACE_TITLE.test(title);
}
