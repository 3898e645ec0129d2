// npm run corpus:import — reads the seed documents in ../shared/seeds (relative to the repository root) and writes
// corpus/: one bundled-format file per regulation; then the national part of ../shared/bench/lawrefbook into
// corpus/national/ (import-national.ts). Deterministic: re-running gives byte-identical files.
import * as fs from 'fs';
import * as path from 'path';
import { decodeText, formatBundled, parseRegulationText } from '../server/src/core/parser';
import type { Regulation } from '../server/src/core/model';
import { importNational } from './import-national';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_SEEDS = path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
export const DEFAULT_LAWREFBOOK = path.resolve(REPO_ROOT, '..', 'shared', 'bench', 'lawrefbook');
export const DEFAULT_OUT = path.join(REPO_ROOT, 'corpus');

const isDir = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();

export interface ImportReport {
  written: string[];
  bindings: [string, string][];
  warnings: string[];
}

/** File name for a regulation: its title; a translation takes the original's title plus ".en". */
function fileName(reg: Regulation): string {
  const base = reg.translationOf ? `${reg.translationOf}.${reg.lang}` : reg.title;
  return base.replace(/[\\/:*?"<>|]/g, '_').slice(0, 120) + '.md';
}

/**
 * Bind each English text to the Chinese regulation it translates: same adoption date and same number of
 * articles, and only one such candidate. Articles then map 1:1 by number.
 */
function bindTranslations(regs: Regulation[]): [string, string][] {
  const bindings: [string, string][] = [];
  for (const en of regs.filter((r) => r.lang === 'en')) {
    const candidates = regs.filter((r) => r.lang === 'zh' && r.adopted === en.adopted && r.articles.length === en.articles.length);
    if (en.adopted && candidates.length === 1) {
      en.translationOf = candidates[0].title;
      bindings.push([en.title, candidates[0].title]);
    }
  }
  return bindings;
}

export function importCorpus(seedsDir: string, outDir: string): ImportReport {
  const seeds = fs.readdirSync(seedsDir).filter((f) => /\.(txt|md)$/i.test(f)).sort();
  const warnings: string[] = [];
  const parsed: { reg: Regulation; lines: string[] }[] = [];
  for (const f of seeds) {
    const full = path.join(seedsDir, f);
    const { text } = decodeText(fs.readFileSync(full));
    const lines = text.split(/\r\n|\n|\r/);
    const result = parseRegulationText(text, { file: f });
    for (const w of result.warnings) warnings.push(`${f}:${w.line + 1}: ${w.message}`);
    for (const reg of result.regulations) if (reg.articles.length) parsed.push({ reg, lines });
  }
  const bindings = bindTranslations(parsed.map((p) => p.reg));
  fs.mkdirSync(outDir, { recursive: true });
  // Replace earlier imports: every bundled-format file (front matter first) in the folder.
  for (const f of fs.readdirSync(outDir)) {
    const full = path.join(outDir, f);
    if (f.endsWith('.md') && fs.statSync(full).isFile() && fs.readFileSync(full, 'utf8').startsWith('---\n')) fs.unlinkSync(full);
  }
  const written: string[] = [];
  for (const { reg, lines } of parsed) {
    const name = fileName(reg);
    if (written.includes(name)) {
      warnings.push(`two regulations map to ${name}; the second was not written`);
      continue;
    }
    fs.writeFileSync(path.join(outDir, name), formatBundled(reg, lines), 'utf8');
    written.push(name);
  }
  return { written: written.sort(), bindings, warnings };
}

/** The command: returns the exit code; `err`/`out` receive the messages (tests capture them). */
export function main(argv: string[], err = (s: string) => void process.stderr.write(s), say = (s: string) => void process.stdout.write(s)): number {
  let seeds = DEFAULT_SEEDS;
  let lawrefbook = DEFAULT_LAWREFBOOK;
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seeds' && argv[i + 1]) seeds = path.resolve(argv[++i]);
    else if (argv[i] === '--lawrefbook' && argv[i + 1]) lawrefbook = path.resolve(argv[++i]);
    else if (argv[i] === '--out' && argv[i + 1]) out = path.resolve(argv[++i]);
    else {
      err(`usage: import-corpus [--seeds DIR] [--lawrefbook DIR] [--out DIR]\n`);
      return 2;
    }
  }
  const missing = [
    [seeds, '种子文件夹', 'seed folder', '../shared/seeds'],
    [lawrefbook, 'LawRefBook 文件夹', 'LawRefBook folder', '../shared/bench/lawrefbook'],
  ].filter(([dir]) => !isDir(dir));
  if (missing.length) {
    for (const [dir, zh, en, where] of missing) {
      err(`import-corpus: ${en} not found: ${dir}\n找不到${zh}：${dir}（应为仓库根目录旁的 ${where}）。\n`);
    }
    err('The committed corpus/ is unchanged. / 已提交的 corpus/ 未改动。\n');
    return 1;
  }
  const report = importCorpus(seeds, out);
  for (const w of report.warnings) err(`warning: ${w}\n`);
  for (const [en, zh] of report.bindings) say(`translation: ${en} → ${zh}\n`);
  say(`wrote ${report.written.length} files to ${path.relative(process.cwd(), out) || out}\n`);
  for (const f of report.written) say(`  ${f}\n`);
  const national = importNational(lawrefbook, path.join(out, 'national'));
  say(
    `national: wrote ${national.written.length} files to ${path.relative(process.cwd(), path.join(out, 'national'))}, ` +
      `${national.fixes.length} fixes, ${national.skipped.length} skipped, ${national.unreadDates.length} unread dates, ` +
      `${national.titleMismatches.length} title mismatches (provenance.json)\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
