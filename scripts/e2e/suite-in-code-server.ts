// Runs the VS Code API suite (test/vscode/suite) offline inside code-server: the browser workbench takes
// extensionDevelopmentPath / extensionTestsPath from its URL, and the remote extension host runs mocha there.
// The suite's output reaches the browser console, which is read here.
//
//   npm run test:vscode:offline     (after scripts/e2e/setup.sh; bundles first)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  chromiumPath,
  codeServerEntry as codeServer,
  killGroups,
  launchChromium,
  repoRoot as root,
  isolatedEnv,
  startCodeServer,
  toolsDir as tools,
  until,
} from './processes';

const artifacts = path.join(root, '.test-artifacts', 'vscode-suite');

let runDir = '';
let browser: { close(): Promise<void> } | undefined;
let interrupted = false;

async function cleanup(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([browser?.close().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 5000)))]);
  clearTimeout(timer);
  browser = undefined;
  await killGroups();
  if (runDir && !process.env.LAWCITE_E2E_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    void cleanup().then(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  for (const file of [codeServer, chromiumPath, path.join(root, 'dist/extension.js'), path.join(root, 'out/test/vscode/suite/index.js')]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing (run scripts/e2e/setup.sh, npm run bundle, tsc -b)`);
  }
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-suite-'));
  const report = path.join(artifacts, 'report.txt');
  const env = { ...isolatedEnv(runDir), LAWCITE_SUITE_REPORT: report };
  const userData = path.join(runDir, 'user-data');
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(workspace);
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'files.hotExit': 'off', 'git.enabled': false }),
  );
  const fixtures = path.join(root, 'test/fixtures/vscode');
  for (const file of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, file), path.join(workspace, file));

  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const port = await startCodeServer({ config, userData, extensions: path.join(runDir, 'extensions') }, workspace, env, path.join(artifacts, 'code-server.log'));

  const launched = await launchChromium(tools, chromiumPath, env);
  browser = launched;
  const page = await (await launched.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const lines: string[] = [];
  page.on('console', (msg: { text(): string }) => {
    const text = msg.text();
    lines.push(text);
    fs.appendFileSync(path.join(artifacts, 'console.log'), text + '\n');
  });
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  // The web workbench reads development options from a "payload" parameter: [[key, value], …].
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(root, 'out/test/vscode/suite/index.js'))],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port}/?${query.toString()}`);
  const summary = await until('the suite to finish', Number(process.env.LAWCITE_SUITE_TIMEOUT ?? 300000), async () => {
    const text = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : '';
    const m = /(\d+) passing, (\d+) failing/.exec(text);
    return m ? { passed: Number(m[1]), failed: Number(m[2]), text } : null;
  });
  await page.screenshot({ path: path.join(artifacts, 'end.png') }).catch(() => undefined);
  process.stdout.write(summary.text);
  process.stdout.write(`[suite] ${((Date.now() - started) / 1000).toFixed(1)} s; console in .test-artifacts/vscode-suite/\n`);
  await cleanup();
  process.stdout.write(`${summary.passed} passed, ${summary.failed} failed\n`);
  return summary.failed === 0 && summary.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    if (interrupted) return;
    process.stdout.write(`[suite] error: ${err instanceof Error ? err.message : String(err)}\n`);
    await cleanup();
    process.exit(1);
  },
);
