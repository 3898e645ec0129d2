// The national corpus for the benchmarks (bench:index, bench:lsp): a throw-away copy of this package (bin/, out/,
// dist/, package.json) with the bundled corpus/ when it has national/ (its committed warm index included); else
// the seed files plus the national folders of ../shared/bench/lawrefbook (everything but DLC/), index built. Also the
// baselines over the same national texts, each a fresh process: a naive Node script and `cat`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { walkCorpusFolder } from '../server/src/core/corpus/walk';
import { WARM_INDEX_FILE, writeWarmIndex } from '../server/src/core/corpus/warmIndex';

export const REPO = path.resolve(__dirname, '..', '..');
const LAWREFBOOK = path.resolve(REPO, '..', 'shared', 'bench', 'lawrefbook');

export interface NationalPackage {
  /** Package root: bin/, out/, dist/ (when bundled), corpus/. */
  root: string;
  /** The language server script: dist/server.js (as in the .vsix) when built, else bin/lawcite-language-server.js. */
  server: string;
  serverLabel: string;
  corpus: string;
  /** The national texts (what the naive script and cat read). */
  files: string[];
  /** Where they come from, for the report. */
  label: string;
  dispose(): void;
}

export function nationalPackage(): NationalPackage | null {
  const bundled = path.join(REPO, 'corpus');
  const isBundled = fs.existsSync(path.join(bundled, 'national'));
  if (!isBundled && !fs.existsSync(LAWREFBOOK)) return null;
  // Always a copy: the benchmarks hide the index or the national folder for some runs, never in the repository.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-national-'));
  for (const d of ['bin', 'out', 'dist']) if (fs.existsSync(path.join(REPO, d))) fs.cpSync(path.join(REPO, d), path.join(root, d), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
  const corpus = path.join(root, 'corpus');
  if (isBundled) fs.cpSync(bundled, corpus, { recursive: true });
  else {
    fs.mkdirSync(path.join(corpus, 'national'), { recursive: true });
    for (const f of fs.readdirSync(bundled)) if (f.endsWith('.md')) fs.copyFileSync(path.join(bundled, f), path.join(corpus, f));
    for (const d of fs.readdirSync(LAWREFBOOK, { withFileTypes: true })) {
      if (d.isDirectory() && d.name !== 'DLC' && !d.name.startsWith('.')) fs.cpSync(path.join(LAWREFBOOK, d.name), path.join(corpus, 'national', d.name), { recursive: true });
    }
    writeWarmIndex(corpus);
  }
  const files = walkCorpusFolder(path.join(corpus, 'national')).files;
  return {
    root,
    ...serverOf(root),
    corpus,
    files,
    label: isBundled
      ? `the bundled corpus/national with its committed warm index (${files.length} files), in a temporary copy of the package`
      : `../shared/bench/lawrefbook national folders copied into a temporary package's corpus/ with the seed files (${files.length} files; not bundled yet)`,
    dispose: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

function serverOf(root: string): { server: string; serverLabel: string } {
  const bundle = path.join(root, 'dist', 'server.js');
  return fs.existsSync(bundle)
    ? { server: bundle, serverLabel: 'dist/server.js, the bundled server the .vsix ships' }
    : { server: path.join(root, 'bin', 'lawcite-language-server.js'), serverLabel: 'bin/lawcite-language-server.js over out/ (run `npm run bundle` for dist/server.js)' };
}

/** Hide (or restore) the warm index, to time the loader without it. */
export function hideWarmIndex(pkg: NationalPackage, hidden: boolean): void {
  const index = path.join(pkg.corpus, WARM_INDEX_FILE);
  const aside = index + '.aside';
  if (hidden && fs.existsSync(index)) fs.renameSync(index, aside);
  if (!hidden && fs.existsSync(aside)) fs.renameSync(aside, index);
}

/**
 * Hide (or restore) the national folder and the warm index, to time the server's start-up with the seed files only
 * (a dot-folder is not walked; without the index, which lists the national files, the nine seed files are parsed).
 */
export function hideNational(pkg: NationalPackage, hidden: boolean): void {
  const national = path.join(pkg.corpus, 'national');
  const aside = path.join(pkg.corpus, '.national-aside');
  if (hidden && fs.existsSync(national)) fs.renameSync(national, aside);
  if (!hidden && fs.existsSync(aside)) fs.renameSync(aside, national);
  hideWarmIndex(pkg, hidden);
}

/** The naive script: walk, read every file (utf8) and split it at article headings with one regex. */
const NAIVE = `
const fs = require('fs'), path = require('path');
const files = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
let n = 0;
for (const f of files) n += fs.readFileSync(f, 'utf8').split(/^第[一二三四五六七八九十百千零〇]+条/m).length - 1;
const u = process.cpuUsage();
process.stdout.write(JSON.stringify({ n, cpu: (u.user + u.system) / 1000 }));
`;

/** Process start → done of the naive script over `files`: wall and CPU ms, and the article headings it found. */
export function naiveProcess(files: string[]): { ms: number; cpu: number; headings: number } {
  const list = path.join(os.tmpdir(), `lawcite-naive-${process.pid}.json`);
  fs.writeFileSync(list, JSON.stringify(files));
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', NAIVE, list], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  fs.rmSync(list, { force: true });
  if (r.status !== 0) throw new Error(`naive script failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { n: number; cpu: number };
  return { ms, cpu: out.cpu, headings: out.n };
}

/** Process start → done of `cat` over `files` (ms). */
export function catProcess(files: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync('cat', files, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`cat failed: ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Process start → exit of `lawcite show <citation>` with the package's bundled corpus (ms), and its output. */
export function showProcess(pkg: NationalPackage, citation: string): { ms: number; status: number | null; out: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(pkg.root, 'bin', 'lawcite.js'), 'show', citation], { encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status, out: r.stdout };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** CPU time (user + system, ms) a running process has used since it started (Linux /proc; 10 ms ticks). */
export function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
