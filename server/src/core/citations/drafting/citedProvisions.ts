// The list of cited provisions (引用条文清单 / 制定依据): every regulation the drafts cite, grouped by 效力级别, in the
// version each citation was read in, with each cited article/款/项, its text and where the drafts cite it. Made from
// the drafts' analyses only (what the engine bound); `lawcite cites` and the language server render it. Pure.
//
// Flags, per regulation and draft:
// - not-yet-effective: the version cited takes effect after the draft's date;
// - superseded: the version cited (a version the citation names) was replaced by a later one on or before the
//   draft's date (with no date, nothing: an older version may be cited on purpose, as check says);
// - lower-rank: the regulation ranks below the draft (rank.ts), the draft's kind read from its title.
// A law a law of the corpus repealed (cited on or after the repeal) is listed apart, with the repealing law.
import { versionTextDate } from '../../corpus/versions';
import { articleLabel, itemLabel, paragraphLabel } from '../../labels';
import type { Regulation, RegulationKind, TextRange } from '../../model';
import { draftKind, RANK, ranksBelow } from '../../rank';
import { documentTitle } from '../document';
import type { Binding, DocumentAnalysis } from '../types';

/** One draft: how its place is written in the list (a path or URI), its text and its analysis. */
export interface AnalysedDraft {
  file: string;
  text: string;
  analysis: DocumentAnalysis;
}

export interface CitedMention {
  file: string;
  range: TextRange;
}

export type CitedFlag =
  | { code: 'not-yet-effective'; file: string; effective: string; documentDate: string }
  | { code: 'superseded'; file: string; version: string; until: string; documentDate: string }
  | { code: 'lower-rank'; file: string; kind: RegulationKind; draftKind: RegulationKind; draftTitle: string };

export interface CitedProvision {
  article: number;
  articleInsert: number | null;
  paragraph: number | null;
  item: number | null;
  /** 第十六条第二款第（一）项 */
  label: string;
  /** The cited unit's text: the 项 (with its label), the 款, or the article's paragraphs joined by "\n". */
  text: string;
  mentions: CitedMention[];
}

export interface CitedRegulation {
  title: string;
  /** 效力级别; null when the corpus does not know it. */
  level: RegulationKind | null;
  /** Date of the version's text. */
  version: string | null;
  adopted: string | null;
  effective: string | null;
  /** How many versions the corpus has of the law. */
  versions: number;
  provisions: CitedProvision[];
  /** Where the title is named without an article. */
  titleMentions: CitedMention[];
  flags: CitedFlag[];
}

export interface CitedDraft {
  file: string;
  title: string | null;
  /** The kind the draft will have, from its title (rank.ts draftKind). */
  kind: RegulationKind | null;
  date: string | null;
  /** Citations that did not resolve (not in the list). */
  unresolved: number;
}

/** A law the drafts cite that a law of the corpus repealed (not in the corpus: no text to list). */
export interface CitedRepealed {
  /** The title as written. */
  title: string;
  /** The repealed diagnostic's message: by which law and article, from when, what to cite instead. */
  message: { zh: string; en: string };
  mentions: CitedMention[];
}

export interface CitedProvisionList {
  drafts: CitedDraft[];
  regulations: CitedRegulation[];
  repealed: CitedRepealed[];
}

