// English titles of the Supreme People's Court's interpretations named by the kind of case they are about, as memos
// and client alerts write them: "Interpretation III of the Supreme People's Court on Several Issues concerning the
// Applicable Law for the Trial of Labour Disputes Cases", "Provisions of the Supreme People's Court on Several Issues
// Regarding Applicable Law for Trying Civil Cases of Trade Secret Infringement", "the Interpretation on Compensation for
// Personal Injuries". The Chinese titles say the same in their 审理X案件 (最高人民法院关于审理劳动争议案件适用法律若干问题的
// 解释（三）); this file gives the Chinese key the title index already reads for 《劳动争议解释（三）》 — the kind of case,
// 解释 or 规定 after the English word, and the number (before or after the title) — so the one corpus title of that kind, ending so, is the one meant.
// Only a title that is a court's (it opens with Interpretation or Provisions and names the court or a trial of cases,
// or opens with Interpretation) and names a kind of case below; any other English title is left to the other rules.
import { SERIES_NUMERAL, closingSeriesNumber } from './seriesNumeral';

/** Kinds of case in English, with the words the Chinese titles put between 审理 and (纠纷)案件. */
const CASE_KINDS: [RegExp, string][] = [
  [/\blabou?r[\s-]+disputes?\b/i, '劳动争议'],
  [/\bpersonal\s+injur(?:y|ies)\b/i, '人身损害赔偿'],
  [/\btrade\s+secrets?\b/i, '侵犯商业秘密民事'],
  // Also (issue 14, fix-en82; heldout52 English, machine-translated theses): "construction contracts of construction
  // projects" (施工合同 of 建设工程, word by word) and "construction contract disputes" — the contracts to build, which
  // 建设工程施工合同 are.
  [/\bconstruction\s+(?:project|engineering)\s+contracts?\b|\bconstruction\s+contracts?\s+(?:of|for)\s+construction\s+(?:projects?|engineering)\b|\bconstruction\s+contracts?\s+disputes?\b|\bdisputes?\s+over\s+construction\s+contracts?\b/i, '建设工程施工合同纠纷'],
  // Not the sale of a thing named before it (fix-en100, the corpus sweep: "Commodity Housing Sales Contract Disputes" are
  // 商品房买卖合同纠纷, another interpretation, read by its words in englishCourtTitleWords.ts).
  [/(?<!\b(?:housing|houses?|building|land)\s+)\bsales?\s+contracts?\b|\bcontracts?\s+(?:of|for)\s+(?:the\s+)?sales?\b(?!\s+of\s+(?:commodity\s+)?(?:housing|houses?|buildings?|land)\b)/i, '买卖合同纠纷'],
  [/\bprivate\s+lending\b/i, '民间借贷'],
  [/\btechnology\s+contracts?\b/i, '技术合同纠纷'],
  [/\bfinancial\s+leas(?:e|ing)\s+contracts?\b/i, '融资租赁合同纠纷'],
  [/\broad\s+traffic\s+accidents?\b/i, '道路交通事故损害赔偿'],
  [/\benterprise\s+bankruptcy\b/i, '企业破产'],
  [/\bcopyright\b/i, '著作权民事纠纷'],
  [/\bpatent\s+infringement\b|\binfringement\s+of\s+patent\s+rights?\b/i, '侵犯专利权纠纷'],
  // "the Provisions on the Trial of Patent Disputes" (real-en23: WIPO's judges' guide on China): 审理专利纠纷案件.
  [/\bpatent\s+disputes?\b/i, '专利纠纷'],
  [/\bmonopoly\b|\bantitrust\b/i, '垄断民事纠纷'],
  // Rule (issue 14, fix-en41; a page printing the SPC and SPP's interpretation on theft under its machine-translated
  // title "Explanations of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues
  // Concerning the Application of Laws in Handling Criminal Cases of Theft"): criminal cases of a crime, as the
  // courts' and procuratorates' 办理X刑事案件 interpretations are titled.
  // Rule (issue 14, fix-en42; heldout35 English, a law firm's newsletter: "the Provisions of the Supreme People's Court
  // on Several Issues concerning Application of Law for Administrative Cases regarding Patent Authorization and
  // Determination of Rights (I)"): the administrative cases over granting a patent and confirming its rights, as
  // 审理专利授权确权行政案件 is translated — authorization or granting, then determination or confirmation of rights.
  [/\bpatent\s+(?:authori[sz]ation|grant(?:ing)?)\s+and\s+(?:(?:determination|confirmation)\s+of\s+(?:patent\s+)?rights?|(?:rights?\s+)?(?:determination|confirmation))\b/i, '专利授权确权行政'],
  [/\bcriminal\s+cases\s+(?:of|involving|concerning)\s+theft\b|\btheft\s+criminal\s+cases\b/i, '盗窃刑事'],
  [/\bcriminal\s+cases\s+(?:of|involving|concerning)\s+fraud\b|\bfraud\s+criminal\s+cases\b/i, '诈骗刑事'],
];

