// A document's title after its issuer's name in the possessive (rule, issue 14, heldout22 English: a rights group's
// report quotes "Article 12 of the Ministry of Justice's “Methods for …”"): writers name the state organ that issued
// a rule, then its title, in quotes or not — "Article 9 of the Ministry of Commerce's “Measures for the Administration
// of …”", "Article 4 of the CSRC's Provisions on …". The issuer is capitalised words (with of, and, for, on, the
// between them) holding an organ's noun (Ministry, Commission, Council, Court, Administration, Bureau …), or an
// acronym in capitals (MOFCOM, CSRC); the title after it is read as after "of the" (english.ts lawNamedAfter), known
// or not — a title the corpus lacks is an unknown regulation, never silence.

/** An organ's noun: one of the issuer's words is one. */
const ORGAN = /\b(?:Ministry|Ministries|Commission|Council|Court|Procuratorate|Administration|Bureau|Office|Committee|Congress|Bank|Department|Government|Authority|Agency|Service)\b/;

/** Capitalised words (joined by of, and, for, on, the, People's), or an acronym, then the possessive and a space. */
const ISSUER_POSSESSIVE = /^((?:[A-Z][A-Za-z-]*|People['’]s)(?:[ \t]+(?:[A-Z][A-Za-z-]*|People['’]s|of|and|for|on|the)){0,10})['’]s[ \t]+/;

/** The end of an issuer's name in the possessive at p (after its space), or -1. */
export function issuerPossessiveEnd(text: string, p: number): number {
  const m = ISSUER_POSSESSIVE.exec(text.substr(p, 140));
  if (!m) return -1;
  const name = m[1];
  if (!ORGAN.test(name) && !/^[A-Z]{2,8}$/.test(name)) return -1;
  // The name ends on a capitalised word (not "… of the"), and is not a title itself ("the Labor Law's provisions").
  if (/(?:^|[ \t])(?:of|and|for|on|the)$/.test(name) || /\b(?:Law|Code|Regulations|Measures|Provisions|Rules|Interpretation)$/.test(name)) return -1;
  return p + m[0].length;
}

/**
 * "Methods for …", "Interim Methods on …": 办法 as machine translations and rights groups render it, a title in quotes
 * when its subject follows capitalised (the tables' word is "Measures").
 */
export const QUOTED_METHODS_TITLE = /^(?:(?:Interim|Provisional|Administrative|Implementing|Implementation|Detailed)\s+)*Methods?\s+(?:for|of|on|concerning|regarding)\s+(?:the\s+)?[A-Z]/;
