// Bundles the VS Code client and the language server into one file each under dist/ (esbuild); the server's entry
// dist/server.js runs dist/server-main.js through V8's code cache (server/src/loader/codeCache.ts).
// Usage: node scripts/bundle.mjs [--dev | --names | --check]   (--dev: no minification, inline source maps; --names:
// minified but keeping every function's name, for CPU profiles: node --cpu-prof dist/server.js --stdio; --check: build
// in memory, write nothing, and only say whether the bundles can be written in ASCII — `npm test` runs it)
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import asciiEscape from './asciiEscape.cjs';

const { unsafeForAsciiEscape, asciiEscaped } = asciiEscape;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const names = process.argv.includes('--names');
const checkOnly = process.argv.includes('--check');
const entries = [
  { in: 'server/src/server.ts', out: 'dist/server-main.js', external: [] },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'server/src/loader/serverEntry.ts', out: 'dist/server.js', external: [] },
];

for (const entry of entries) {
  if (!existsSync(path.join(root, entry.in))) {
    console.error(`bundle: ${entry.in} is missing`);
    process.exit(1);
  }
}

/**
 * vscode-languageserver's node entry requires child_process at load only for resolving globally installed modules,
 * which LawCite never asks for; loading it (and what it loads) is a measurable part of the server's start. The
 * bundle takes it on first use instead. If the file no longer reads as expected, it is bundled as it is.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /vscode-languageserver[\\/]lib[\\/]node[\\/]files\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = 'const child_process_1 = require("child_process");';
      if (!source.includes(eager) || /child_process_1\.(?!fork\b|spawnSync\b)/.test(source)) {
        console.warn(`bundle: ${args.path}: child_process not required as expected; bundled as it is`);
        return undefined;
      }
      const lazy = 'const child_process_1 = { get fork() { return require("child_process").fork; }, get spawnSync() { return require("child_process").spawnSync; } };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const started = Date.now();
const options = (entry, define) => ({
  absWorkingDir: root,
  entryPoints: [entry.in],
  outfile: entry.out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: entry.external,
  minify: !dev && !names,
  minifyWhitespace: !dev,
  minifySyntax: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define,
  plugins: [lazyChildProcess],
});
/**
 * esbuild writes strings as ASCII but leaves regular expression literals as written, and ours hold Chinese
 * (/[《》]/): one such character makes Node read the whole bundle into a two-byte string, decoded on the slow path,
 * at every start. Written as \uXXXX escapes they mean the same (also a surrogate pair, with or without the u flag);
 * what cannot be escaped safely is refused (scripts/asciiEscape.cjs).
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const unsafe = unsafeForAsciiEscape(source);
  if (unsafe) {
    console.error(`bundle: ${file}: ${unsafe}; cannot escape it safely`);
    process.exit(1);
  }
  writeFileSync(file, asciiEscaped(source));
}

if (checkOnly) {
  const built = await Promise.all(entries.map((entry) => build({ ...options(entry), write: false })));
  const unsafe = built.flatMap((r, i) => r.outputFiles.map((f) => [entries[i].out, unsafeForAsciiEscape(f.text)]).filter(([, why]) => why));
  for (const [file, why] of unsafe) console.error(`bundle: ${file}: ${why}; cannot escape it safely`);
  if (unsafe.length) process.exit(1);
  console.log(`bundle: check passed (${entries.length} bundles can be written in ASCII) in ${Date.now() - started} ms`);
  process.exit(0);
}

// The server's entry is built after the server, with the server bundle's hash (its code cache key) written in.
const [server, ...rest] = entries;
const entryPoint = rest.pop();
const results = await Promise.all([server, ...rest].map((entry) => build(options(entry))));
for (const entry of [server, ...rest]) asciiOnly(path.join(root, entry.out));
const main = readFileSync(path.join(root, server.out), 'utf8');
const stamp = { sha1: createHash('sha1').update(main).digest('hex'), length: main.length };
results.push(await build(options(entryPoint, { LAWCITE_SERVER_MAIN: JSON.stringify(stamp) })));
for (const [i, result] of results.entries()) {
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`bundle: ${entries[i].out} ${(bytes / 1024).toFixed(0)} KiB`);
}
console.log(`bundle: done in ${Date.now() - started} ms`);