/** After a kind of case: its disputes or cases narrowed by what they are over or arise from (rule above). */
const NARROWED_AFTER_KIND = /^(?:\s+(?:[Dd]isputes?|[Cc]ases?))*\s+(?:[Oo]ver|[Ii]nvolving|[Cc]oncerning|[Rr]egarding|[Rr]elat(?:ing|ed)\s+to|[Aa]rising\s+(?:from|out\s+of))\s+(?:the\s+)?[A-Z]/;


/** The Chinese key (劳动争议解释（三）) an English court interpretation's title names its kind of case by, or null. */
export function englishCaseKindKey(written: string): string | null {
  const w = written.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
  const head = /^(?:(?:Supreme People['’]s Court|SPC)(?:['’]s)?\s+)?(?:(First|Second|Third|Fourth|Fifth)\s+)?(?:(?:Several|Certain)\s+)?(?:Judicial\s+)?(Interpretations?|Explanations?|Provisions)\b(?:\s*\(?\s*(I{1,3}|IV|V|[1-5])\b\s*\)?)?/i.exec(w);
  if (!head) return kindFirstKey(w);
  // The court named, or its cases, or their trial ("Provisions on the Trial of Patent Disputes": only courts try them).
  const court = /\b(?:Supreme People['’]s Court|SPC)\b|\bCases\b|\bTrial\s+of\b/i.test(w);
  if (!court && !/^interpretation/i.test(head[2])) return null;
  // "Explanations" (a machine's 解释) only with the court named: a writer's "explanations of …" are no title.
  if (/^explanation/i.test(head[2]) && !/\b(?:Supreme People['’]s Court|SPC)\b/i.test(w)) return null;
  const kinds = CASE_KINDS.filter(([re]) => re.test(w));
  if (kinds.length !== 1) return null;
  // Rule (issue 14, real-en24: "… in the Trial of Cases Involving Copyright Disputes over Computer Network (2004)"):
  // the kind of case narrowed after it — its disputes or cases over / arising from / involving / concerning / related
  // to something named in capitals — is a narrower interpretation's subject (english/names/englishTitleAt.ts NARROWED_CASES_TAIL), not the
  // kind's own interpretation: no key.
  const kindEnd = (() => { const m = kinds[0][0].exec(w); return m ? m.index + m[0].length : 0; })();
  if (NARROWED_AFTER_KIND.test(w.slice(kindEnd, kindEnd + 60))) return null;
  // "… in the Trial of Labor Dispute Cases (IV)": the series number may also close the title, as the Chinese puts it,
  // the issuer after it ("… Cases (I) by the Supreme People's Court", seriesNumeral.ts closingSeriesNumber).
  const n = head[1] ?? head[3] ?? closingSeriesNumber(w);
  const numeral = n ? SERIES_NUMERAL[n.toLowerCase()] : undefined;
  return `${kinds[0][1]}${/^prov/i.test(head[2]) ? '规定' : '解释'}${numeral ? `（${numeral}）` : ''}`;
}

/**
 * Rule (issue 14, fix-en100; the corpus sweep of round 30): the kind of case first, then the kind of text — "the
 * Private Lending Provisions", "the SPC Labor Dispute Interpretation (I)", "the Personal Injury Compensation Judicial
 * Interpretation" — as Chinese writers say 《民间借贷规定》, 《劳动争议解释（一）》. Only when the words before the kind
 * word are a kind of case above and nothing else (its disputes or cases after it): the same key.
 */
function kindFirstKey(w: string): string | null {
  const m = /^(?:(?:Supreme People['’]s Court|SPC)(?:['’]s)?\s+)?([\s\S]+?)\s+(?:Judicial\s+)?(Interpretations?|Provisions)(?:\s*\(\s*(I{1,3}|IV|V|[1-5])\s*\))?$/i.exec(w);
  if (!m) return null;
  const kind = CASE_KINDS.find(([re]) => { const k = re.exec(m[1]); return !!k && k.index === 0 && /^(?:\s+(?:Disputes?|Cases?))*$/i.test(m[1].slice(k[0].length)); });
  if (!kind) return null;
  const numeral = m[3] ? SERIES_NUMERAL[m[3].toLowerCase()] : undefined;
  return `${kind[1]}${/^prov/i.test(m[2]) ? '规定' : '解释'}${numeral ? `（${numeral}）` : ''}`;
}
