// Writes a regulation in the bundled corpus format: front matter, then the text as published, one paragraph
// per line with blank lines between, TOC and page noise gone, page-break splits joined.
import type { Division, Regulation } from '../model';
import { formatFrontMatter } from './frontMatter';

/** The printed heading line of a division, taken from the source text by its location. */
function printedHeading(d: Division, sourceLines: string[]): string {
  const r = d.location.range;
  const line = sourceLines[r.start.line] ?? '';
  const printed = r.start.line === r.end.line ? line.slice(r.start.character, r.end.character) : line.slice(r.start.character);
  return printed || `${d.label} ${d.heading}`.trim();
}

export function formatBundled(reg: Regulation, sourceLines: string[]): string {
  const out: string[] = [
    formatFrontMatter({
      title: reg.title,
      shortTitles: reg.shortTitles,
      issuer: reg.issuer,
      adopted: reg.adopted,
      effective: reg.effective,
      amended: reg.amended,
      lang: reg.lang,
      translationOf: reg.translationOf,
    }),
    reg.title,
  ];
  for (const n of reg.notes) out.push(n);
  const written = new Set<Division>();
  const writeDivision = (d: Division) => {
    if (written.has(d)) return;
    if (d.parent) writeDivision(d.parent);
    written.add(d);
    out.push(printedHeading(d, sourceLines));
  };
  for (const a of reg.articles) {
    if (a.division) writeDivision(a.division);
    for (const line of a.text.split('\n')) out.push(line);
  }
  return out[0] + out.slice(1).join('\n\n') + '\n';
}
