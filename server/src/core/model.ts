// The regulation model. Pure data: no LSP import. Positions are 0-based lines and UTF-16 code-unit
// characters, end exclusive, so an editor can jump to any node without conversion.

export interface TextPosition {
  line: number;
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** A place in a file: the file's absolute path and a range in it. */
export interface SourceLocation {
  file: string;
  range: TextRange;
}

/** Structure levels. English names in code; the characters live in `structureWords` only. */
export type DivisionKind = 'part' | 'subpart' | 'chapter' | 'section';
export type ProvisionKind = 'article' | 'paragraph' | 'item' | 'subitem';

/** The one place where structure types map to the characters of mainland Chinese law. */
export const structureWords: Record<DivisionKind | ProvisionKind, string> = {
  part: '编',
  subpart: '分编',
  chapter: '章',
  section: '节',
  article: '条',
  paragraph: '款',
  item: '项',
  subitem: '目',
};

/** 编/分编/章/节: a heading that groups articles. */
export interface Division {
  kind: DivisionKind;
  number: number;
  /** The label as printed, e.g. "第二章" or "Chapter II". */
  label: string;
  /** The heading words after the label, spaces removed in Chinese: "总则". */
  heading: string;
  location: SourceLocation;
  parent: Division | null;
  children: Division[];
}

/** 目: "1." under an item. */
export interface Subitem {
  number: number;
  label: string;
  text: string;
  location: SourceLocation;
}

/** 项: "（一）" inside a paragraph. */
export interface Item {
  number: number;
  label: string;
  text: string;
  location: SourceLocation;
  subitems: Subitem[];
}

/** 款: each paragraph of an article, 1-based, unnumbered in the text. */
export interface Paragraph {
  number: number;
  /**
   * The paragraph's text; for the first paragraph without the article label. Page-break splits joined. Its items
   * and subitems are included as printed: one per line ("…：\n（一）…；\n1.…") or inside the line ("…：（一）…；（二）…").
   */
  text: string;
  location: SourceLocation;
  items: Item[];
}

/**
 * 条. In a parsed corpus `paragraphs` and `text` are read from the article's lines the first time they are used
 * (parser/lazyArticle.ts); the result is what a full parse builds.
 */
export interface Article {
  number: number;
  /** 之一 → 1, 之二 → 2; null for an ordinary article. */
  insert: number | null;
  /** The label as printed: "第六十四条", "第十条之一", "Article 64". */
  label: string;
  /** Range of the label on the heading line. */
  labelLocation: SourceLocation;
  /** From the label to the end of the article's last line. */
  location: SourceLocation;
  paragraphs: Paragraph[];
  /** Innermost division (节 or 章 …), null when the regulation has none. */
  division: Division | null;
  /** Full text, paragraphs joined by "\n", label included. */
  text: string;
}

export type Language = 'zh' | 'en';

/** 效力级别: what kind of legal text a regulation is. English names in code; the words live in `kindWords` only. */
export type RegulationKind =
  | 'constitution'
  | 'law'
  | 'administrative-regulation'
  | 'supervisory-regulation'
  | 'judicial-interpretation'
  | 'departmental-rule'
  | 'local-regulation'
  | 'autonomous-regulation'
  | 'local-government-rule'
  | 'normative-document';

/** The one place where regulation kinds map to their Chinese names. */
export const kindWords: Record<RegulationKind, string> = {
  constitution: '宪法',
  law: '法律',
  'administrative-regulation': '行政法规',
  'supervisory-regulation': '监察法规',
  'judicial-interpretation': '司法解释',
  'departmental-rule': '部门规章',
  'local-regulation': '地方性法规',
  'autonomous-regulation': '自治条例/单行条例',
  'local-government-rule': '地方政府规章',
  'normative-document': '规范性文件',
};

/** English names for display. */
export const kindNamesEn: Record<RegulationKind, string> = {
  constitution: 'constitution',
  law: 'law',
  'administrative-regulation': 'administrative regulation',
  'supervisory-regulation': 'supervisory regulation',
  'judicial-interpretation': 'judicial interpretation',
  'departmental-rule': 'departmental rule',
  'local-regulation': 'local regulation',
  'autonomous-regulation': 'autonomous or separate regulation',
  'local-government-rule': 'local government rule',
  'normative-document': 'normative document',
};

/** One version (or the one text) of a regulation, parsed from one or more files. */
export interface Regulation {
  title: string;
  shortTitles: string[];
  issuer: string | null;
  /** 效力级别: from the front matter, else inferred from source folder, title and issuer (core/kind.ts); null when none tells. */
  kind: RegulationKind | null;
  /** ISO dates YYYY-MM-DD as the text states them. */
  adopted: string | null;
  effective: string | null;
  /** Latest 修订/修正 date the text states (tells dated versions of one law apart), null when none. */
  amended: string | null;
  /**
   * Date of this version's text (the latest amendment it includes), when the source states it apart from the
   * history lines: front matter `version:`. Absent otherwise (see corpus/versions.ts versionTextDate).
   */
  version?: string | null;
  /**
   * The law is no longer in force, as the source states (front matter `repealed:` / `successor:`): from `date`
   * (null when not known), replaced by `successor` (a title, null when none is named). Absent otherwise; what a later
   * law's final provisions say is added by corpus/lawStatus.ts.
   */
  repealed?: { date: string | null; successor: string | null };
  lang: Language;
  /** Title of the original when this is a translation. */
  translationOf: string | null;
  /** The files the text came from (several when a law is split in parts). */
  files: string[];
  /** Where the title is printed (the "# " line, the title line, the front matter), null when only inferred. */
  titleLocation: SourceLocation | null;
  /** Lines between title and body as published: adoption note "(2023年7月31日…通过)", announcement text. */
  notes: string[];
  /** Top-level divisions (编 or 章 …); nested ones are in `children`. Unnumbered Markdown headings have number 0. */
  divisions: Division[];
  articles: Article[];
  /**
   * The body of a text with no articles — an amendment in one paragraph (刑法修正案（十）), a decision, a 解答 numbered
   * 一、二、 — its paragraphs as printed. Absent when the text has articles.
   */
  plainText?: string[];
}

/**
 * The number of articles. A regulation from the warm index builds its divisions and articles on first use and
 * knows their number before (a non-enumerable `articleCount`), so counting does not build them.
 */
export function articleCount(reg: Regulation): number {
  return (reg as { readonly articleCount?: number }).articleCount ?? reg.articles.length;
}

/** Key for an article inside a regulation: number plus optional 之N insert. */
export function articleKey(number: number, insert: number | null): string {
  return insert ? `${number}-${insert}` : String(number);
}

const articleMaps = new WeakMap<Regulation, Map<number, Article>>();

/** A number key for an article (no string per lookup): 之N below 1000. */
function articleNumberKey(number: number, insert: number | null): number {
  return number * 1000 + (insert ?? 0);
}

/** The article of a regulation with that number and 之N insert (first of repeated numbers); map built once. */
export function findArticle(reg: Regulation, number: number, insert: number | null = null): Article | undefined {
  let map = articleMaps.get(reg);
  if (!map) {
    map = new Map();
    for (const a of reg.articles) {
      const k = articleNumberKey(a.number, a.insert);
      if (!map.has(k)) map.set(k, a);
    }
    articleMaps.set(reg, map);
  }
  return map.get(articleNumberKey(number, insert));
}

/** Walk from an article's division up to the top: [第二章, 第一节] order (outermost first). */
export function divisionPath(division: Division | null): Division[] {
  const path: Division[] = [];
  for (let d = division; d; d = d.parent) path.unshift(d);
  return path;
}
