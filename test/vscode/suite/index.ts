// Entry point that VS Code's extension host loads: runs every *.spec.js in this folder with mocha.
// (Named *.spec.ts so the root `npm test` mocha run, which takes out/test/**/*.test.js, leaves them out.)
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true });
  for (const file of fs.readdirSync(__dirname)) {
    if (file.endsWith('.spec.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed`)) : resolve()));
  });
}
