// The bracket defining a short name after a title or a term: （以下简称《条例》）, （以下称“X”）, （简称X）. One reader for the
// scanner's short titles, the terms of a draft (terms/definitions.ts) and a short name used before it is defined
// (laterShortName.ts).

// A short title in title marks may also stand in quotes: （以下简称“《条例》”）. One space between an Arabic number and a
// Chinese character belongs to the name, as typeset pages space them (（以下简称《2021 高法解释》）).
// Rule (issue 14, real-zh19: law-firm articles): 以下统称 / 下统称 gives a short name as 以下简称 does, also after a few
// words saying what it stands for and a comma (（关于建设工程司法解释，下统称《施工合同司法解释》）).
/** A 以下简称 / 以下称 / 简称 / 以下统称 bracket (sticky): the mark opening the name in group 1, the name in group 2. */
export const SHORT_FORM_BRACKET = /[（(]\s*(?:[^（()）\n，,。；]{1,16}[，,]\s*(?=(?:以下|下)统称))?(?:以下简称|以下称|下称|简称|以下统称|下统称)\s*[为：:]?\s*(?:[“"「『‘](?=《))?([《“"「『‘]?)((?:[^（(）)”"」』》’\s，,。；]|(?<=[0-9]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[0-9])){1,30}(?:[（(][一二三四五六七八九十]{1,3}[)）])?)(?:》[”"」』’]|[》”"」』’])?\s*[)）]/y;

/**
 * The one reader of a 以下简称 / 以下称 / 简称 bracket starting at `at` (its opening bracket): the name it gives, the mark
 * opening that name (《 for a title, “ or none) and where the bracket ends; null when none starts there. Short titles
 * (after a title) and defined terms (after any other words, core/citations/terms) are read by it alike.
 */
export function shortFormAt(text: string, at: number): { name: string; mark: string; nameStart: number; end: number } | null {
  SHORT_FORM_BRACKET.lastIndex = at;
  const m = SHORT_FORM_BRACKET.exec(text);
  if (!m) return null;
  const lead = /^[（(]\s*(?:[^（()）\n，,。；]{1,16}[，,]\s*(?=(?:以下|下)统称))?(?:以下简称|以下称|下称|简称|以下统称|下统称)\s*[为：:]?\s*(?:[“"「『‘](?=《))?/.exec(m[0])![0].length;
  return { name: m[2], mark: m[1], nameStart: at + lead + m[1].length, end: SHORT_FORM_BRACKET.lastIndex };
}
