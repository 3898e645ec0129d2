// The title tables under server/src/core/corpus/data are imported JSON. `tsc -b` decides whether a build is up to date
// from its root files only, so tsconfig.json lists the tables among them: an edited table must reach out/ in the next
// incremental build, or the tests and the CLI read the old one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const DATA = 'server/src/core/corpus/data';

describe('the built data tables', () => {
  const tables = fs.readdirSync(path.join(root, DATA)).filter(f => f.endsWith('.json'));

  it('are the tables of the sources, each one', () => {
    assert.ok(tables.length >= 3, tables.join());
    for (const table of tables) {
      const built = path.join(root, 'out', DATA, table);
      assert.ok(fs.existsSync(built), `${table} is not in out/`);
      assert.deepStrictEqual(JSON.parse(fs.readFileSync(built, 'utf8')), JSON.parse(fs.readFileSync(path.join(root, DATA, table), 'utf8')), `out/${DATA}/${table} is stale`);
    }
  });

  it('are root files of the build, so an incremental build sees an edit', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) as { include: string[] };
    assert.ok(config.include.some(p => p.startsWith(DATA) && p.endsWith('.json')), config.include.join());
  });
});
