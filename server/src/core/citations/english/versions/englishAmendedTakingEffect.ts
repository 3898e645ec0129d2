// Rule (issue 14 form 7, heldout31 English: a law firm's alert and a news note on a revision — "… passed a significant
// amendment to the Widget Law of the PRC ("Revised Law"), which amendment will take effect on October 15, 2025 …
// (1) Confusing Behaviour: Article 7 broadens …"; "… has enacted the amended Widget Law, which will take effect on
// October 15, 2025 … Commercial bribery (Article 8): …"): a writer who reports a revision names the revised text by
// a word of revision before the title ("the amended", "the revised", "the newly revised", "an amendment to the", "the
// revision of the") and the date it takes (or took) effect in a clause right after the title ("…, which will take
// effect on DATE", "…, which takes effect on DATE", "…, effective (from) DATE", "…, which came into force on DATE"). That
// is the text in force from that date — a version named as "(effective Dec. 1, 1993)" names one
// (englishEffectiveDate.ts) — and the bare articles after it are that text's: held (a version of the corpus taking
// effect that year), it resolves; not held, the citation is of a text the corpus lacks (unknown-regulation), never the
// older text with the same article number. Both halves are needed: a title with a date and no word of revision ("the
// Widget Law, which took effect on 1 May 2019") or a word of revision and no date ("the newly revised Widget Law",
// which the tuning pages use also for the text the corpus holds) is left as before. Only a clause in the same sentence:
// at most a bracketed short name between the title and the clause.

import { ENGLISH_FULL_DATE as DATE } from './englishEffectiveDate';

/** The word of revision right before a title: "the amended ", "an amendment to the ", "the newly revised ". */
const REVISION_BEFORE = /(?:^|[^\w-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:(?:newly|recently|latest|just)[ \t]+)?(?:amended|revised)|(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+(?:(?:significant|major|comprehensive|latest|new|recent|third|second|first|fourth|fifth)[ \t]+)*(?:amendment|revision)[ \t]+(?:to|of))[ \t]+(?:the[ \t]+)?(?:PRC[ \t]+|China['’]s[ \t]+)?$/;

/** After the title: a bracketed short name at most, then the clause of the date it takes effect. */
const TAKING_EFFECT_AFTER = new RegExp(
  `^(?:[ \\t]*[(（][^()（）\\n]{1,40}[)）])?[ \\t]*,[ \\t]*(?:(?:which|that)(?:[ \\t]+(?:amendment|revision|law|text))?[ \\t]+` +
    `(?:will[ \\t]+(?:take[ \\t]+effect|come[ \\t]+into[ \\t]+(?:force|effect)|become[ \\t]+effective)|takes[ \\t]+effect|took[ \\t]+effect|` +
    `comes[ \\t]+into[ \\t]+(?:force|effect)|came[ \\t]+into[ \\t]+(?:force|effect)|(?:is|was|will[ \\t]+be)[ \\t]+effective|entered[ \\t]+into[ \\t]+(?:force|effect))|` +
    `effective|taking[ \\t]+effect|to[ \\t]+take[ \\t]+effect)(?:[ \\t]+(?:on|from|since|as[ \\t]+of))?[ \\t]+${DATE}`,
);

/** The year the revised text named by the English title at [start, end) takes effect (the rule above), or null. */
export function amendedTakingEffectYear(text: string, start: number, end: number): number | null {
  if (text[end] !== ',' && text[end] !== ' ' && text[end] !== '(' && text[end] !== '（') return null;
  if (!REVISION_BEFORE.test(text.slice(Math.max(0, start - 64), start))) return null;
  const m = TAKING_EFFECT_AFTER.exec(text.substr(end, 160));
  if (!m) return null;
  const y = m.slice(1).find((x) => x !== undefined);
  return y ? +y : null;
}
