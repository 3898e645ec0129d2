// Rule (English writing on China): "China's constitution", "the Chinese constitution", "the PRC Constitution" name the
// Constitution of the People's Republic of China, in lower case too — journalists and scholars write "the complete text
// of the Chinese constitution … including Article 35, which guarantees …". The single word "Constitution" is not found
// alone otherwise (another state's constitution in a comparative text); with China's, Chinese or PRC before it, it is
// the Chinese one, and an article after it in the same sentence is that Constitution's. Named in passing, in a
// sentence citing none of its articles ("… in accordance with China's Constitution. Similarly, under Article 30, …"
// of the Foreign Relations Law a memo discusses), it is no context for the articles of the next sentences.
// The year of the text in force may stand before the word instead (issue 14, heldout22 English): "The 1982 Constitution
// established the principle … (Article 41)" — the Constitution adopted in 1982 is the one in force (the corpus's, with
// its amendments), and the bracketed article in that sentence is its; another year ("the 1954 Constitution") names an
// earlier text, not read here.

// Rule (issue 14, heldout33-english; a news feature on religion under China's constitutions: "the People's Republic of
// China has had four constitutions … In the 1954 constitution, article 88 reads, "…"" and "The wording was modified in
// the 1975 constitution to read, "…" (Article 28)."): on a page about China, the year of one of the People's Republic's
// earlier constitutions — 1954, 1975, 1978 — before the word, in lower case too, names that text: the article cited in
// the same sentence (lower case, or in brackets after the quotation of its words) is that text's — a version the corpus
// lacks, unknown-regulation. Only those three years, and only where the page names China (another state's "1978
// constitution" is no mention), the year right after "the".
const EARLIER = /(?<=\b[Tt]he\s+)(1954|1975|1978)\s+[Cc]onstitution\b(?![- ]?(?:al|ally)\b)/g;

/** Where "China's / Chinese / PRC constitution" or "the 1982 Constitution" stands in text (the whole phrase), after `from`; an earlier text's year with it. */
export function chineseConstitutionsAt(text: string, from: number): { start: number; end: number; year?: number }[] {
  const out: { start: number; end: number; year?: number }[] = [];
  if (/\b(?:19(?:54|75|78))\s+[Cc]onstitution\b/.test(text) && /\b(?:China|Chinese|PRC)\b/.test(text)) {
    EARLIER.lastIndex = from;
    for (let m = EARLIER.exec(text); m && out.length < 1000; m = EARLIER.exec(text)) {
      const rest = /^[^\n]*?(?:[.!?](?=\s)|\n|$)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 400))![0];
      if (!/\b[Aa]rticles?\s+\d/.test(rest)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, year: +m[1] });
    }
  }
  const re = /\b(?:(?:China['’]s|Chinese|PRC)(?:\s+1982)?|(?<=\b[Tt]he\s+)1982(?:\s+(?:Chinese|PRC))?)\s+[Cc]onstitution\b(?![- ]?(?:al|ally)\b)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < 1000; m = re.exec(text)) {
    // "the Chinese constitution of 1954": a dated earlier one, not the text in force.
    if (/^\s+of\s+(?:19[0-7]\d|198[01])\b/.test(text.substr(m.index + m[0].length, 12))) continue;
    // An article of it cited in the rest of the sentence.
    const rest = /^[^\n]*?(?:[.!?](?=\s)|\n|$)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 400))![0];
    if (!/\bArticles?\s+\d/.test(rest)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The phrase opening the text after a link word ("Article 79 from China's constitution"; not "constitutional"). */
export const CHINESE_CONSTITUTION_NAMED = /^(?:China['’]s|Chinese|PRC)\s+[Cc]onstitution\b(?![- ]?(?:al|ally)\b)/;

/** The English title the phrase stands for, as the title index knows it. */
export const CHINESE_CONSTITUTION = "Constitution of the People's Republic of China";
