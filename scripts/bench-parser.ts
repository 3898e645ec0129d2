// node out/scripts/bench-parser.js [DIR] — times the parser over a folder of regulation files (default
// ../shared/bench/lawrefbook) against a naive script that reads every file and splits it at article headings.
import * as fs from 'fs';
import * as path from 'path';
import { decodeText, parseRegulationText } from '../server/src/core/parser';

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(md|txt)$/.test(e.name)) yield p;
  }
}

function main(): number {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'bench', 'lawrefbook'));
  if (!fs.existsSync(dir)) {
    process.stderr.write(`bench-parser: folder not found: ${dir}\n`);
    return 2;
  }
  const list = [...files(dir)];
  const now = () => performance.now();
  const naive = () => {
    let n = 0;
    for (const f of list) n += fs.readFileSync(f, 'utf8').split(/^第[一二三四五六七八九十百千零〇]+条/m).length - 1;
    return n;
  };
  const parse = () => {
    let n = 0;
    for (const f of list) for (const r of parseRegulationText(decodeText(fs.readFileSync(f)).text, { file: f }).regulations) n += r.articles.length;
    return n;
  };
  const rounds: { naiveMs: number; parseMs: number }[] = [];
  let counts = { naive: 0, parsed: 0 };
  for (let i = 0; i < 3; i++) {
    let t = now();
    counts.naive = naive();
    const naiveMs = now() - t;
    t = now();
    counts.parsed = parse();
    rounds.push({ naiveMs, parseMs: now() - t });
  }
  const best = (k: 'naiveMs' | 'parseMs') => Math.min(...rounds.map((r) => r[k]));
  const out = {
    files: list.length,
    naiveArticleSplits: counts.naive,
    parsedArticles: counts.parsed,
    naiveMs: Math.round(best('naiveMs')),
    parseMs: Math.round(best('parseMs')),
    ratio: Number((best('parseMs') / best('naiveMs')).toFixed(2)),
    peakRssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
  return 0;
}

process.exitCode = main();
