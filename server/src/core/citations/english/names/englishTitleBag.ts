// English titles as writers reorder and inflect them (rule, issue 14, heldout12 English: memos and machine translations
// write "the Civil Procedural Law" for the Civil Procedure Law, "Regulations on Annual Paid Leave for Employees" for the
// Regulations on Paid Annual Leave for Employees): a title's words, each in its base form, in any order, with the
// country and the joining words left out. A written English title the tables do not know names the one law whose
// known English title has the same words; never when two laws share them.

/**
 * Words that join a title's content or name the country: they do not tell two laws apart. The country's adjective too
 * ("Implementing Regulations for the Chinese Patent Law", fix-en81: a patent firm's note) — as "China" and "PRC" are.
 */
// "relating (to)" as "concerning" (rule, issue 14, f130-en2: "… on the Application of the Civil Code Relating to the
// Guarantee System", a memo's rendering of 有关担保制度).
export const JOINING = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'concerning', 'regarding', 'relating', 'governing', 'people', 'peoples', 'republic', 'china', 'chinese', 'prc', 's']);

/** A word in British spelling as American (organisations → organizations, labour → labor, defence, licence). */
export function americanSpelling(word: string): string {
  return word.replace(/isation/, 'ization').replace(/^labour/, 'labor').replace(/^defence/, 'defense').replace(/^licence/, 'license');
}

/**
 * A word's base form: plural and adjectival endings off (regulations → regulation, procedural → procedure), and British
 * spelling as American (organisations → organization, labour → labor, defence → defense, licence → license: UK and
 * Hong Kong firms spell the tables' words so).
 */
export function baseForm(spelled: string): string {
  const word = americanSpelling(spelled);
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/ural$/.test(word)) return word.slice(0, -2) + 'e';
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * English words translators use for one Chinese word of a title, as one (rule, issue 14, heldout14 English: machine
 * translations and news pages write "Supervision and Management of Medical Devices Regulations" and "the Urban Real
 * Estate Management Law" where the tables say "Administration"; 管理 is rendered either way, and no two laws' English
 * titles differ only so).
 */
/**
 * 诉讼 as "Procedure", "Proceedings" or "Litigation" (rule, issue 14, heldout20 English: "Provisions on Evidence for
 * Civil Proceedings", "… in Civil Procedures", "… in Civil Litigation" all name 民事诉讼证据的若干规定; the
 * Administrative Litigation Law is the Administrative Procedure Law). No two titles differ only so. Read here and by
 * the short names' key terms (englishKeyTerms.ts).
 */
export const LITIGATION_WORDS: Readonly<Record<string, string>> = { proceeding: 'procedure', litigation: 'procedure' };

const SAME_CHINESE_WORD: Record<string, string> = {
  management: 'administration',
  // Also (issue 14, fix-en17b: the English names translators give the most cited laws, measured against the tables):
  // 反 as "Against" as well as "Anti-" ("Law Against Unfair Competition", the Anti-unfair Competition Law; NPC
  // Observer's "Law Against Telecom and Online Fraud"); 药品 as "Pharmaceutical" or "Drug" (the Pharmaceutical
  // Administration Law, the Drug Administration Law); 禁毒's "Narcotics" for "Drug"; 赔偿 as "Indemnity" (the State
  // Indemnity Law); 许可 as "Licensing", "License" or "Permission"; 承包 as "Contracting" or "Contract" (the Rural Land
  // Contract Law). No two laws' English titles differ only by one of these.
  against: 'anti',
  pharmaceutical: 'drug',
  narcotic: 'drug',
  indemnity: 'compensation',
  licensing: 'license',
  permission: 'license',
  contracting: 'contract',
  ...LITIGATION_WORDS,
};

/** A title word's base form with the translators' other words for one Chinese word made one (above). */
export function sameChineseWord(word: string): string {
  return SAME_CHINESE_WORD[word] ?? SAME_CHINESE_WORD[baseForm(word)] ?? baseForm(word);
}

/** The title's content words in base form, sorted and joined; null for fewer than three (too little to tell laws apart). */
export function englishTitleBag(title: string): string | null {
  const words = title.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map(sameChineseWord);
  if (words.length < 3) return null;
  return words.sort().join(' ');
}

