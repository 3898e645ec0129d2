// Entry point that VS Code's extension host loads: runs every *.spec.js in this folder with mocha.
// (Named *.spec.ts so the root `npm test` mocha run, which takes out/test/**/*.test.js, leaves them out.)
// LAWCITE_SUITE_REPORT=<file>: also write one line per test and a summary there (read by the offline runner,
// where the extension host's console is not visible).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true });
  for (const file of fs.readdirSync(__dirname)) {
    if (file.endsWith('.spec.js')) mocha.addFile(path.join(__dirname, file));
  }
  const report = process.env.LAWCITE_SUITE_REPORT;
  const write = (line: string) => report && fs.appendFileSync(report, line + '\n');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write(`${runner.stats?.passes ?? 0} passing, ${failures} failing`);
      if (failures) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
    runner.on('pass', (test) => write(`PASS ${test.fullTitle()} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, err: Error) => write(`FAIL ${test.fullTitle()}: ${err.message}`));
  });
}
