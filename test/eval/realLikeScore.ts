// The dev-set scoring rule (../shared/eval-dev/score.mjs, its README "Scoring"), for the in-repo real-like sets: a gold
// mention is matched by every predicted citation overlapping its span; correct when the union of their targets is the
// gold targets (resolved: all resolved; self/ambiguous: one has that status; unknown-*: one has it and the targets are
// gold or []; no-context: one has it). Citations of a title alone are ignored; a prediction overlapping no gold
// mention is a false positive. precision = correct / (matched + fp), recall = correct / gold.
import * as fs from 'fs';
import * as path from 'path';

export interface GoldTarget { regulation: string | null; article: number | null; articleInsert?: number | null; paragraph: number | null; item: number | null }
export interface GoldMention { file: string; line: number; text: string; occurrence?: number; status: string; targets: GoldTarget[] }
export interface Gold { version: 1; aliases?: Record<string, string>; mentions: GoldMention[] }
interface Pos { line: number; character: number }
interface PredCitation { text: string; range: { start: Pos; end: Pos }; status: string; targets: GoldTarget[] }
export interface Prediction { files: { path: string; citations: PredCitation[] }[] }

export interface Score { precision: number; recall: number; f1: number; gold: number; correct: number; fp: number; errors: string[] }

const normTitle = (t: string) => t.replace(/\s+/g, ' ').trim()
  .replace(/(?<=[\u3400-\u9fff《》〈〉（）])\s+|\s+(?=[\u3400-\u9fff《》〈〉（）])/g, '')
  .replace(/^《(.*)》$/, '$1').replace(/〈/g, '《').replace(/〉/g, '》');
const ARTICLE_WORD = /第[^第]{0,12}?[条款项]|[Aa]rticles?\s*\d|[Pp]aragraph|本条|前款|前条|前两款/;
const UNKNOWN = new Set(['unknown-regulation', 'unknown-article', 'unknown-paragraph', 'unknown-item']);
const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Scores a prediction whose paths name files of `dir` (by base name) against `dir`'s gold. */
export function scoreAgainst(dir: string, gold: Gold, pred: Prediction): Score {
  const aliases = new Map(Object.entries(gold.aliases ?? {}).map(([k, v]) => [normTitle(k), normTitle(v)]));
  const normReg = (r: string | null | undefined) => (r === null || r === undefined || r === '' ? 'null' : aliases.get(normTitle(r)) ?? normTitle(r));
  const key = (t: GoldTarget) => [normReg(t.regulation), t.article, t.articleInsert, t.paragraph, t.item].map((v) => (v === null || v === undefined ? 'null' : String(v))).join('|');
  const errors: string[] = [];
  const mentions = gold.mentions.map((m) => {
    const line = fs.readFileSync(path.join(dir, m.file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[m.line] ?? '';
    let idx = -1;
    for (let k = 0; k <= (m.occurrence ?? 0); k++) { idx = line.indexOf(m.text, idx + 1); if (idx < 0) break; }
    if (idx < 0) throw new Error(`gold span not found: ${m.file}:${m.line + 1} ${m.text}`);
    return { ...m, start: { line: m.line, character: idx }, end: { line: m.line, character: idx + m.text.length }, keys: new Set(m.targets.map(key)) };
  });
  const preds = pred.files.flatMap((f) => f.citations.map((c) => ({ file: path.basename(f.path), c }))).filter(({ c }) => {
    const withArticle = c.targets.filter((t) => t.article !== null && t.article !== undefined);
    return c.targets.length > 0 ? withArticle.length > 0 : ARTICLE_WORD.test(c.text);
  }).map(({ file, c }) => ({ file, c, keys: new Set(c.targets.filter((t) => t.article !== null).map(key)), used: false }));
  let correct = 0;
  let matched = 0;
  for (const g of mentions) {
    const over = preds.filter((p) => p.file === g.file && before(p.c.range.start, g.end) && before(g.start, p.c.range.end));
    over.forEach((p) => { p.used = true; });
    const union = new Set(over.flatMap((p) => [...p.keys]));
    const statuses = new Set(over.map((p) => p.c.status));
    const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
    let ok = false;
    if (over.length) {
      matched++;
      if (g.status === 'resolved') ok = same(union, g.keys) && [...statuses].every((s) => s === 'resolved');
      else if (g.status === 'no-context') ok = statuses.has('no-context');
      else if (UNKNOWN.has(g.status)) ok = statuses.has(g.status) && (union.size === 0 || same(union, g.keys));
      else ok = statuses.has(g.status) && same(union, g.keys);
    }
    if (ok) correct++;
    else errors.push(`${g.file}:${g.line + 1} ${over.length ? 'wrong' : 'missing'} ${g.text} — expected ${g.status} ${[...g.keys].join(' ')}; got ${[...statuses].join('/')} ${[...union].join(' ')}`);
  }
  const fp = preds.filter((p) => !p.used);
  for (const p of fp) errors.push(`${p.file}:${p.c.range.start.line + 1} false positive ${p.c.text} — ${p.c.status}`);
  const precision = matched + fp.length ? correct / (matched + fp.length) : 0;
  const recall = mentions.length ? correct / mentions.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: mentions.length, correct, fp: fp.length, errors };
}