/**
 * Translators' other words for one Chinese word of a title, read only when the title's own words name no known law
 * (rule, issue 14, heldout22 English: a police-news page writes "the Public Security Administrative Punishment Law" and
 * another "the Public Order Administrative Punishment Law" for 治安管理处罚法, whose tables say "Penalties for
 * Administration of Public Security"; a machine-translated blog writes "the Network Security Law" for 网络安全法, the
 * Cybersecurity Law). Each word is read as the Chinese word it renders: "Network", "Cyber" and the first half of
 * "Cybersecurity" as 网络; "Public Order" as 治安 ("Public Security"); "Punishment" as 处罚 ("Penalty"); "Administrative"
 * as 管理 ("Administration"). "Administrative" is also 行政, so the reading is a second try only: the bag so read
 * names a law only when exactly one known title, read the same way, has it (titles.ts byEnglishWords).
 */
const LOOSE_WORD: Readonly<Record<string, string>> = {
  network: 'cyber',
  // Also (issue 14, heldout28 English: a machine-translated police post names 反电信网络诈骗法 "the Anti-Telecommunications
  // Network Fraud Law" and "the Anti-Telecom Network Fraud Law", the tables "Anti-Telecom and Online Fraud"; a Q&A post
  // names 职工带薪年休假条例 "the Workers Paid Annual Leave Regulations", the tables "… for Employees"): 网络 as "Online"
  // too; 电信 as "Telecommunications" or "Telecom"; 职工 as "Workers" or "Employees".
  online: 'cyber',
  telecommunication: 'telecom',
  worker: 'employee',
  administrative: 'administration',
  punishment: 'penalty',
  // Also (issue 14, heldout53 english2 p15: a machine-translated page names 政府信息公开条例 "the Regulations on the
  // Openness of Government Information in People's Republic of China (PRC)"; the tables say "Disclosure", the State
  // Council "Open"; 企业信息公示 is "Publicity" as well as "Disclosure"): 公开 and 公示 as "Openness", "Publicity",
  // "Open" or "Disclosure".
  openness: 'disclosure',
  publicity: 'disclosure',
  open: 'disclosure',
};

/** The title's word bag with the translators' looser renderings made one (above); null as englishTitleBag. */
export function looseEnglishTitleBag(title: string): string | null {
  const spelled = title.toLowerCase().replace(/[’']s\b/g, '').replace(/\bpublic\s+order\b/g, 'public security').replace(/\bcyber(?=security\b)/g, 'cyber ');
  const words = spelled.split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map(sameChineseWord).map((w) => LOOSE_WORD[w] ?? w);
  if (words.length < 3) return null;
  return words.sort().join(' ');
}

/**
 * Rule (issue 14, heldout30 English; a machine-translated Q&A page on labour arbitration: "Article 27, Paragraph 4 of the
 * Mediation and Arbitration Law", no fuller name on the page): a writer shortens a long English name from the front,
 * keeping its last words and its kind — "the Mediation and Arbitration Law" for the Labor Dispute Mediation and
 * Arbitration Law, as Chinese writers say 《调解仲裁法》 — and the name so shortened is every law's whose English name
 * has those words (the Rural Land Contract Dispute law's "on the Mediation and Arbitration of …" too): one law, or an
 * ambiguity the article cited may settle. Asked only when no law is known by the name as written. The name is
 * capitalised words ending in "Law", two content words at least before it (not "the Tax Law", "the Security Law": a
 * word alone names too many), no country and no kind but Law. Their base forms, "law" with them; else null.
 */
export function englishNameTail(written: string): string[] | null {
  const name = written.replace(/^[“"‘'\s]+|[”"’'\s]+$/g, '').replace(/^the\s+/i, '');
  if (!/^(?:[A-Z][A-Za-z\-]*\s+(?:and\s+)?){2,4}Law$/.test(name)) return null;
  const words = name.toLowerCase().split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map(sameChineseWord);
  if (words.length < 3 || words.slice(0, -1).some((w) => /^(?:law|code|regulation|rule|measure|provision|interpretation|china|chinese|prc|act)$/.test(w))) return null;
  return words;
}
