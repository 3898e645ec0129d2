// A commentary's section title over its discussion of one article (issue 14 form 8, heldout27 English; a firm's
// article-by-article overview of a law): "Art. 9 – Similar marks and likelihood of confusion" alone on its line, then
// the section's prose opening on its own citation of that same article ("According to Article 9 TML, …"). The rule
// writers follow: the title names the section after the article and its gist, the prose cites it; the title is a
// heading, as "Article 7" alone above a paraphrase is, and cites nothing. A dash caption over other prose ("Our view",
// a sentence not naming that article) stays a citation, as does a label with running words on its line.

import { atLineStart } from '../../text';

/** The label, a dash and a short caption (no full stop), ending its line. */
const TITLE = /^(?:Article|Art\.)[ \t]?(\d{1,4})[ \t]+[–—-][ \t]+[A-Za-z][^\n.;:]{0,80}?[ \t]*(?=\r?\n)/;

/**
 * The end of the section title's label at p ("Art. 9" in "Art. 9 – Caption" ⏎ "According to Article 9 …"), else -1.
 * Cheap first: an "A" at a line's start whose line holds a dash.
 */
export function sectionTitleLabelEnd(text: string, p: number): number {
  if (text.charCodeAt(p) !== 0x41 || !atLineStart(text, p, 4)) return -1;
  const m = TITLE.exec(text.substr(p, 100));
  if (!m) return -1;
  // The section's first sentence, on the next non-blank line (one blank line at most between).
  const below = /^\r?\n(?:[ \t]*\r?\n)?[ \t]*([A-Z][^\n]*)/.exec(text.substr(p + m[0].length, 600));
  if (!below) return -1;
  const stop = below[1].search(/[.;](?:\s|$)/);
  const sentence = stop === -1 ? below[1] : below[1].slice(0, stop);
  if (!new RegExp(`\\b(?:Article|Art\\.)[ \\t]?${m[1]}(?![\\d.]\\d|\\d)`).test(sentence)) return -1;
  return p + /^(?:Article|Art\.)[ \t]?\d{1,4}/.exec(m[0])![0].length;
}