export function listCitedProvisions(drafts: readonly AnalysedDraft[]): CitedProvisionList {
  const groups = new Map<Regulation, CitedRegulation>();
  const provisions = new Map<CitedRegulation, Map<string, CitedProvision>>();
  const out: CitedDraft[] = [];
  const repealed = new Map<string, CitedRepealed>();
  for (const d of drafts) {
    const title = d.analysis.structure?.title || documentTitle(d.text);
    const kind = title ? draftKind(title) : null;
    const info: CitedDraft = { file: d.file, title, kind, date: d.analysis.documentDate, unresolved: 0 };
    out.push(info);
    for (const c of d.analysis.citations) {
      if (c.status !== 'resolved') {
        // A repealed law (its repeal said where its title is written): listed apart, with who repealed it.
        const r = c.problems.find((p) => p.code === 'repealed');
        if (r) {
          const title = String(r.args.written);
          let entry = repealed.get(title);
          if (!entry) {
            entry = { title, message: r.message, mentions: [] };
            repealed.set(title, entry);
          }
          entry.mentions.push({ file: d.file, range: c.range });
        } else if (!c.titleOnly && c.status !== 'self') info.unresolved++;
        continue;
      }
      for (const b of c.bindings) {
        if (!b.law || !b.regulation || b.self) continue;
        const group = groupOf(groups, provisions, b);
        const mention = { file: d.file, range: c.range };
        if (b.article === null) {
          if (!b.target.division) group.titleMentions.push(mention);
          continue;
        }
        provisionOf(provisions.get(group)!, b).mentions.push(mention);
        flag(group, b, info);
      }
      if (c.titleOnly) for (const b of c.bindings) if (b.law && b.regulation) flag(groups.get(b.regulation)!, b, info);
    }
  }
  const regulations = [...groups.values()];
  for (const r of regulations) {
    r.provisions = [...provisions.get(r)!.values()].sort(
      (a, b) => a.article - b.article || (a.articleInsert ?? 0) - (b.articleInsert ?? 0) || (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.item ?? 0) - (b.item ?? 0),
    );
  }
  const rank = (k: RegulationKind | null) => (k ? RANK[k] : 99);
  regulations.sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title, 'zh') || (a.version ?? '').localeCompare(b.version ?? ''));
  return { drafts: out, regulations, repealed: [...repealed.values()] };
}

function groupOf(groups: Map<Regulation, CitedRegulation>, provisions: Map<CitedRegulation, Map<string, CitedProvision>>, b: Binding): CitedRegulation {
  const reg = b.regulation!;
  let g = groups.get(reg);
  if (!g) {
    g = {
      title: b.law!.title,
      level: reg.kind,
      version: versionTextDate(reg),
      adopted: reg.adopted,
      effective: b.version?.effective ?? reg.effective,
      versions: b.law!.versions.length,
      provisions: [],
      titleMentions: [],
      flags: [],
    };
    groups.set(reg, g);
    provisions.set(g, new Map());
  }
  return g;
}

function provisionOf(map: Map<string, CitedProvision>, b: Binding): CitedProvision {
  const a = b.article!;
  const t = b.target;
  const paragraph = t.paragraph;
  const item = t.item !== null && b.item ? t.item : null;
  const key = `${a.number}-${a.insert ?? 0}-${paragraph ?? 0}-${item ?? 0}`;
  let p = map.get(key);
  if (!p) {
    let text: string;
    if (item !== null && b.item) text = `${b.item.label}${b.item.text}`;
    else if (paragraph !== null && b.paragraph) text = b.paragraph.text;
    else text = a.paragraphs.map((x) => x.text).join('\n');
    let label = articleLabel(a.number, a.insert);
    if (paragraph) label += paragraphLabel(paragraph);
    if (item) label += itemLabel(item);
    p = { article: a.number, articleInsert: a.insert, paragraph, item, label, text, mentions: [] };
    map.set(key, p);
  }
  return p;
}

/** The flags one draft raises on a regulation it cites (each once per draft). */
function flag(g: CitedRegulation, b: Binding, draft: CitedDraft): void {
  const add = (f: CitedFlag) => {
    if (!g.flags.some((x) => x.code === f.code && x.file === f.file)) g.flags.push(f);
  };
  const date = draft.date;
  const effective = b.version?.effective ?? b.regulation!.effective;
  if (date && effective && effective > date) add({ code: 'not-yet-effective', file: draft.file, effective, documentDate: date });
  const until = b.version?.until ?? null;
  if (until && date && until <= date) add({ code: 'superseded', file: draft.file, version: g.version ?? '—', until, documentDate: date });
  if (g.level && draft.kind && draft.title && ranksBelow(g.level, draft.kind)) {
    add({ code: 'lower-rank', file: draft.file, kind: g.level, draftKind: draft.kind, draftTitle: draft.title });
  }
}
