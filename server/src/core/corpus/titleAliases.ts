// Titles people write that no corpus text carries: abbreviations of judicial interpretations (《民诉法解释》) and
// English titles of national laws ("the Civil Code"). Read once from two data files, each entry with its source.
import aliasData from './data/aliases.json';
import englishData from './data/english-titles.json';
import { subjectAdjectiveForms } from './subjectAdjective';

export interface TitleAlias {
  /** What a drafter writes. */
  alias: string;
  /** The corpus title it stands for (applies only when that law is loaded). */
  title: string;
  lang: 'zh' | 'en';
  /** An English form long and specific enough to be found in running text without a citation. */
  findable: boolean;
  /** A conventional acronym (PIPL), read where the document could have defined it (after "of the", before "Article N"). */
  acronym?: true;
  source: string;
}

const PRC_EN = " of the People's Republic of China";
const ROMAN_NUMBERS = ['I', 'II', 'III', 'IV', 'V'];

/**
 * A short English title of two or more capitalised words ending in a law word (Labor Contract Law, Civil Code) is
 * found alone in running text too, written capitalised as the title is (not "company law" in prose).
 */
const CAPITALISED_NAME = /^[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|on|for|and|the|in))* (?:Law|Code)$/;

/**
 * 公司法解释（二） is also written 公司法解释二 and 公司法解释(二): the key unifies the brackets of a title in 《》, and the
 * ASCII-bracket form is listed for a name written without 《》 (另婚姻法司法解释(三)第九条), which is found by its ending.
 */
export function chineseAliasForms(alias: string): string[] {
  const m = /[（(]([一二三四五六七八九十]+)[)）]$/.exec(alias);
  if (!m) return [alias];
  const stem = alias.slice(0, m.index);
  return [...new Set([alias, `${stem}${m[1]}`, `${stem}（${m[1]}）`, `${stem}(${m[1]})`])];
}

/**
 * The forms an official English title is cited by: as published, with PRC for the country's name, without
 * "of the People's Republic of China" (Civil Code, Law on Administrative Penalties), and PRC + that short form.
 */
