// Titles of documents the corpus does not hold, named after an article in full (rule, issue 14, heldout14 English: a
// law firm's note on a fine cites "Article 2 of the Anti-Monopoly Guide of the Anti-monopoly Commission of the State
// Council for the Platform Economy Sector"; a translated penalty notice cites "Item 1 of Article 9 of the trial rules
// for discretion of food and drug administrative punishment in Shandong Province"). Such a name is a document's title
// — its articles are that document's (unknown-regulation), neither nothing nor the law named before it:
// - a guide or guidelines a Chinese state organ issued, named with its issuer after "of the" (the State Council, a
//   ministry, a national administration, a China … commission, the Supreme People's Court or Procuratorate): guides
//   of a company's committee, of a foreign body or with no issuer are none;
// - rules, measures, regulations, provisions or standards typed in lower case, on an administrative subject (penalties,
//   supervision, licences, safety …), "in" or "of" a Chinese province, municipality, city or autonomous region named
//   after them (a local document, as the translator wrote it); a club's rules for entry in a province are none.

const STATE_ORGAN = /\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}?(?:State\s+Council|Ministry\s+of\s+[A-Z]|(?:State|National)\s+(?:[A-Z][\w-]*\s+(?:and\s+|for\s+)?){0,5}Administration|Supreme\s+People['’]s\s+(?:Court|Procuratorate)|People['’]s\s+Bank\s+of\s+China|China\s+(?:[A-Z][\w-]*\s+){1,3}Commission)\b/;

/** Whether a capitalised title is a guide or guidelines a Chinese state organ issued (above). */
export function issuedGuideTitle(title: string): boolean {
  return /\bGuide(?:lines)?\s+of\s+(?:the\s+)?[A-Z]/.test(title) && STATE_ORGAN.test(title);
}

const PLACE = '(?:[A-Z][a-z]+[ \\t]+){1,3}(?:Province|Municipality|City|Autonomous[ \\t]+Region)(?![\\w-])';
const LOCAL_LOWER = new RegExp(
  `^(?:(?:trial|interim|provisional|implementing|detailed)[ \\t]+)?(?:rules|measures|regulations|provisions|standards)[ \\t]+(?:for|on|of|concerning)[ \\t]+[a-z][a-z ,'’-]{3,140}?[ \\t]+(?:in|of)[ \\t]+(?:the[ \\t]+)?${PLACE}`,
);

/** What a local government's document is on: administration, penalties, enforcement, supervision, licences, safety … */
const ADMINISTRATIVE_SUBJECT = /\b(?:administrat|punish|penalt|discretion|enforce|supervis|manag|implement|licen|registr|inspect|protect|safety|control|regulat)/;

/** A local document's title typed in lower case at p (above), on an administrative subject: its end, or -1. */
export function lowerLocalTitleEnd(text: string, p: number): number {
  const m = LOCAL_LOWER.exec(text.substr(p, 220));
  return m && ADMINISTRATIVE_SUBJECT.test(m[0]) ? p + m[0].length : -1;
}
