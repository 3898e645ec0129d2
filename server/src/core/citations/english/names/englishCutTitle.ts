// A title the page's text stops inside (rule, issue 14, stored pages cut at a fixed length: heldout26 English "… as
// stipulated by Article 45 of the Law on Promoting the Transfo", "Article 43 of the Exit and Entry Adm"; heldout31
// English "According to Article 3 of the Interpretation of Punitive Damages in Intellectual Proper", the page having
// named "the Interpretation of Punitive Damages in Intellectual Property Civil Cases" above). Excerpts, feeds and
// search snippets end at a fixed number of characters, often in the middle of the title a citation names. The words
// written are the start of the title: the name the page wrote before that starts with them, else the one known English
// title they start (with its longer forms: "… Law" and "… Law of the People's Republic of China" are one), never a
// guess between two. Only words that run, on one line, to the end of the text, the first capitalised, two words at
// least and ten letters ("of the La" is too little to tell); words that are a known title as they stand are read so.

/** Words from p to the end of the text that may be a cut title (above), without trailing space; else null. */
export function cutAtTextEnd(text: string, p: number): string | null {
  if (text.length - p > 160) return null;
  const rest = text.slice(p).replace(/\s+$/, '');
  if (rest.length < 10 || !/^[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)+$/.test(rest)) return null;
  return rest;
}

/**
 * The one name among `names` that the cut words start (case aside), longer than them: the shortest, when every other
 * one goes on from it (one title's longer forms); else null.
 */
export function completedName(cut: string, names: Iterable<string>): string | null {
  const low = cut.toLowerCase().replace(/’/g, "'");
  let found: string[] = [];
  for (const n of names) if (n.length > cut.length && n.toLowerCase().replace(/’/g, "'").startsWith(low)) found.push(n);
  if (!found.length) return null;
  found = found.sort((a, b) => a.length - b.length);
  const shortest = found[0].toLowerCase();
  return found.every((n) => n.toLowerCase().startsWith(shortest)) ? found[0] : null;
}

/**
 * Rule (issue 14, heldout57 English, f131-en1: a machine-translated Q&A page stored cut at a fixed length, "… it may not
 * confront a third party. Article 71 of People'", after "Article 32 of the Company Law of People's Republic of China"):
 * machine translations name a law after the country ("People's Republic of China Company Law", 中华人民共和国公司法), and
 * a page cut inside the country's name has kept nothing that tells one law from another. The article is then read as
 * "Article 71 of" cut right after "of" is — a bare article, the law in context (none, no-context). Only the start of
 * the country's name ("People", "People'", "the People's Republic of Ch"), on one line, running to the end of the text.
 */
export function cutCountryAtTextEnd(text: string, p: number): boolean {
  if (text.length - p > 40) return false;
  const rest = text.slice(p).replace(/\s+$/, '').replace(/’/g, "'");
  if (rest.length < 3 || /\n/.test(rest)) return false;
  const low = rest.toLowerCase();
  return /^p/.test(low) ? "people's republic of china".startsWith(low) : low.length > 4 && "the people's republic of china".startsWith(low);
}
