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

// Rule (issue 14, fix-en100; the corpus sweep of round 30: the most cited interpretations written as translators write
// them): the same reading for the two top courts' joint interpretations ("Interpretation of the Supreme People's Court
// and the Supreme People's Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases
// of Theft" → 最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释), for the procuratorates' and courts'
// rules ("Rules of the People's Procuratorates on Civil Litigation Supervision (Trial)" → 人民检察院民事诉讼监督规则（试行）),
// for a title with the issuer left off whose subject names cases, and for the words of the criminal and enforcement
// titles (englishTitleGlossary.ts). The issuer written must be the title's: the Supreme People's Court alone is no
// procuratorate's rule, the two courts together only their joint texts. "(Trial)", "(for Trial Implementation)" is
// （试行）; a title cited without it is the （试行） text only when no text without it fits.
import type { Law } from '../../../corpus/index';
import { everyTextIs } from '../../../corpus/lawKind';
import { SERIES_NUMERAL } from './seriesNumeral';
import { bestFit, holdsEvery, saysLittleElse, saysSeveral, subjectRenderings } from './englishTitleGlossary';

const SPC = "(?:Supreme\\s+People['’]s\\s+Court|SPC)";
const SPP = "(?:Supreme\\s+People['’]s\\s+Procuratorate|SPP)";
/** The issuers a title names: a top court, both, or the courts and procuratorates at large. */
const ISSUER = `(?:${SPC}(?:\\s+and\\s+(?:the\\s+)?${SPP})?|${SPP}|People['’]s\\s+(?:Procuratorates?|Courts?))`;
const NUMBER = "(?:\\s*\\(\\s*(I{1,3}|IV|V|[1-5])\\s*\\))?";
const TRIAL = "(?:\\s*\\(\\s*(?:for\\s+)?(Trial(?:\\s+Implementation)?|Provisional|Interim)\\s*\\))?";
/** The title's issuer before, its kind word, its number before or after, the issuer after, the subject, "(Trial)", the issuer closing it. */
const TITLE = new RegExp(
  `^(?:the\\s+)?(?:(${ISSUER})(?:['’]s)?\\s+)?(?:(?:Several|Certain)\\s+)?(?:Judicial\\s+)?(Interpretations?|Provisions|Opinions|Rules)${NUMBER}\\s+` +
    `(?:(?:of|by)\\s+(?:the\\s+)?(${ISSUER})\\s+)?(?:on|concerning|regarding|about|for|of)\\s+([\\s\\S]+?)${NUMBER}${TRIAL}` +
    // The issuer after the closing number (fix-en101, seriesNumeral.ts closingSeriesNumber): "… Cases (I) by the SPC".
    `(?:,?\\s+(?:(?:issued|promulgated|released)\\s+)?(?:by|of)\\s+the\\s+(${ISSUER}))?$`,
  'i',
);
/**
 * "the Online Litigation Rules of the People's Courts", "Criminal Procedure Rules of the People's Procuratorate": the
 * subject first, the kind, then the issuer (lawLikeEnglishTitle reads it a title) — matched into TITLE's groups.
 */
const KIND_THEN_ISSUER = new RegExp(`^(?:the\\s+)?([\\s\\S]+?)\\s+(Interpretations?|Provisions|Rules)\\s+(?:of|for)\\s+(?:the\\s+)?(${ISSUER})${NUMBER}${TRIAL}$`, 'i');

/** KIND_THEN_ISSUER's match in TITLE's groups (1 issuer, 2 kind, 3 number, 4 issuer after, 5 subject, 6 number, 7 trial). */
function kindThenIssuer(w: string): (string | undefined)[] | null {
  const k = KIND_THEN_ISSUER.exec(w);
  return k ? [k[0], undefined, k[2], undefined, k[3], k[1], k[4], k[5]] : null;
}

const KIND: Record<string, string> = { interpretation: '解释', interpretations: '解释', provisions: '规定', opinions: '意见', rules: '规则' };

/** Whether a Chinese title is by the issuer written (the rule above); any when none is written. */
function byIssuer(title: string, issuer: string | undefined): boolean {
  if (!issuer) return true;
  const court = /Court|SPC/i.test(issuer);
  const procuratorate = /Procuratorate|SPP/i.test(issuer);
  if (court && procuratorate) return title.startsWith('最高人民法院、最高人民检察院');
  if (/^People/i.test(issuer)) return title.includes(court ? '人民法院' : '人民检察院');
  return court ? !/^(?:最高)?人民检察院/.test(title) : title.includes('检察院');
}

/** The one court interpretation an English title names by its words (the rules above), or null. */
export function courtTitleByWords(written: string, laws: Iterable<Law>, original: (law: Law) => Law): Law | null {
  const w = written.replace(/\s+/g, ' ').trim();
  const m = TITLE.exec(w) ?? kindThenIssuer(w);
  if (!m || !m[2] || !m[5]) return null;
  const issuer = m[1] ?? m[4] ?? m[8];
  const subject = m[5].toLowerCase().replace(/[’']s\b/g, '');
  if (!issuer && !/\b(?:cases?|disputes?)\b|\bpeople\s+(?:courts?|procuratorates?)\b/.test(subject)) return null;
  const renderings = subjectRenderings(subject);
  // One word of the subject is enough when the issuer is written ("Provisions of the SPC on … Futures Disputes").
  if (!renderings || renderings.length < (issuer ? 1 : 2)) return null;
  const n = m[3] ?? m[6];
  const end = KIND[m[2].toLowerCase()] + (n ? `（${SERIES_NUMERAL[n.toLowerCase()]}）` : '');
  const pool = [...laws].filter((law) => (/^最高人民法院/.test(law.title) || everyTextIs(law, 'judicial-interpretation')) && byIssuer(law.title, issuer) && holdsEvery(law.title, renderings) && saysLittleElse(law.title, renderings));
  const ends = m[7] ? [`${end}（试行）`] : [end, `${end}（试行）`];
  for (const e of ends) {
    const fits: Law[] = [];
    for (const law of pool) {
      const l = original(law);
      if (law.title.endsWith(e) && !fits.includes(l)) fits.push(l);
    }
    // The issuer written: its text headed by it, where the corpus holds the same text also without it.
    const headed = issuer ? fits.filter((f) => /^最高/.test(f.title)) : [];
    if (fits.length) return bestFit(headed.length ? headed : fits, renderings, saysSeveral(written));
  }
  return null;
}
