// Rule (issue 14, fix-en100; heldout53 english2: "the Regulation on the Administration of Medical Institutions" for
// 医疗机构管理条例; the corpus sweep of round 30: the State Council's most cited regulations as translators, law firms and
// machine translation name them — "Regulations on the Supervision and Administration of the Use of Medical Security
// Funds", "Regulation on the Administration of Places of Entertainment", "Regulations on Hog Slaughtering
// Administration"): the English title table holds the official names of some regulations only, but a translator's title
// still says what the Chinese says — its kind (Regulation(s) 条例, "Interim" or "Provisional" Regulations 暂行条例,
// Measures 办法, Provisions 规定, Rules 规则) and its subject's words (englishTitleGlossary.ts: "Administration" or
// "Management" 管理, "Medical" 医疗, "Institutions" 机构). Such a title names the one national administrative regulation
// or departmental rule of that kind whose Chinese title holds a rendering of every word of the subject — only when every
// word is one the glossary reads (a word it cannot read, a place's name — "Regulations of Beijing Municipality on
// Property Management" —, may be the one that tells the texts apart), two renderings at least (one only for the text
// titled by that word alone: "Regulations on Seafarers" 船员条例, "Anti-Doping Regulations" 反兴奋剂条例), the text
// the words fit best when several hold them (englishTitleGlossary.ts bestFit), and no law named inside
// ("the Labor Contract Law Provisions" are the law's own); else null. The kind word first ("Regulation on …") or last
// ("Medical Institution Administration Regulations"); last only for Regulations and Measures ("the … provisions",
// "… rules" are a text's own parts). The country may stand between the kind and its subject as the State Council may
// ("Regulation of the People's Republic of China on Telecommunications", a cloud provider's translated compliance page:
// 中华人民共和国电信条例; a140-en).
import type { Law } from '../../../corpus/index';
import { everyTextIs } from '../../../corpus/lawKind';
import { bestFit, holdsEvery, saysLittleElse, subjectRenderings } from './englishTitleGlossary';

const INTERIM = '(?:(Interim|Provisional|Tentative)\\s+)?';
const KIND_FIRST = new RegExp(`^(?:the\\s+)?${INTERIM}(Regulations?|Measures|Provisions|Rules)(?:\\s+of\\s+the\\s+State\\s+Council|\\s+of\\s+the\\s+(?:People['’]s\\s+Republic\\s+of\\s+China|PRC))?\\s+(?:on|for|of|concerning|governing|regarding)\\s+([\\s\\S]+)$`, 'i');
const KIND_LAST = new RegExp(`^(?:the\\s+)?([\\s\\S]+?)\\s+${INTERIM}(Regulations?|Measures)$`, 'i');
const KIND: Record<string, string> = { regulation: '条例', regulations: '条例', measures: '办法', provisions: '规定', rules: '规则' };

/** The one national regulation or rule an English title names by its words (the rule above), or null. */
export function regulationTitleByWords(written: string, laws: Iterable<Law>, original: (law: Law) => Law): Law | null {
  const w = written.replace(/\s+/g, ' ').trim();
  const first = KIND_FIRST.exec(w);
  const last = first ? null : KIND_LAST.exec(w);
  const [interim, kind, subject] = first ? [first[1], first[2], first[3]] : last ? [last[2], last[3], last[1]] : [];
  if (!kind || !subject || /\b(?:Laws?|Codes?|Constitution|Interpretations?|Court|Procuratorate)\b|\bAct\b/i.test(subject)) return null;
  const renderings = subjectRenderings(subject);
  if (!renderings || !renderings.length) return null;
  const end = (interim ? '暂行' : '') + KIND[kind.toLowerCase()];
  const fits: Law[] = [];
  for (const law of laws) {
    const t = law.title;
    if (!t.endsWith(end) || !holdsEvery(t, renderings) || !saysLittleElse(t, renderings)) continue;
    // A subject of one word names only the text titled by it alone: "Regulations on Seafarers" 船员条例.
    if (renderings.length < 2 && !renderings[0].some((c) => t.replace(/^中华人民共和国/, '') === c + end)) continue;
    if (!everyTextIs(law, 'administrative-regulation') && !everyTextIs(law, 'departmental-rule')) continue;
    const l = original(law);
    if (!fits.includes(l)) fits.push(l);
  }
  return bestFit(fits, renderings, false);
}
