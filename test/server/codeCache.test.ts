// The bundled server's entry runs its bundle through V8's code cache (server/src/loader/codeCache.ts): none at
// first (written when the process exits), used afterwards, rejected and written again when damaged, off on
// request; the script runs the same every time.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codeCacheDir } from '../../server/src/loader/codeCache';

const LOADER = path.resolve(__dirname, '../../server/src/loader/codeCache.js');

describe('code cache of the bundled server', () => {
  let dir: string;
  let cache: string;
  let entry: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-codecache-'));
    cache = path.join(dir, 'cache');
    // A "bundle" that uses what a module has (exports, require, __dirname) and prints its result.
    fs.writeFileSync(path.join(dir, 'main.js'), "const p = require('path'); module.exports.where = p.basename(__dirname); exports.sum = [1, 2, 3].reduce((a, b) => a + b, 0);\n");
    entry = path.join(dir, 'entry.js');
    fs.writeFileSync(
      entry,
      `const status = require(${JSON.stringify(LOADER)}).runWithCodeCache(require('path').join(__dirname, 'main.js'), module, require);\n` +
        'process.stdout.write(JSON.stringify({ status, where: module.exports.where, sum: module.exports.sum }));\n',
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [entry], { encoding: 'utf8', env: { ...process.env, LAWCITE_CODE_CACHE: '', LAWCITE_CODE_CACHE_DIR: cache, ...env } });
    assert.strictEqual(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { status: string; where: string; sum: number };
  };
  const files = () => (fs.existsSync(cache) ? fs.readdirSync(cache) : []);

  it('writes the cache at the first exit, uses it afterwards, and runs the script the same', () => {
    const expected = { where: path.basename(dir), sum: 6 };
    assert.deepStrictEqual(run(), { status: 'none', ...expected });
    assert.strictEqual(files().length, 1);
    assert.match(files()[0], /^main-[0-9a-f]{20}-[\w.]+-\w+\.v8$/);
    assert.deepStrictEqual(run(), { status: 'used', ...expected });
  });

  it('writes it again when V8 rejects it (damaged), and a changed script gets its own', () => {
    run();
    const file = path.join(cache, files()[0]);
    fs.writeFileSync(file, Buffer.from('not a code cache'));
    assert.strictEqual(run().status, 'rejected');
    assert.strictEqual(run().status, 'used');
    fs.appendFileSync(path.join(dir, 'main.js'), 'exports.more = 1;\n');
    assert.strictEqual(run().status, 'none');
    assert.strictEqual(files().length, 2);
  });

  it('runs without it when off, or when its folder cannot be written', () => {
    assert.strictEqual(run({ LAWCITE_CODE_CACHE: 'off' }).status, 'off');
    assert.deepStrictEqual(files(), []);
    fs.writeFileSync(cache, 'a file where the folder should be');
    assert.strictEqual(run().status, 'none');
    assert.strictEqual(run().status, 'none');
  });

  it('takes the script\'s hash when given (checked with its length), and drops old caches of other builds', () => {
    const source = fs.readFileSync(path.join(dir, 'main.js'), 'utf8');
    const given = path.join(dir, 'given.js');
    const stamp = { sha1: 'f'.repeat(40), length: source.length };
    fs.writeFileSync(
      given,
      `const r = require(${JSON.stringify(LOADER)}).runWithCodeCache(require('path').join(__dirname, 'main.js'), module, require, ${JSON.stringify(stamp)});\n` +
        'process.stdout.write(r);\n',
    );
    const runGiven = () => spawnSync(process.execPath, [given], { encoding: 'utf8', env: { ...process.env, LAWCITE_CODE_CACHE: '', LAWCITE_CODE_CACHE_DIR: cache } }).stdout;
    assert.strictEqual(runGiven(), 'none');
    assert.ok(files().some((f) => f.startsWith('main-ffffffffffffffffffff-')), files().join());
    assert.strictEqual(runGiven(), 'used');
    // Another build of main.js: the hash is of its content again (the length no longer matches the given one).
    const old = path.join(cache, files()[0]);
    const longAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    fs.utimesSync(old, longAgo, longAgo);
    fs.appendFileSync(path.join(dir, 'main.js'), '// another build\n');
    assert.strictEqual(runGiven(), 'none');
    assert.ok(!fs.existsSync(old), 'the old build\'s cache is gone');
    assert.strictEqual(files().length, 1);
  });

  it('lives in the user cache folder unless told otherwise', () => {
    assert.strictEqual(codeCacheDir({ LAWCITE_CODE_CACHE: 'off' }), null);
    assert.strictEqual(codeCacheDir({ LAWCITE_CODE_CACHE_DIR: '/x/y' }), '/x/y');
    if (process.platform === 'linux') assert.strictEqual(codeCacheDir({ XDG_CACHE_HOME: '/c' }), path.join('/c', 'lawcite'));
  });
});