export function englishTitleForms(official: string): string[] {
  const out = [official, official.replace("People's Republic of China", 'PRC')];
  const short = official.replace(PRC_EN, '');
  // Memos and machine translations also write "the Company Law of China" and "the People's Republic of China Company
  // Law" (中华人民共和国公司法 word for word).
  if (short !== official && short.length >= 5) out.push(short, `PRC ${short}`);
  // Chinese writers' English leaves out the article before the country's name: "Contract Law of PRC".
  if (official.endsWith(PRC_EN) && short.length >= 5) out.push(`${short} of China`, `People's Republic of China ${short}`, `${short} of People's Republic of China`, `${short} of PRC`);
  // Rule (issue 14, real-en30: a machine-translated Q&A page citing "Article 2 of the Organic Law of People's Republic
  // of China (PRC) People's Courts"): machine translation renders 中华人民共和国人民法院组织法 word for word after the
  // kind word it puts first — "K of People's Republic of China (PRC) Y" for the official "K of the Y of the People's
  // Republic of China" (Organic Law, Basic Law, Implementing Regulations of the Copyright Law …), the country's
  // initials in brackets as such translations add them, or without them. Only a title of that shape: capitalised
  // words K, "of the", capitalised words Y (joined by "and"), the country's name closing it.
  const inner = /^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) of the ((?:[A-Z][\w'’-]*|and)(?: (?:[A-Z][\w'’-]*|and))*) of the People's Republic of China$/.exec(official);
  if (inner) out.push(`${inner[1]} of People's Republic of China (PRC) ${inner[2]}`, `${inner[1]} of People's Republic of China ${inner[2]}`);
  // A title with the country's name inside ("Law of the People's Republic of China on Foreign Relations") is also
  // written with the name at its end ("Law on Foreign Relations of the PRC", White & Case's and MJIL's wording), and
  // one on a plain noun phrase as that phrase + Law ("Foreign Relations Law", as both then call it), the way the NPC
  // itself names its "Law on Legislation" the Legislation Law. Not for a phrase led by a verb form (Countering …).
  if (official.includes(`${PRC_EN} on `)) {
    out.push(`${short}${PRC_EN}`, `${short} of the PRC`);
    const phrase = /^Law on ((?![A-Z][a-z]*ing\b)[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})$/.exec(short);
    if (phrase) out.push(`${phrase[1]} Law`);
  }
  // "… on Prevention and Control of Water Pollution" is also written "… on the Prevention and Control of …" (LexisNexis
  // China and memos put the article in before a noun of action with its "of"; the NPC's translations leave it out).
  const action = / on (?!the )(?=[A-Z][a-z]+(?:tion|ment|ance|ence)\b[^,]*? of )/;
  for (const f of [...out]) if (action.test(f)) out.push(f.replace(action, ' on the '));
  // 管理 is translated both ways: "Regulations on the Administration of Housing Provident Fund" is also written "…
  // on the Management of …" (a legal-information page's wording for the same 条例).
  const admin = /^((?:Regulations|Measures|Provisions|Rules) (?:on|for) the )Administration of /;
  for (const f of [...out]) if (admin.test(f)) out.push(f.replace(admin, '$1Management of '));
  // 公开 is translated "Disclosure" and "Public Disclosure" alike: the State Council's "Regulations … on the Disclosure of
  // Government Information" are "… on the Public Disclosure of Government Information" on law firms' pages (heldout30
  // English, zclawyer's note on its Article 36) — the same 条例, the translator's adjective added.
  const disclosure = / on the Disclosure of /;
  for (const f of [...out]) if (disclosure.test(f)) out.push(f.replace(disclosure, ' on the Public Disclosure of '));
  // 反 is rendered "Counter-" and "Anti-" alike: the NPC's Counter-espionage Law and Counterterrorism Law are the
  // "Anti-Espionage Law" and "Anti-Terrorism Law" of news agencies and translated pages (Reuters, AFP, Xinhua's own
  // English stories), and "Counter-terrorism" is hyphenated as often as not.
  const counter = /^Counter-?(?=[a-z])/i;
  for (const f of [...out]) if (counter.test(f)) out.push(f.replace(counter, 'Anti-'), f.replace(counter, 'Counter-'));
  // An interpretation numbered "(I)" is numbered "(1)" too, in translations and memos (heldout17-english).
  for (const f of [...out]) {
    const roman = / \((I{1,3}|IV|V)\)$/.exec(f);
    if (roman) out.push(`${f.slice(0, roman.index)} (${ROMAN_NUMBERS.indexOf(roman[1]) + 1})`);
  }
  for (const f of [...out]) out.push(...lawOnForms(f));
  for (const f of [...out]) out.push(...possessiveForms(f));
  for (const f of [...out]) out.push(...applicationOfLawForms(f));
  // "Archival Law" for the Archives Law (subjectAdjective.ts).
  for (const f of [...out]) out.push(...subjectAdjectiveForms(f));
  return [...new Set(out)];
}

/**
 * A judicial interpretation's 适用法律 / 应用法律 ("… Issues Concerning the Specific Application of Law in Handling
 * Criminal Cases of Fraud") is translated "Application of Law", "Application of Laws" and "Application of the Law"
 * alike: shndlaw's translation of Fa Shi [2011] No. 7 writes "of the Law", Q&A pages citing it "of Laws". The words
 * are the translator's, the title the same: each form takes the other two. Only before the cases' description (in,
 * to, for …), never "the Application of the Company Law", a law's own name.
 */
function applicationOfLawForms(form: string): string[] {
  const m = /\bApplication of (?:the Law|Laws|Law)(?= (?:in|to|for|during|concerning|when|on) )/.exec(form);
  if (!m) return [];
  const rest = form.slice(m.index + m[0].length);
  return ['Application of Law', 'Application of Laws', 'Application of the Law'].map((w) => form.slice(0, m.index) + w + rest);
}

