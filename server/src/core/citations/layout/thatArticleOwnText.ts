// Rule (issue 14, LawRefBook audit of round 31; a regulation's own text: 符合本条例第十二条规定的，该条规定的建设工程可以不再…;
// 未按本条例第二十三条第一款规定配备…，未按该款规定开展…; 综合考虑商标法第十四条第一款规定的各项因素，但是…无需考虑该条规定的
// 全部因素… in an interpretation's new wording): a law's own words point back with 该条 / 该款 as a commentary does — to the
// article or 款 its sentence has just named, its own (本条例第十二条) or another law's. Only within that sentence there:
// a law's article runs on over several sentences and 款, and a 该条 past a full stop is left unread rather than guessed.
// The words after 该 must still be about a provision (scan/selfAnchor.ts: not 该条例, 该条件, 该条约, 该条款 of a contract).

/** Whether the words from the citation to 该 (`between`) stay within one sentence of a law's own text. */
export function withinOwnSentence(between: string): boolean {
  return !/[。！？!?；;\r\n]/.test(between);
}
