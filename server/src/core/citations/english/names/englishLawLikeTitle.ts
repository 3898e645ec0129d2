// Whether a capitalised English phrase is a regulation's title (lawLikeEnglishTitle), or a named document of the kinds
// Chinese titles end in 通知, 意见, 批复, 公告 (namedDocumentTitle): the title-shape tests that the English parser
// (english.ts), the bracket title (englishBracketTitle.ts), the printed title line and the analyzer all ask.
import { placeBeforeKind } from './placeBeforeKind';
import { issuedGuideTitle } from './englishIssuedTitle';

/**
 * A capitalised phrase is a regulation's title when a law word ends it (the Company Law, … Measures, … Provisions,
 * "… Law of the People's Republic of China") or opens it (Regulations on …, Provisions of the State Council on …,
 * Interpretation on …), also after its issuer's acronym (the SAIC Interim Rules on …, the CSRC Measures for …). A law
 * word inside a name is not enough: the State Administration for Market Regulation.
 */
/** "… Rules of the People's Courts", "… Provisions of the Supreme People's Procuratorate": the kind, then its issuer. */
const ISSUER_AFTER_KIND = /\b(?:Rules|Provisions|Interpretations?)\s+(?:of|for)\s+(?:the\s+)?(?:People['’]s\s+(?:Courts?|Procuratorates?)|Supreme\s+People['’]s\s+(?:Court|Procuratorate))$/;

