// Shared helpers for parser tests: load a fixture through the decoder and parser, read a location back.
import * as fs from 'fs';
import * as path from 'path';
import { decodeText, parseRegulationText, type ParseResult } from '../../server/src/core/parser';
import type { Article, Division, Regulation, SourceLocation, TextRange } from '../../server/src/core/model';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

export interface Loaded extends ParseResult {
  text: string;
  lines: string[];
  encoding: string;
}

export function loadFile(full: string, file = full): Loaded {
  const d = decodeText(fs.readFileSync(full));
  const result = parseRegulationText(d.text, { file });
  return { ...result, text: d.text, lines: d.text.split(/\r\n|\n|\r/), encoding: d.encoding };
}

export function loadFixture(rel: string): Loaded {
  return loadFile(path.join(FIXTURES, rel), rel);
}

/** The source text a range covers (lines joined by "\n"). */
export function textAt(lines: string[], r: TextRange | SourceLocation): string {
  const range = 'range' in r ? r.range : r;
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  const parts = [lines[range.start.line].slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) parts.push(lines[l]);
  parts.push(lines[range.end.line].slice(0, range.end.character));
  return parts.join('\n');
}

export function article(reg: Regulation, number: number, insert: number | null = null): Article {
  const a = reg.articles.find((x) => x.number === number && x.insert === insert);
  if (!a) throw new Error(`${reg.title}: no article ${number}${insert ? '-' + insert : ''}`);
  return a;
}

export function allDivisions(reg: Regulation): Division[] {
  const out: Division[] = [];
  const walk = (ds: Division[]) => {
    for (const d of ds) {
      out.push(d);
      walk(d.children);
    }
  };
  walk(reg.divisions);
  return out;
}

/** Every article's label, paragraphs, items and subitems point at their text in the source. */
export function assertLocationsMatch(lines: string[], reg: Regulation, joinBreaks: boolean): string[] {
  const problems: string[] = [];
  const squash = (s: string) => (joinBreaks ? s.replace(/\n\s*/g, '') : s.replace(/\n\s*/g, '\n'));
  for (const a of reg.articles) {
    if (textAt(lines, a.labelLocation) !== a.label) problems.push(`${a.label}: label location`);
    for (const p of a.paragraphs) {
      const src = squash(textAt(lines, p.location));
      if (src !== p.text) problems.push(`${a.label} 款${p.number}: ${JSON.stringify(src.slice(0, 30))} ≠ ${JSON.stringify(p.text.slice(0, 30))}`);
      for (const it of p.items) {
        if (!textAt(lines, it.location).startsWith(it.label)) problems.push(`${a.label} 项${it.number}: location`);
        for (const s of it.subitems) if (!textAt(lines, s.location).startsWith(s.label)) problems.push(`${a.label} 目${s.number}: location`);
      }
    }
    const whole = squash(textAt(lines, a.location));
    if (whole !== (joinBreaks ? a.text.replace(/\n/g, '') : a.text)) problems.push(`${a.label}: article location does not cover its text`);
  }
  for (const d of allDivisions(reg)) {
    const src = textAt(lines, d.location).replace(/[\s\u3000]+/g, '');
    if (!src.includes(d.heading.replace(/\s+/g, ''))) problems.push(`${d.label}: division location`);
  }
  return problems;
}
