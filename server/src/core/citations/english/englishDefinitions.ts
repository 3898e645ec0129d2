// Short names an English text defines for a regulation right after its title: the Company Law of the PRC (the "New
// Company Law"), ("PIPL"), (hereinafter referred to as the "CPL"), (AML) — and the title each stands for, known or
// not, with the version a year or a date gives it. The scanner reads them once per text; a short name then names
// that regulation where the text cites it.
import { abbreviatesTitleWord, leadingYearOfShortName } from './names/yearAbbreviatedName';
import type { TitleHead } from '../scanTypes';
import { ENGLISH_LAW_WORD } from '../text';
import { composedTitle } from './names/englishComposed';
import { criminalAmendmentAt } from './versions/englishAmendment';
import { chineseTitleInNote } from './names/chineseTitleNote';
import { yearAfterTitle } from './versions/englishTitleYear';
import { effectClauseBefore, issuedClauseBefore } from './names/englishIssuedClause';
import { macaoNumberedTitleEndingAt } from './context/numberedLawTitle';
import { definedActEndingAt } from './names/englishDefinedAct';
import { quotedGuideTitleEndingAt } from './names/englishGuideDefined';
import { interpretationDefinedBefore } from './names/englishInterpretationDefined';
import { acronymInsideTitleAround } from './names/acronymInsideTitle';
import { englishTitleEndingAt, capitalisedTitleEndingAt } from './names/englishTitleAt';
import { lowerDefinedTitle } from './names/lowerDefinedName';
import { machineOrderCourtTitleEndingAt } from './names/machineOrderCourtTitle';
import { LOWER_UNQUOTED_SHORT } from './names/lowerUnquotedShort';
import { definedKindTitleStart, startAfterIssuer } from './names/definedKindTitle';

