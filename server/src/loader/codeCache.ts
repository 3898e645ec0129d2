// Running a bundled script through V8's code cache: the compiled code of every function the script ran is kept
// between starts, so a later start neither parses the bundle nor compiles its functions again (the language
// server's start-up is dominated by code that runs once). The cache is a file per script content and V8 version
// in the user's cache folder; it is written when the process exits (then it holds every function compiled by
// then) if none was used, and a cache V8 rejects (another V8, other flags, a damaged file) is simply written
// again. Any failure to read or write it only means compiling as without one. LAWCITE_CODE_CACHE=off turns it
// off; LAWCITE_CODE_CACHE_DIR names the folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

/** Required only when the script's hash is not given (a start of the bundled server never loads it). */
function createHash(algorithm: string): import('crypto').Hash {
  return (require('crypto') as typeof import('crypto')).createHash(algorithm);
}

/** What happened to the cache: used, none there (written at exit), rejected by V8 (written again), or off. */
export type CodeCacheStatus = 'used' | 'none' | 'rejected' | 'off';

/** The cache folder: LAWCITE_CODE_CACHE_DIR, else lawcite/ in the platform's user cache folder; null when off. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.LAWCITE_CODE_CACHE === 'off') return null;
  if (env.LAWCITE_CODE_CACHE_DIR) return env.LAWCITE_CODE_CACHE_DIR;
  let base: string | undefined;
  try {
    base = process.platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME || path.join(os.homedir(), process.platform === 'darwin' ? 'Library/Caches' : '.cache');
  } catch {
    base = undefined; // no home folder
  }
  return base ? path.join(base, 'lawcite') : null;
}

/**
 * Run the CommonJS script `file` as the module `mod` (its exports, require and folder), through the code cache.
 * `sourceHash`: the script's SHA-1 when known (the bundle build writes it into the entry; saves hashing it at each
 * start), checked with the script's length. Returns what happened to the cache.
 */
export function runWithCodeCache(file: string, mod: NodeModule, req: NodeRequire, sourceHash?: { sha1: string; length: number }): CodeCacheStatus {
  const source = fs.readFileSync(file, 'utf8');
  const dir = codeCacheDir();
  const sha1 = sourceHash && sourceHash.length === source.length ? sourceHash.sha1 : createHash('sha1').update(source).digest('hex');
  const key = `${sha1.slice(0, 20)}-${process.versions.v8.replace(/[^0-9A-Za-z.]/g, '_')}-${process.arch}`;
  const cacheFile = dir ? path.join(dir, `${path.basename(file, '.js')}-${key}.v8`) : null;
  let cached: Buffer | undefined;
  if (cacheFile) {
    try {
      cached = fs.readFileSync(cacheFile);
    } catch {
      cached = undefined;
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData: cached });
  const status: CodeCacheStatus = !cacheFile ? 'off' : !cached ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cacheFile && status !== 'used') {
    process.once('exit', () => {
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
        pruneStale(cacheFile, `${path.basename(file, '.js')}-`);
      } catch {
        // a read-only or full disk: the next start compiles as this one did
      }
    });
  }
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: NodeModule, filename: string, dirname: string) => void;
  run.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  return status;
}

/** A cache of an older build of the same script, unused for this long, is deleted when a new one is written. */
export const STALE_CACHE_MS = 7 * 24 * 3600 * 1000;

/** Delete the caches of other builds of the script (`prefix`: its name and a dash) not used for STALE_CACHE_MS. */
function pruneStale(cacheFile: string, prefix: string): void {
  const dir = path.dirname(cacheFile);
  const name = path.basename(cacheFile);
  for (const f of fs.readdirSync(dir)) {
    if (f === name || !f.startsWith(prefix) || !f.endsWith('.v8')) continue;
    try {
      const st = fs.statSync(path.join(dir, f));
      if (Date.now() - Math.max(st.atimeMs, st.mtimeMs) > STALE_CACHE_MS) fs.rmSync(path.join(dir, f), { force: true });
    } catch {
      // gone meanwhile
    }
  }
}
