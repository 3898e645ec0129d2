// English titles of administrative regulations added to corpus/data/english-titles.json for issue 14
// (real-entrans13: State Council amending decisions and implementing rules as LexisNexis China and other pages
// translate them), against the bundled corpus: the title, its form without "of the People's Republic of China", an
// `also` rendering, and the composed "Implementation Rules of the Fishery Law" (the Fisheries Law's other rendering)
// resolve to the one text; a neighbouring title of a regulation the corpus does not hold does not.
import { describeEnglishTitles, type EnglishTitleRow } from './englishTitleTable';

const TABLE: EnglishTitleRow[] = [
  ['Article 4 of the Regulations for the Control of Advertising', 'resolved', [['广告管理条例', 4]]],
  ['Article 12 of the Regulations on Urban Water Supply', 'resolved', [['城市供水条例', 12]]],
  ['Article 6 of the Regulations on Plant Quarantine', 'resolved', [['植物检疫条例', 6]]],
  ["Article 20 of the Regulations of the People's Republic of China on Riverway Administration", 'resolved', [['中华人民共和国河道管理条例', 20]]],
  ['Article 20 of the Regulations on Riverway Administration', 'resolved', [['中华人民共和国河道管理条例', 20]]],
  ["Article 9 of the Regulations of the People's Republic of China on Sino-Foreign Cooperation in the Exploration of Offshore Petroleum Resources", 'resolved', [['中华人民共和国对外合作开采海洋石油资源条例', 9]]],
  ["Article 5 of the Interim Regulations of the People's Republic of China on Urban Land Use Tax", 'resolved', [['中华人民共和国城镇土地使用税暂行条例', 5]]],
  ["Article 5 of the Provisional Regulations of the People's Republic of China on Land Use Tax in Cities and Towns", 'resolved', [['中华人民共和国城镇土地使用税暂行条例', 5]]],
  ["Article 8 of the Implementation Rules of the Fishery Law of the People's Republic of China", 'resolved', [['中华人民共和国渔业法实施细则', 8]]],
  ["Article 8 of the Fishery Law of the People's Republic of China", 'resolved', [['中华人民共和国渔业法', 8]]],
  // not a title the corpus does not hold
  ['Article 4 of the Regulations on Urban Water Drainage', 'unknown-regulation', []],
  ['Article 6 of the Regulations on Plant Variety Registration', 'unknown-regulation', []],
];

describeEnglishTitles('English titles of administrative regulations (issue 14, real-entrans13)', TABLE);