/** Courts' minutes whose title ends before a definition: "Minutes of … (Court|Trial|Judicial) … Conference/Work". */
const MINUTES_BEFORE = /\b(Minutes[ \t]+of[ \t]+(?:the[ \t]+)?(?=[^\n]*\b(?:Courts?|Judicial|Procuratorates?)\b)[A-Z][A-Za-z'’\- \t]{5,150}?\b(?:Conference|Symposium|Forum|Work))[ \t]*$/;

/**
 * Whether a short name is made from a title: one of its words (not a lead word such as "new"), or an acronym whose
 * letters are initials of the title's words in order ("WL" for "Water Law", "Arrangement" for "Arrangement Concerning …").
 */
function shortNameOf(short: string, title: string): boolean {
  const words = title.split(/[\s\-–]+/).filter(Boolean);
  const lower = new Set(words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')));
  for (const w of short.split(/\s+/)) {
    if (/^(?:the|new|amended|revised|current|old|former)$/i.test(w)) continue;
    if (/^[A-Z]{2,8}s?$/.test(w)) {
      const initials = words.filter((x) => /^[A-Z]/.test(x)).map((x) => x[0]).join('');
      let i = 0;
      for (const c of w.replace(/s$/, '')) {
        i = initials.indexOf(c, i) + 1;
        if (i === 0) break;
      }
      if (i > 0) return true;
    } else if (w.length >= 3 && lower.has(w.toLowerCase().replace(/[^a-z0-9]/g, ''))) return true;
    // "2019 Reg." of the Regulations on …: an abbreviated word of the title (yearAbbreviatedName.ts).
    else if (abbreviatesTitleWord(w, words)) return true;
  }
  return false;
}

/**
 * English definitions of short names after a title: the Company Law of the PRC (the "New Company Law"), ("PIPL"),
 * a draft's ("Draft PIPL": the draft, not the law),
 * (hereinafter referred to as the "CPL"), (referred to as the "Securities Laws") without "hereinafter", and unquoted ones a memo writes: (AML), (Amended AUCL), (the SPC
 * Interpretation), (henceforth, PRC Constitution), (the new TML) after "The Trademark Law as amended in 2013". The title is a known English title or a capitalised title with a
 * law word, or one with a bracket after it (the Chinese title, a version) before the short name's; an unquoted short
 * name is capitalised words, one of them an acronym or a law word.
 */
export function englishDefinitions(text: string, from: number, known: readonly string[]): { head: TitleHead; short: string; start: number; end: number }[] {
  const out: { head: TitleHead; short: string; start: number; end: number }[] = [];
  // A space may stand inside the bracket: (“the AFSL”) is also written ( “the AFSL”).
  // (these “Provisions”): a writer's short name for the text it explains, cited "of these Provisions" after (titles/definedSelfWord.ts).
  // "(2019 Reg.)": a short name closed by an abbreviated kind word, Reg. … Admin. (yearAbbreviatedName.ts).
  const defRe = /[ \t]*\([ \t]*(?:the\s+|these\s+(?=[“\"‘']?[A-Z])|hereinafter(?:\s+referred\s+to\s+as)?,?\s+(?:the\s+|the(?=["“]))?|referred\s+to\s+as\s+(?:the\s+)?|henceforth,?\s+(?:the\s+)?|hereafter,?\s+(?:the\s+)?)?(?:["“]((?:the\s+)?[A-Za-z0-9][^"”()\n]{1,60}(?:[ \t]*\((?:I{1,3}|IV|V)\))?)["”]|((?:(?:new|amended|revised|current|old|former)\s+(?=[A-Z]))?(?:[A-Z0-9][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]*(?:(?<=\b(?:Reg|Regs|Regul|Meas|Prov|Provs|Interp|Impl|Admin))\.)?)(?:[ \t]+(?:19[5-9]|20\d)\d(?=[ \t]*\)))?|[‘']((?:the\s+)?[A-Z0-9][^‘’'"“”()\n]{1,60})[’'])([ \t]*[,;][ \t]*(?:or[ \t]+|also[ \t]+)?Law[ \t]+(?:No\.?[ \t]*)?\d{1,4}\/\d{2,4})?[ \t]*\)/g;
  defRe.lastIndex = from;
  let tries = 0;
  for (let m = defRe.exec(text); m && tries++ < 2000; m = defRe.exec(text)) {
    const q = m.index;
    // "The Supreme People's Court on … problem of interpretation (hereinafter … the "explanation")": a court's title in
    // the Chinese order, its kind word last, given its kind word as a short name (machineOrderCourtTitle.ts).
    const machine = machineOrderCourtTitleEndingAt(text, q, (m[1] ?? m[2] ?? m[3] ?? '').replace(/^the\s+/i, '').trim());
    if (machine) {
      out.push({ head: { kind: 'title', written: machine.written, start: machine.start, end: q, innerStart: machine.start, innerEnd: q, bracketed: false, lang: 'en' }, short: (m[1] ?? m[2] ?? m[3]).replace(/^the\s+/i, '').trim(), start: q, end: defRe.lastIndex });
      continue;
    }
    // A short name typed in lower case: the lower-case quoted title's before it, or none (lowerDefinedName.ts).
    if (m[1] !== undefined && /^[a-z]/.test(m[1].replace(/^the\s+/, ''))) {
      const short = m[1].replace(/^the\s+/, '').trim();
      const lower = lowerDefinedTitle(text, q, short);
      if (lower) {
        const end = lower.start + lower.title.length;
        out.push({ head: { kind: 'title', written: lower.title, start: lower.start, end, innerStart: lower.start, innerEnd: end, bracketed: false, lang: 'en' }, short, start: q, end: defRe.lastIndex });
      }
      continue;
    }
    // "the Enterprise Income Tax (“EIT”) Law": the bracket defines "EIT Law" for the title around it (acronymInsideTitle.ts).
    const inside = acronymInsideTitleAround(text, q);
    if (inside) {
      const head: TitleHead = { kind: 'title', written: inside.title, start: inside.start, end: inside.end, innerStart: inside.start, innerEnd: inside.end, bracketed: false, lang: 'en' };
      out.push({ head, short: inside.short, start: q, end: defRe.lastIndex });
      continue;
    }
    let short = (m[1] ?? m[2] ?? m[3]).replace(/^the\s+/i, '').trim();
    // "(hereinafter referred to as "the Interpreta-tion")": a PDF's hyphen at a line end inside the short name, which the
    // text then writes whole ("Article 12 of the Interpretation"; englishHyphenated.ts) — the whole word is the name.
    if (/[a-z]-[a-z]/.test(short)) {
      const joined = short.replace(/(?<=[a-z])-(?=[a-z])/g, '');
      if (new RegExp(`\\b${joined.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text.slice(defRe.lastIndex))) short = joined;
    }
    // "a revised draft of PRC Product Quality Law (the Revised Draft)": an unquoted name for a draft is one too. An
    // unquoted name with neither an acronym nor a law word is one only when the title it follows is made of its words
    // (shortNameOf, checked below): a writer calls a law by its own kind-word, "the Amendment (XI) to the Criminal Law
    // of the People's Republic of China (the Amendment)", as "(the Law)" after a law — never a bracketed note.
    const ownWordOnly = !!m[2] && !/\b[A-Z]{2,8}s?\b/.test(short) && !ENGLISH_LAW_WORD.test(short) && !/\bDraft$/.test(short);
    if (/^(?:PRC|China|Revised|Amended)$/i.test(short) || /^\d+$/.test(short)) continue;
    // Rule (issue 14, fix-en42; heldout35 English: "… Determination of Rights (I)[1] (“Provisions (I)”)"): a quoted
    // short name may keep the series number of the title it is defined for, "(I)" closing it — the name is all of it.
    // A roman numeral in brackets numbers the title it follows ("Interpretation (II) of the Marriage Law"): no short name.
    if (/^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(short)) continue;
    // "the second judicial interpretation … of the PRC Enterprise Bankruptcy Law (EBL) on 16 September 2013 (2nd
    // Interpretation)": the interpretation, not the law before the bracket (englishInterpretationDefined.ts).
    const interp = interpretationDefinedBefore(text, q, short);
    if (interp) {
      const head: TitleHead = { kind: 'title', written: interp.written, start: interp.start, end: q, innerStart: interp.start, innerEnd: q, bracketed: false, lang: 'en' };
      out.push({ head, short, start: q, end: defRe.lastIndex });
      continue;
    }
    const titleEndingAt = (e: number) => {
      let hit = known.length ? englishTitleEndingAt(text, e, known) : null;
      const cap = capitalisedTitleEndingAt(text, e);
      // A title composed on a known one ("Interpretation … of the PRC Arbitration Law") is the longer title.
      if (cap !== -1 && (!hit || (cap < hit.start && composedTitle(text.slice(cap, e)) !== null))) hit = { start: cap, title: text.slice(cap, e) };
      // A kind word for a short name names the title holding it, not the law its subject ends with (definedKindTitle.ts).
      const kind = definedKindTitleStart(text, cap, e, hit?.title ?? null, short);
      if (kind !== -1) hit = { start: kind, title: text.slice(kind, e) };
      const own = hit ? startAfterIssuer(text, hit.start, e) : -1;
      if (hit && own !== hit.start) hit = { start: own, title: text.slice(own, e) };
      return hit;
    };
    let titleEnd = q;
    let hit = titleEndingAt(q);
    // "(PDPA, or Law 8/2005)": the short name of a law numbered as Macao numbers its laws, whatever its noun
    // (numberedLawTitle.ts); that law, unknown to the corpus.
    const numberedStart = m[4] !== undefined && !hit ? macaoNumberedTitleEndingAt(text, q) : -1;
    if (numberedStart >= 0) {
      const head: TitleHead = { kind: 'title', written: text.slice(numberedStart, q), start: numberedStart, end: q, innerStart: numberedStart, innerEnd: q, bracketed: false, lang: 'en', unknownName: true, lawNamed: true };
      out.push({ head, short, start: q, end: defRe.lastIndex });
      continue;
    }
    if (!hit) {
      // One bracket may stand between the title and its short name: the Chinese title or a version, "Cyber Security
      // Law (In Chinese: 中华人民共和国网络安全法) ("CSL")", "Labor Contract Law (2012 Revision) ("LCL")"; or the mark of
      // the footnote giving its source, "Anti-monopoly Law of the People's Republic of China[1] ("AML")". Books and
      // papers printed from PDF lose the footnote's superscript and leave its bare number, after the title or after its
      // version: "the Widget Law (2009) 2 (hereinafter WL)", "the Widget Law 3 (hereinafter WL)".
      const between = /[ \t]*(?:\(([^()\n]{1,80})\)(?:[ \t]+\d{1,3})?|\[\d{1,3}\]|[ \t]\d{1,3})[ \t]*$/.exec(text.slice(Math.max(0, q - 90), q));
      if (between) hit = titleEndingAt((titleEnd = q - between[0].length));
      // The version said in words between the title and its short name: "The Trademark Law as amended in 2013 (the new
      // TML)", "the Company Law as revised in 2023 (the "New Company Law")".
      const asAmended = !between ? /[ \t]+as[ \t]+(?:amended|revised)(?:[ \t]+in[ \t]+(?:19|20)\d\d)?[ \t]*$/.exec(text.slice(Math.max(0, q - 30), q)) : null;
      if (asAmended) hit = titleEndingAt((titleEnd = q - asAmended[0].length));
      // Rule (issue 14, heldout22 English; a paper on a law's versions): a version named by its date and given a short
      // name, the law written in lower case — "the amended company law of Aug. 28, 2004 (hereinafter referred to as
      // Amended Company Law)" — the short name is that year's text of the law (as "the 2004 Company Law" is; the corpus
      // may not hold it: unknown-regulation). Only when the short name is the words before the date, capitalised
      // (their lead word, amended / revised / new / old, aside): a writer names the version so, never another document.
      const dated = !hit && !between && !asAmended ? DATED_VERSION_BEFORE.exec(text.slice(Math.max(0, q - 120), q)) : null;
      if (dated && m[2] && dated[1].replace(/^(?:amended|revised|new|old|original|former)\s+/i, '').replace(/\s+/g, ' ').toLowerCase() === short.replace(/^(?:amended|revised|new|old|original|former)\s+/i, '').toLowerCase()) {
        const name = short.replace(/^(?:amended|revised|new|old|original|former)\s+/i, '');
        if (knownTitle(name, known)) {
          const start = q - dated[0].length + dated[0].indexOf(dated[1]);
          const head: TitleHead = { kind: 'title', written: name, start, end: q, innerStart: start, innerEnd: start + dated[1].length, bracketed: false, lang: 'en', versionYear: +dated[2] };
          out.push({ head, short, start: q, end: defRe.lastIndex });
          continue;
        }
      }
      // Books and papers put the footnote's number after the title and say where the text comes from before the
      // short name: "the Regulation on Widgets 12, issued by the State Council in 2009 and amended in 2017 ("RW")",
      // "the Widget Law, as amended in 2018 ("WL")" — a clause opened by a participle of issuing or amending, with no
      // bracket, stop or quotation mark in it (englishIssuedClause.ts).
      const issued = !hit && !between && !asAmended ? issuedClauseBefore(text, q) : 0;
      if (issued) hit = titleEndingAt((titleEnd = q - issued));
      // Or when it takes effect: "… will come into effect on May 1, 2020 (the "New … Provisions")" (englishIssuedClause.ts).
      const effect = !hit && !between && !asAmended && !issued ? effectClauseBefore(text, q) : 0;
      if (effect) {
        hit = titleEndingAt((titleEnd = q - effect));
        if (hit && !shortNameOf(short, hit.title)) hit = null;
      }
      // The title in quotation marks, as writers put 《》 into English, its short name right after the closing mark:
      // the "Water Law" ("WL"), the "Arrangement Concerning … Region "("Arrangement") (a space left inside the marks).
      // Only a short name made from that title (its words or initials): "the Detailed Implementing Rules on the
      // "Provisions … on Case Guidance" (the "Detailed Implementing Rules")" names the outer rules, not the quoted title.
      const closing = !hit && !between && !asAmended ? /[ \t]*["”][ \t]*$/.exec(text.slice(Math.max(0, q - 4), q)) : null;
      if (closing) {
        hit = titleEndingAt((titleEnd = q - closing[0].length));
        if (hit && !shortNameOf(short, hit.title)) hit = null;
        // A regulator's guide in quotation marks given its kind word as a short name (englishGuideDefined.ts).
        if (!hit) hit = quotedGuideTitleEndingAt(text, titleEnd, short);
      }
      // The Chinese title in that bracket names the law, however the English before it renders it (chineseTitleNote.ts).
      const zh = between?.[1] !== undefined ? chineseTitleInNote(between[1]) : null;
      if (zh && !ownWordOnly && !/\bdraft\b/i.test(short)) {
        const at = q - between![0].length + between![0].indexOf('(') + 1;
        const head: TitleHead = { kind: 'title', written: zh.title, start: hit?.start ?? at + zh.start, end: at + zh.end, innerStart: at + zh.start, innerEnd: at + zh.end, bracketed: false, lang: 'zh' };
        out.push({ head, short, start: q, end: defRe.lastIndex });
        continue;
      }
    }
    // The courts' conference minutes named so, their short name after them: "the Minutes of the National Court Civil
    // and Commercial Trial Work (hereinafter referred to as the "Meeting Minutes")" — a document cited by article
    // (MINUTES_TITLE), which the short name stands for, known or not.
    if (!hit) {
      const minutes = MINUTES_BEFORE.exec(text.slice(Math.max(0, titleEnd - 200), titleEnd));
      if (minutes) hit = { start: titleEnd - minutes[0].length + minutes[0].indexOf(minutes[1]), title: minutes[1].trimEnd() };
    }
    // "the Labor Standards Act ("LSA")": a title ending in Act given a short name, a statute the page cites
    // (englishDefinedAct.ts), unknown to the corpus.
    if (!hit && titleEnd === q) {
      const act = definedActEndingAt(text, q);
      if (act && (/^[A-Z]{2,8}$/.test(short) || shortNameOf(short, act.title))) {
        const head: TitleHead = { kind: 'title', written: act.title, start: act.start, end: q, innerStart: act.start, innerEnd: q, bracketed: false, lang: 'en', unknownName: true, lawNamed: true };
        out.push({ head, short, start: q, end: defRe.lastIndex });
        continue;
      }
    }
    if (!hit) continue;
    // "the Ninth Amendment to the PRC Criminal Law (the "Ninth Amendment")": the name defined is the amendment's
    // (刑法修正案（九）, a law with articles of its own, englishAmendment.ts), not the Criminal Law's its title ends with.
    const amendment = amendmentEndingAt(text, hit.start, titleEnd);
    if (ownWordOnly && !shortNameOf(short, text.slice(amendment?.start ?? hit.start, titleEnd))) continue;
    if (amendment) {
      const head: TitleHead = { kind: 'title', written: amendment.written, start: amendment.start, end: titleEnd, innerStart: amendment.start, innerEnd: titleEnd, bracketed: false, lang: 'en' };
      out.push({ head, short, start: q, end: defRe.lastIndex });
      continue;
    }
    // A draft of a law is no law: "the first draft of its Personal Information Protection Law (the "Draft PIPL")" names a
    // text the corpus does not hold (unknown-regulation), not the law as enacted.
    const draft = /\bdraft\b/i.test(short) || /\bdraft\s+(?:version\s+)?of\s+(?:its\s+|the\s+|China['’]s\s+|(?:the\s+)?PRC\s+)?$/i.test(text.slice(Math.max(0, hit.start - 40), hit.start));
    const written = draft && !/\bdraft\b/i.test(hit.title) ? `Draft ${hit.title}` : hit.title;
    const head: TitleHead = { kind: 'title', written, start: hit.start, end: titleEnd, innerStart: hit.start, innerEnd: titleEnd, bracketed: false, lang: 'en' };
    // "The Trademark Law of the People's Republic of China (Trademark Law) 2001 added …": the year after the short name
    // is the version of the title defined (englishTitleYear.ts). Not a year before the title: "The 2004 Land
    // Administration Law (LAL) … the third time the LAL will be revised" names the law by the short name across its
    // versions (real-english16b reads "Article 43 of the LAL" as the law in force).
    const year = yearAfterTitle(text, titleEnd, true);
    if (year) head.versionYear = year;
    // "Tort Liability Law (TLL 2010)", slides' and papers' way: the year inside the bracket after an unquoted short name
    // (the law's year of passing or its version's) is no part of the name, which is "TLL" alone, and dates the title as
    // a year after the short name does (heldout28 English: a lecture's slides, "TLL 2010 • Para. 1, Art. 34").
    const inner = m[2] ? /[ \t]((?:19[5-9]|20\d)\d)[ \t]*\)$/.exec(m[0]) : null;
    if (inner && !year) head.versionYear = +inner[1];
    // "(2019 Reg.)", "(the 2019 Regulation)": the year opening the short name dates the title (yearAbbreviatedName.ts).
    const lead = year || inner ? null : leadingYearOfShortName(short);
    if (lead) head.versionYear = lead;
    out.push({ head, short, start: q, end: defRe.lastIndex });
  }
  // A short name in lower case, unquoted, right after the title (lowerUnquotedShort.ts).
  const lowerRe = new RegExp(LOWER_UNQUOTED_SHORT.source, 'g');
  lowerRe.lastIndex = from;
  for (let m = lowerRe.exec(text); m; m = lowerRe.exec(text)) {
    const q = m.index;
    const hit = known.length ? englishTitleEndingAt(text, q, known) : null;
    const cap = capitalisedTitleEndingAt(text, q);
    const start = cap !== -1 && (!hit || cap < hit.start) ? cap : hit?.start ?? -1;
    if (start === -1 || out.some((d) => d.start === q)) continue;
    const head: TitleHead = { kind: 'title', written: text.slice(start, q), start, end: q, innerStart: start, innerEnd: q, bracketed: false, lang: 'en' };
    out.push({ head, short: m[1].replace(/\s+/g, ' '), start: q, end: lowerRe.lastIndex });
  }
  return out;
}

/** "the amended company law of Aug. 28, 2004", "the revised labor law dated July 5, 1994": a law's name, then its version's date (englishDefinitions). */
const DATED_VERSION_BEFORE = /\b[Tt]he\s+((?:(?:amended|revised|new|old|original|former)\s+)?[A-Za-z][A-Za-z'’]*(?:\s+[A-Za-z][A-Za-z'’]*){0,5}?\s+(?:law|Law|code|Code))\s+(?:of|dated|adopted\s+on|passed\s+on|revised\s+on|amended\s+on)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?((?:19[5-9]|20\d)\d)[ \t]*$/;

/** Whether an English name (the words of a short name) is one of the titles the corpus knows in English. */
function knownTitle(name: string, known: readonly string[]): boolean {
  return known.includes(name);
}

/** A Criminal Law amendment named by its number whose name ends at `end`, starting at most 60 characters before `lawStart`. */
function amendmentEndingAt(text: string, lawStart: number, end: number): { start: number; written: string } | null {
  const from = Math.max(0, lawStart - 60);
  const window = text.slice(from, lawStart);
  if (!/[Aa]mendment/.test(window)) return null;
  for (let i = from; i < lawStart; i++) {
    if (i > 0 && /[\w'’]/.test(text[i - 1])) continue;
    const a = criminalAmendmentAt(text, i);
    if (a && a.end === end) return { start: i, written: a.written };
  }
  return null;
}
