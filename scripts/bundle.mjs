// Bundles the VS Code client and the language server into one file each under dist/ (esbuild); the server's entry
// dist/server.js runs dist/server-main.js through V8's code cache (server/src/loader/codeCache.ts).
// Usage: node scripts/bundle.mjs [--dev]   (--dev: no minification, inline source maps)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
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
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define,
});
// The server's entry is built after the server, with the server bundle's hash (its code cache key) written in.
const [server, ...rest] = entries;
const entryPoint = rest.pop();
const results = await Promise.all([server, ...rest].map((entry) => build(options(entry))));
const main = readFileSync(path.join(root, server.out), 'utf8');
const stamp = { sha1: createHash('sha1').update(main).digest('hex'), length: main.length };
results.push(await build(options(entryPoint, { LAWCITE_SERVER_MAIN: JSON.stringify(stamp) })));
for (const [i, result] of results.entries()) {
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`bundle: ${entries[i].out} ${(bytes / 1024).toFixed(0)} KiB`);
}
console.log(`bundle: done in ${Date.now() - started} ms`);