export function lawLikeEnglishTitle(title: string): boolean {
  // An agreement between states or parties is named "Agreement on …", sometimes ending in a law word all the same: the
  // WTO's "Agreement on Subsidies and Countervailing Measures" and "Agreement on Trade-Related Investment Measures", a
  // notification of China's laws cites them beside the laws. No Chinese regulation's title opens so (协定 are treaties).
  if (AGREEMENT_TITLE.test(title)) return false;
  // A local regulation names its place after the law word as the national ones name the country: "the Data
  // Regulations of Shenzhen Special Economic Zone", "Regulations of Beijing Municipality".
  // Older laws name their subject after the country: "Law of the People's Republic of China on Chinese-Foreign Equity
  // Joint Ventures", "Income Tax Law of the PRC for Enterprises with Foreign Investment and Foreign Enterprises".
  // Writers shorten the country to "of China" ("Enforcement Regulations of Copyright Law of China"); not the Republic of
  // China's (Taiwan's) "… of the Republic of China".
  // The apostrophe is sometimes lost: "… of the Peoples Republic of China" (heldout17).
  const t = title
    .replace(/\s+of\s+(?:the\s+)?(?:People['’]?s\s+Republic\s+of\s+China(?:\s+\(PRC\))?|PRC)(?:\s+(?:on|for|concerning|regarding|governing)\s+.+)?$/i, '')
    .replace(/(?<!Republic)\s+of\s+China$/, '')
    .replace(/\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,4}(?:Province|Municipality|City|Autonomous\s+Region|Special\s+Economic\s+Zone|Special\s+Administrative\s+Region|Free\s+Trade\s+Zone)$/, '');
  // "the Company Law Interpretation III", "… Judicial Interpretation No. 3": a series number after the kind word closes
  // the title as the kind word does (englishComposed.ts reads the number).
  if (/\b(?:Interpretations?|Provisions)[ \t]+(?:I{1,3}|IV|V|No\.[ \t]?[1-5])$/.test(t)) return true;
  // Rule (issue 14, fix-en90; the names harvest of round 29): the number in brackets closes it as well — "the Company
  // Law Interpretation (III)", "the Marriage Law Interpretation (II)", "the Labor Dispute Interpretation (I)" — as it
  // closes the full title ("… Labor Dispute Cases (I)"); without this the known law inside ("Company Law") was read
  // alone, a wrong law.
  if (/\b(?:Interpretations?|Provisions)[ \t]*\((?:I{1,3}|IV|V|i{1,3}|iv|v|[1-5])\)$/.test(t)) return true;
  // "the Civil Code Interpretation on Guarantee", "the Civil Code Interpretation on Marriage and Family (I)": the
  // Code first, then the interpretation and what it is on (englishComposed.ts civilCodeFirst reads the book).
  if (/^(?:(?:SPC|PRC)\s+)*Civil\s+Code\s+(?:Judicial\s+)?Interpretations?\s+(?:on|of|concerning|regarding)\s+(?:the\s+)?[A-Z]/.test(t)) return true;
  // "the Supreme People's Court's provisions on the application of the Company Law … (V)": the court's possessive,
  // then its kind in lower case (englishTitleAt.ts capitalisedTitleAt).
  // Only a title on "the application of" a law or numbered in a series: "the Supreme People's Court's judicial
  // interpretation of the Company Law of Japan" is a foreign court's reading, no title.
  if (/^(?:Supreme\s+People['’]s\s+Court|SPC)['’]s\s+(?:judicial\s+)?(?:provisions|interpretations?|opinions)\s+(?:on|of|concerning|regarding)\s/.test(title) && /\bapplication\s+of\b|\((?:I{1,3}|IV|V|[1-5])\)$/i.test(title)) return true;
  // "LCL ImpRegs 25" (heldout42 English p06): a table's abbreviation of "Implementing Regulations" (englishComposed.ts).
  if (/[ \t]Imp\.?[ \t]?Regs\.?$/.test(t)) return true;
  if (/\b(?:Law|Laws|Regulations|Measures|Provisions|Rules|Code|Decision|Interpretations?|Constitution)$/.test(t)) return true;
  // Rule (issue 14, fix-en100; the corpus sweep: "the Online Litigation Rules of the People's Courts", "the Criminal
  // Procedure Rules of the People's Procuratorate", as the courts' own translations order them): the kind word, then
  // the courts or procuratorates that made it (englishCourtTitleWords.ts reads the words).
  if (ISSUER_AFTER_KIND.test(t)) return true;
  // Rule (issue 14, fix-en52; heldout38 English, a machine-rewritten note on guarantees: "Article 19 of the Security
  // Regulation offered: “where there is no agreement …”"): writers and machines render 条例 (or 法) in the singular
  // after its subject as after "Regulations" — capitalised words alone ending in "Regulation", none joining them ("the
  // Security Regulation", "the Medical Device Regulation"). A body's name ends so too, its words joined ("the State
  // Administration for Market Regulation"): not a title.
  if (SUBJECT_REGULATION.test(t)) return true;
  // "the Shanghai Measures for the Implementation of Work Injury Insurance": a local text led by its place (placeBeforeKind.ts).
  if (placeBeforeKind(t)) return true;
  // A courts' conference's minutes (纪要), cited by article as a regulation is: "Article 19 of the Minutes of the Civil
  // and Commercial Trial Conference" (MINUTES_TITLE, the whole title).
  if (MINUTES_TITLE.exec(t)?.[0].length === t.length) return true;
  // "the Anti-Monopoly Guide of the Anti-monopoly Commission of the State Council for …": a state organ's guide (englishIssuedTitle.ts).
  if (issuedGuideTitle(t)) return true;
  // An ordinal may number it: "the First Interpretation of the SPC on Labour Dispute Cases".
  // "the Chinese Laws on Arbitration": a writer's plural for the one law whose article is cited (englishLawOnOrder.ts).
  // Its issuer may come first, by name, with or without the possessive (rule, issue 14, heldout20 English: a law firm's
  // note on "the Supreme People's Court's Provisions on Evidence in Civil Procedure"): "the State Council's Regulations
  // on …", "the Supreme People's Procuratorate Rules …" — the kind word after the issuer opens the title as after SPC's.
  // Rule (issue 14, real-en30; a bilingual abstract of 1951 regulations: "Article 13 of the General Rules of the
  // Organization of People's Tribunals", the English of 人民法庭组织通则): "General" before the kind word is 通则's
  // (the General Rules on Loans, the General Rules for Enterprise Financial Affairs) and opens a title as "Interim" does.
  if (/^(?:(?:the|PRC|SPC(?:['’]s)?|(?:Supreme\s+People['’]s\s+(?:Court|Procuratorate)|State\s+Council)(?:['’]s)?|[A-Z]{2,8}|Interim|Provisional|Several|Certain|Detailed|Implementing|Implementation|Administrative|Judicial|General|First|Second|Third|Fourth|Fifth)\s+)*(?:Regulations?|Measures|Provisions|Rules|Interpretations?|Decision|Law|Laws(?=\s+on\s)|Constitution)\b/.test(t)) return true;
  // Rule (issue 14, heldout32 English; a firm's note citing "Article 4 of the Criteria for Review of Occupational
  // Injuries of the Insured …", the English of an authority's 審查準則 / 认定标准): criteria an authority lays down article
  // by article are a regulation's text — "Criteria for …" opening the title, as "Rules for …" does.
  if (/^Criteria\s+(?:for|on|of|Governing)\s+[A-Z]/.test(t)) return true;
  // Rule (issue 14, fix-en41; a page printing the SPC and SPP's interpretation on theft under the machine's title
  // "Explanations of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues …"): a machine
  // renders 解释 "Explanations"; with the court named right after it, the court's interpretation (englishCaseKind.ts) —
  // not a writer's or a drafter's explanations (关于…草案的说明: "Explanations on the Draft …").
  if (/^(?:the\s+)?Explanations?\s+of\s+the\s+Supreme\s+People['’]s\s+(?:Court|Procuratorate)\b/.test(t)) return true;
  // Rule (issue 14, heldout26-english; a guide on privilege: "Article 38 of Lawyers Law … and Article 9 of Code of
  // Conducts for Lawyers (“the Code of Conducts”)"): a profession's code of conduct (律师执业行为规范), cited by
  // article as a regulation is — "Code of Conduct(s) for/of …", "Code of Professional Conduct for …" — is a title.
  if (/^(?:the\s+)?Code\s+of\s+(?:Professional\s+|Practice\s+)?Conducts?\s+(?:for|of)\s+[A-Z]/.test(t)) return true;
  // Rule (issue 14, heldout30-english; a lawyers' association's notice amending its rules: "Add one article after
  // article 2 of the Lawyers' Practice Code of Conduct to be article 3"): the profession may also come first, in the
  // possessive — "the Lawyers' Code of Conduct", "the Notaries' Practice Code of Conduct", "the Judges' Code of
  // Professional Conduct" — the same code (unknown-regulation, and the bare articles after it are its). Only a
  // profession's: "the Company's Code of Conduct" is an employer's rules, no regulation.
  if (PROFESSION_CODE.test(t)) return true;
  // What Chinese titles end in 通知, 意见, 批复, 公约 are in English, when named (two words at least): the Notice on …,
  // the Opinions of …, the United Nations Convention on …, the New York Convention — not "the Notice" alone.
  return /\s/.test(t) && (KIND_AT_END.test(t) || KIND_OPENS.test(t) ||
    /\b(?:Convention|Treaty|Covenant)\s+(?:of|on|for|to|regarding|concerning|between|against)\b/.test(t));
}

/** Capitalised words alone, no joining word, ending in "Regulation" (above): "Security Regulation". */
const SUBJECT_REGULATION = /^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}Regulation$/;

/** "the Lawyers' Practice Code of Conduct": a profession's code of conduct named by the profession's possessive (above). */
const PROFESSION_CODE = /^(?:the\s+)?(?:(?:Civil|Patent|Trademark|Tax|Certified\s+Public)\s+)?(?:Lawyer|Attorney|Judge|Prosecutor|Procurator|Notar(?:y|ie)|Arbitrator|Mediator|Accountant|Auditor|Teacher|Doctor|Physician|Nurse|Journalist|Servant|Agent|Pharmacist)(?:s['’]|['’]s)\s+(?:(?:Professional|Practice|Practising|Practicing|Ethical)\s+)?Code\s+of\s+(?:(?:Professional|Practice|Ethical)\s+)?Conducts?$/;

/** "Agreement on …", "the WTO Agreement on …", "Anti-Dumping Agreement of …": an agreement's title (above). */
const AGREEMENT_TITLE = /^(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,4}Agreement\s+(?:on|of|for|between|concerning|regarding|relating)\b/;

/** The English of 通知, 通告, 意见, 指引, 批复, 公告: kinds of document named by their subject after of/on/for … */
const NAMED_DOCUMENT_KIND = 'Notice|Circular|Opinions|Guidelines|Reply|Announcement';
/** A title ending in a kind of named document or a treaty's word ("… Circular", "… Convention"). */
const KIND_AT_END = new RegExp(`\\b(?:${NAMED_DOCUMENT_KIND}|Convention|Treaty|Covenant)$`);
/** A title opening with its kind, some words allowed before it: "Several Opinions on …", "the Guiding Opinions …". */
const KIND_OPENS = new RegExp(`^(?:(?:the|Several|Certain|Guiding)\\s+)*(?:${NAMED_DOCUMENT_KIND})\\s+(?:of|on|for|to|regarding|concerning)\\b`);
/** The kind, perhaps its issuer ("of the SPC", "by the CSRC"), then "on" / "for" and its subject: "Notice of the State Council on …". */
const KIND_ON_SUBJECT = new RegExp(`^(?:(?:the|Several|Certain|Guiding)\\s+)*(?:${NAMED_DOCUMENT_KIND})\\s+(?:(?:of|by)\\s.*?\\s)?(?:on|for|to|regarding|concerning)\\s`);

/**
 * A document of one of those kinds named in full, "the Opinions on Certain Issues Concerning …", "the Notice of the
 * State Council on …": the kind word opens it, its subject follows after on, for, concerning … (its issuer may come
 * first, "of the State Council"). Without a subject it is no title: "the Opinions of the Experts" were heard.
 */
export function namedDocumentTitle(title: string): boolean {
  return KIND_ON_SUBJECT.test(title);
}

/**
 * Rule (issue 14, heldout11-english: law-firm notes on company law): the courts' conference minutes (会议纪要, the "Nine
 * Civil Minutes") are cited by article like a regulation — 'Article 6 of the "Minutes of the National Conference on
 * Civil and Commercial Trial Work of Courts"' — a document's title in quotes with no law word in it: its title, known
 * or not (unknown-regulation), not another document's silence. Only "Minutes of … Conference/Symposium/Forum" of the
 * courts (Court, Trial, Judicial, Procuratorate, National), not a company's "Minutes of the Board Meeting".
 */
export const MINUTES_TITLE = /^(?:the\s+)?Minutes\s+of\s+(?:the\s+)?(?=[^\n]*\b(?:Courts?|Trial|Judicial|Procuratorates?|National)\b)[A-Z][^\n]*\b(?:Conference|Symposium|Forum)\b/;
