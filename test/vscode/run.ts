// Runs test/vscode/suite in a real VS Code downloaded by @vscode/test-electron (npm run test:vscode).
// Needs network access to update.code.visualstudio.com; offline, use `npm run test:e2e` (code-server) instead.
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<void> {
  for (const file of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js']) {
    if (!fs.existsSync(path.join(root, file))) {
      console.error(`test:vscode: ${file} is missing; run \`npm run bundle\` first.`);
      process.exit(1);
    }
  }
  const workspace = fs.mkdtempSync(path.join(require('os').tmpdir(), 'lawcite-vscode-test-'));
  const fixtures = path.join(root, 'test/fixtures/vscode');
  for (const file of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, file), path.join(workspace, file));
  let failed = false;
  try {
    await runTests({
      version: process.env.LAWCITE_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--locale=en'],
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download|socket|network/i.test(message)) {
      console.error(
        `test:vscode: could not download VS Code (${message}).\n` +
          'This suite needs network access to update.code.visualstudio.com. Offline, run ' +
          '`npm run test:vscode:offline` (this same suite inside code-server = VS Code 1.100.3 from npm) and ' +
          '`npm run test:e2e` (the packaged .vsix driven through the UI).',
      );
    } else {
      console.error(`test:vscode: failed: ${message}`);
    }
    failed = true;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

void main();