/**
 * The NPC names some laws "X Law" (Lawyers Law, State Compensation Law, Export Control Law) and others "Law on X";
 * memos, translations and law-firm notes use either wording for the same law ("the Law on Lawyers", "the Law of the
 * PRC on Export Control"). A short "X Law" is therefore also written "Law on X", "Law of the People's Republic of
 * China on X" and "Law of the PRC on X", and with the country's name before it as "PRC Lawyers Law" is written, "PRC
 * Law on X" (a rights group's note: "the PRC Law on Lawyers"). X is two to four capitalised words, or one plural noun
 * (Lawyers): one singular word is often an adjective (Criminal Law, Civil Law) that no one turns round this way.
 * The words may be joined by "and" ("Tendering and Bidding Law", the Law on Tendering and Bidding; "Water and Soil
 * Conservation Law"), as 招标投标 and 水土保持 are two nouns joined.
 */
function lawOnForms(form: string): string[] {
  const m = /^((?:[A-Z][\w'-]*)(?: (?:and )?[A-Z][\w'-]*){1,3}|[A-Z][a-z]+[^s\W]s) Law$/.exec(form);
  if (!m || /\b(?:Law|Code|of|PRC|China)\b/.test(m[1])) return [];
  return [`Law on ${m[1]}`, `Law${PRC_EN} on ${m[1]}`, `Law of the PRC on ${m[1]}`, `PRC Law on ${m[1]}`];
}

/**
 * "Consumer Rights and Interests" is also written with the possessive, plural or singular ("Consumers' Rights and
 * Interests", "Consumer's Rights …"), as translations of 消费者权益 do: a capitalised noun before Rights takes both.
 */
function possessiveForms(form: string): string[] {
  const m = /\b([A-Z][a-z]+[^s\W]) Rights\b/.exec(form);
  if (!m) return [];
  return [`${m[1]}s'`, `${m[1]}'s`].map((p) => form.slice(0, m.index) + p + form.slice(m.index + m[1].length));
}

function build(): TitleAlias[] {
  const out: TitleAlias[] = [];
  for (const e of aliasData.aliases) {
    for (const a of e.aliases) for (const alias of chineseAliasForms(a)) out.push({ alias, title: e.title, lang: 'zh', findable: false, source: e.source });
  }
  for (const e of englishData.laws as { title: string; en: string; also?: string[]; source: string; acronyms?: string[]; acronymSource?: string }[]) {
    const forms = new Set([...englishTitleForms(e.en), ...(e.also ?? []).flatMap(englishTitleForms)]);
    for (const alias of forms) out.push({ alias, title: e.title, lang: 'en', findable: alias.includes('China') || alias.includes('PRC') || CAPITALISED_NAME.test(alias), source: e.source });
    for (const alias of e.acronyms ?? []) out.push({ alias, title: e.title, lang: 'en', findable: false, acronym: true, source: e.acronymSource ?? e.source });
  }
  out.push(...initialledNames(out));
  return out;
}

/**
 * Tax and audit memos name a law of three or four words by their initials and "Law": the EIT Law (Enterprise Income Tax
 * Law), the IIT Law, the CIT Law, the EIA Law (Environmental Impact Assessment Law), undefined, as the trade writes
 * them. Each English short name "W1 W2 W3 Law" of capitalised words gives "INITIALS Law", read only where a citation
 * names a law ("Article 8 of the EIT Law"), never in prose; initials two laws' names share name neither.
 */
function initialledNames(aliases: readonly TitleAlias[]): TitleAlias[] {
  const byInitials = new Map<string, { titles: Set<string>; source: string }>();
  for (const a of aliases) {
    if (a.lang !== 'en' || a.acronym) continue;
    const m = /^((?:[A-Z][a-z]+[ -]){2,3}[A-Z][a-z]+) Law$/.exec(a.alias);
    if (!m) continue;
    const initials = m[1].split(/[ -]/).map((w) => w[0]).join('');
    const row = byInitials.get(initials) ?? { titles: new Set<string>(), source: a.source };
    row.titles.add(a.title);
    byInitials.set(initials, row);
  }
  const known = new Set(aliases.map((a) => a.alias));
  const out: TitleAlias[] = [];
  for (const [initials, { titles, source }] of byInitials) {
    const alias = `${initials} Law`;
    if (titles.size === 1 && !known.has(alias)) out.push({ alias, title: [...titles][0], lang: 'en', findable: false, source });
  }
  return out;
}

/** Every alias of both data files (built on first use). */
let all: TitleAlias[] | null = null;
export function titleAliases(): readonly TitleAlias[] {
  return (all ??= build());
}
