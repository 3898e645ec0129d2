// A file that is one part of a law split over files (LawRefBook's 民法典: the law's title, then a second heading
// naming its part, # 总则 or # 合同编, with the articles of that part only) is read as that law. Its own references
// to the other parts (本法第六编 in 总则.md, 本法第一千二百六十条 in 物权编.md) are the joined law's provisions, found
// and shown there, not missing from the file.
import type { Law } from '../corpus/index';
import type { Regulation } from '../model';

/** The joined law a part file belongs to, when `own` is one: the one law of its title holding all of its articles and more. */
export function wholeLawOf(own: Regulation, lawsTitled: (title: string) => Law[], version: (law: Law) => Regulation): Regulation | null {
  const namedPart = own.divisions.some((d) => d.kind === 'part' && d.number === 0);
  if (!namedPart || !own.title) return null;
  const laws = lawsTitled(own.title);
  if (laws.length !== 1) return null;
  const whole = version(laws[0]);
  if (whole.articles.length <= own.articles.length) return null;
  const numbers = new Set(whole.articles.map((a) => `${a.number}.${a.insert ?? 0}`));
  return own.articles.every((a) => numbers.has(`${a.number}.${a.insert ?? 0}`)) ? whole : null;
}
