// End-to-end test of the packaged extension in real VS Code (code-server 4.100.3) driven by Debian's Chromium
// through playwright-core. Offline: everything comes from npm and apt (scripts/e2e/setup.sh installs it).
//
//   npm run test:e2e                          set up (idempotent), package the .vsix, run the scenarios
//   LAWCITE_E2E_VSIX=path node out/scripts/e2e/run.js   use an existing .vsix
//   LAWCITE_E2E_TOOLS=dir                     tools folder (default ~/.cache/lawcite-e2e)
//   LAWCITE_E2E_DOCS=1                        also refresh the README screenshots in docs/
//   LAWCITE_E2E_ONLY=regex                    run only the steps whose names match
//
// Screenshots and logs go to .test-artifacts/e2e/. The last line is "<n> passed, <m> failed".
import { spawnSync } from 'child_process';
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
import { definedTermsSteps } from './steps-defined-terms';
import { drafterDaySteps, writeDrafterDayFixtures } from './steps-drafter-day';
import { Workbench } from './workbench';
import { writeFontPreference } from './fonts';
import { editorUxSteps, toasts, webviewText, writeEditorUxFixtures } from './steps-editor-ux';
import { HOVER_RANK_DRAFT, hoverRankDraftText, hoverRankSteps } from './steps-hover-rank';
import { versionsRestSteps } from './steps-versions-rest';
import { quoteCitesSteps } from './steps-quotes-cites';
import { realAdminSteps } from './steps-real-admin';
import { realCourtSteps } from './steps-real-court';
import { styleSearchSteps, writeStyleSearchFixtures } from './steps-style-search';
import { realEnglishSteps } from './steps-real-english';

const artifacts = path.join(root, '.test-artifacts', 'e2e');
/** LAWCITE_E2E_DOCS=1 also writes the README screenshots docs/hover.png and docs/completion.png. */
const docsDir = process.env.LAWCITE_E2E_DOCS ? path.join(root, 'docs') : null;

const TITLE = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const ARTICLE_64_WORDS = '口岸智能化防控体系';
const SEARCH_PHRASE = '口岸智能化防控';
const DRAFT = 'draft.md';
const NOTICE = 'notice.txt';
const RENUMBER_DRAFT = 'renumber-draft.md';
const STEP_COUNT = 53;

interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  detail: string;
}

let runDir = '';
let browser: { close(): Promise<void> } | undefined;
let finishing = false;
let interrupted = false;

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

function elapsed(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}

async function cleanup(): Promise<void> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([browser?.close().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 5000)))]);
  clearTimeout(timer);
  browser = undefined;
  await killGroups();
  if (runDir && !process.env.LAWCITE_E2E_KEEP) fs.rmSync(runDir, { recursive: true, force: true });
  log(`teardown ${elapsed(start)}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (finishing) return;
    finishing = true;
    interrupted = true;
    log(`${signal}: stopping code-server and Chromium`);
    void cleanup().then(() => process.exit(130));
  });
}

function packageVsix(): string {
  if (process.env.LAWCITE_E2E_VSIX) return path.resolve(process.env.LAWCITE_E2E_VSIX);
  const { version, name } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; name: string };
  const start = Date.now();
  const res = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8' });
  fs.writeFileSync(path.join(artifacts, 'package.log'), `${res.stdout}\n${res.stderr}`);
  const vsix = path.join(root, `${name}-${version}.vsix`);
  if (res.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`npm run package failed (exit ${res.status}); see .test-artifacts/e2e/package.log\n${res.stderr.slice(-2000)}`);
  }
  log(`packaged ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) in ${elapsed(start)}`);
  return vsix;
}


/** Line (1-based) and column (1-based, inside the text) of the first `text` in the draft after `after`. */
function locate(draft: string, text: string, after = ''): { line: number; column: number } {
  const lines = draft.split('\n');
  let seen = !after;
  for (let i = 0; i < lines.length; i++) {
    if (!seen && lines[i].includes(after)) seen = true;
    const from = seen && after && lines[i].includes(after) ? lines[i].indexOf(after) : 0;
    const col = seen ? lines[i].indexOf(text, from) : -1;
    if (col >= 0) return { line: i + 1, column: col + 2 };
  }
  throw new Error(`fixture has no ${text}`);
}

function lineOfFile(file: string, line: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';
  } catch {
    return '';
  }
}

async function main(): Promise<number> {
  const total = Date.now();
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [what, file] of [['code-server', codeServer], ['Chromium', chromiumPath]]) {
    if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file}; run scripts/e2e/setup.sh`);
  }
  const vsix = packageVsix();

  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-e2e-'));
  const env = isolatedEnv(runDir);
  writeFontPreference(env.XDG_CONFIG_HOME!);
  const userData = path.join(runDir, 'user-data');
  const extensions = path.join(runDir, 'extensions');
  const workspace = path.join(runDir, 'workspace');
  const config = path.join(runDir, 'config.yaml');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'editor.gotoLocation.multipleDefinitions': 'goto',
        'editor.wordBasedSuggestions': 'off',
        'extensions.autoCheckUpdates': false,
        'files.hotExit': 'off',
        'git.enabled': false,
        'workbench.tips.enabled': false,
      },
      null,
      2,
    ),
  );
  const draftText = fs.readFileSync(path.join(root, 'test', 'fixtures', 'vscode', DRAFT), 'utf8');
  fs.writeFileSync(path.join(workspace, DRAFT), draftText);
  const noticeText = fs.readFileSync(path.join(root, 'test', 'fixtures', 'vscode', NOTICE), 'utf8');
  fs.writeFileSync(path.join(workspace, NOTICE), noticeText);
  const renumberText = fs.readFileSync(path.join(root, 'test', 'fixtures', 'vscode', RENUMBER_DRAFT), 'utf8');
  fs.writeFileSync(path.join(workspace, RENUMBER_DRAFT), renumberText);
  writeEditorUxFixtures(workspace, runDir, TITLE);
  const styleText = writeStyleSearchFixtures(root, workspace);
  fs.writeFileSync(path.join(workspace, HOVER_RANK_DRAFT), hoverRankDraftText);
  writeDrafterDayFixtures(workspace);

  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  let start = Date.now();
  const install = spawnSync('node', [codeServer, ...common, '--force', '--install-extension', vsix], { env, encoding: 'utf8' });
  fs.writeFileSync(path.join(artifacts, 'install.log'), `${install.stdout}\n${install.stderr}`);
  if (install.status !== 0 || /failed|not compatible/i.test(install.stdout + install.stderr)) {
    throw new Error(`installing the vsix failed (exit ${install.status}): ${(install.stdout + install.stderr).trim().slice(-1500)}`);
  }
  log(`vsix installed in ${elapsed(start)}`);

  start = Date.now();
  const port = await startCodeServer({ config, userData, extensions }, workspace, env, path.join(artifacts, 'code-server.log'));
  log(`code-server up on port ${port} in ${elapsed(start)}`);

  start = Date.now();
  const launched = await launchChromium(tools, chromiumPath, env);
  browser = launched;
  const context = await launched.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const wb = new Workbench(page);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await wb.waitLoaded();
  log(`workbench loaded in ${elapsed(start)}`);

  start = Date.now();
  await wb.openFile(DRAFT);
  log(`draft opened in ${elapsed(start)}`);

  const at64 = locate(draftText, '第六十四条');
  const at65 = locate(draftText, '第六十五条');
  const at120 = locate(draftText, '第一百二十条');
  const lastLine = draftText.replace(/\n+$/, '').split('\n');
  const endOfDraft = { line: lastLine.length, column: lastLine[lastLine.length - 1].length + 1 };

  const steps: { name: string; run: () => Promise<string> }[] = [
    {
      name: 'hover over 第六十四条 shows the article text',
      run: async () => {
        await wb.openFile(DRAFT);
        const text = await wb.hoverContaining('hover with the article text', at64.line, at64.column, ARTICLE_64_WORDS, 60000);
        if (docsDir) await wb.screenshotAround('.monaco-hover:not(.hidden)', path.join(docsDir, 'hover.png'));
        return text.replace(/\s+/g, ' ').slice(0, 120);
      },
    },
    {
      name: 'F12 on 第六十四条 opens the corpus file at the article',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(DRAFT);
        await wb.goTo(at64.line, at64.column);
        await page.keyboard.press('F12');
        const where = await until('definition opened', 30000, async () => {
          const file = await wb.activeEditorPath();
          const cursor = await wb.cursor();
          if (!file.includes('/corpus/') || !cursor) return '';
          const text = lineOfFile(file, cursor.line);
          return text.includes('第六十四条') ? `${path.basename(file)}:${cursor.line}: ${text.slice(0, 40)}` : '';
        }, { everyMs: 4000, run: async () => { await wb.openFile(DRAFT); await wb.goTo(at64.line, at64.column); await page.keyboard.press('F12'); } });
        return where;
      },
    },
    {
      name: 'typing 第六十 offers 第六十四条',
      run: async () => {
        await wb.openFile(DRAFT);
        await wb.goTo(endOfDraft.line, endOfDraft.column);
        await page.keyboard.type('第六十');
        try {
          const labels = await until('completion list with 第六十四条', 30000, async () => {
            if (!(await wb.suggestVisible())) await page.keyboard.press('Control+Space');
            const l = await wb.suggestLabels();
            return l.some((x) => x.includes('第六十四条')) ? l : null;
          }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await page.keyboard.press('Control+Space'); } });
          await wb.screenshot(path.join(artifacts, '03-completion-list.png'));
          if (docsDir) await wb.screenshotAround('.suggest-widget.visible', path.join(docsDir, 'completion.png'), { left: 260, top: 60, right: 24, bottom: 16 });
          return labels.slice(0, 6).join(', ');
        } finally {
          // Leave the draft as it was (the typed text is one undo step).
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: 'the Problems panel lists the unknown article 第一百二十条 as an error',
      run: async () => {
        await page.keyboard.press('Escape');
        if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M');
        const row = await until('a LawCite problem on the line of 第一百二十条', 30000, async () => {
          const rows = await wb.markerLabels();
          // "Error: 《…》 has no Article 120 (it has 89 articles) at line 7 and character 3. generated by lawcite"
          return rows.find((r) => /^(Error|Warning)/.test(r) && r.includes(`at line ${at120.line} `) && /lawcite/i.test(r) &&
            (r.includes('Article 120') || r.includes('第一百二十条'))) ?? '';
        }, { everyMs: 3000, run: async () => { if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M'); } });
        return row;
      },
    },
    {
      name: 'Search Articles finds an article by a phrase; its button opens the article (Enter would insert into the draft)',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(DRAFT);
        await wb.pickFromQuickInput('F1', 'LawCite: Search Articles', (label) => label.includes('Search Articles'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.keyboard.type(SEARCH_PHRASE);
        const label = await until('search result 第六十四条 focused', 30000, async () => {
          const rows = await wb.quickInputRows();
          return rows.length && rows[0].includes('第六十四条') ? rows[0] : '';
        });
        await wb.screenshot(path.join(artifacts, '05-search-results.png'));
        const row = page.locator('.quick-input-widget .monaco-list-row.focused');
        await row.hover();
        await row.locator('.action-label.codicon-go-to-file').click({ timeout: 5000 });
        const where = await until('article opened', 20000, async () => {
          const file = await wb.activeEditorPath();
          const cursor = await wb.cursor();
          if (!file.includes('/corpus/') || !cursor) return '';
          return lineOfFile(file, cursor.line).includes('第六十四条') ? `${path.basename(file)}:${cursor.line}` : '';
        });
        return `${label.slice(0, 60)} → ${where}`;
      },
    },
    {
      name: 'Show Article opens the cited article beside the draft and follows the cursor',
      run: async () => {
        // The run's first webview: slow to appear on a loaded machine, and once (a CI run) the command ran with the
        // cursor back on line 1. Asked again once; the report says when it took a second asking.
        let attempts = 0;
        let shown = false;
        let firstTry = '';
        while (!shown && attempts < 2) {
          attempts++;
          await page.keyboard.press('Escape');
          await wb.openFile(DRAFT);
          await wb.goTo(at64.line, at64.column);
          await wb.pickFromQuickInput('F1', 'LawCite: Show Article', (label) => label.includes('Show Article'));
          shown = await until('article view with 第六十四条', 30000, async () => (await webviewText(page, ARTICLE_64_WORDS)) !== '').then(() => true, () => false);
          if (!shown) {
            // What the workbench showed when no view appeared: messages, tabs, cursor, frames.
            const tabs = await page.evaluate(`[...document.querySelectorAll('.tabs-container .tab')].map((t) => t.getAttribute('aria-label')).join(' | ')`);
            const frames = page.frames().map((f: { url(): string }) => f.url().replace(/^.*?\/\/[^/]*/, '').slice(0, 60));
            firstTry = `toasts: ${await toasts(page)}; tabs: ${tabs}; cursor: ${JSON.stringify(await wb.cursor())}; frames: ${frames.join(' ')}`;
            await wb.screenshot(path.join(artifacts, '06-show-article-first-try.png'));
          }
        }
        if (!shown) throw new Error('no article view with 第六十四条 after asking twice');
        await wb.goTo(at65.line, at65.column);
        const text = await until('article view follows to 第六十五条', 20000, async () => webviewText(page, '第六十五条'));
        return `${attempts > 1 ? `(second asking; first: ${firstTry}) ` : ''}${text.replace(/\s+/g, ' ').slice(0, 100)}`;
      },
    },
    {
      name: 'a plain-text draft gets the same hover',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(NOTICE);
        const at = locate(noticeText, '第六十四条');
        const text = await wb.hoverContaining('hover in the .txt draft', at.line, at.column, ARTICLE_64_WORDS, 30000);
        return text.replace(/\s+/g, ' ').slice(0, 80);
      },
    },
    {
      name: 'Insert Citation inserts 《short title》第六条第二款 after picking regulation, article and 款',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(NOTICE);
        const lines = noticeText.replace(/\n+$/, '').split('\n');
        await wb.goTo(lines.length, lines[lines.length - 1].length + 1);
        const first = (aria: string) => aria.split(/[,，\s]/)[0];
        await wb.pickFromQuickInput('F1', 'LawCite: Insert Citation', (label) => label.includes('Insert Citation'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.keyboard.type('筑牢');
        await wb.pickFromQuickInput(null, '筑牢', (aria) => aria.includes(TITLE));
        await until('article picker', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第一条'));
        await page.keyboard.type('第六条');
        await wb.pickFromQuickInput(null, '第六条', (aria) => first(aria) === '第六条');
        await until('款 picker', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第二款'));
        // The 款 picker takes several ticked 款; Enter with none ticked takes the 款 typed.
        await page.keyboard.type('第二款');
        await until('第二款 listed', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第二款'));
        await page.keyboard.press('Enter');
        try {
          const line = await until('citation inserted', 10000, async () => {
            const text = await wb.focusedEditorText();
            return text.includes('依照《条例》第六条第二款') ? text.split('\n').find((l) => l.includes('第六条第二款')) : '';
          });
          await wb.screenshot(path.join(artifacts, '08-inserted.png'));
          return line ?? '';
        } finally {
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: 'Refactor… on 第一条之一 of a draft regulation previews 重新编号条文, and Apply renumbers articles and references',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(RENUMBER_DRAFT);
        const at = locate(renumberText, '第一条之一');
        await wb.goTo(at.line, at.column + 1);
        const title = await until('refactor menu with 重新编号条文', 30000, async () => {
          const rows: string[] = await page.evaluate(`[...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.innerText)`);
          return rows.find((r) => r.includes('Renumber Articles') || r.includes('重新编号条文')) ?? '';
        }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await wb.goTo(at.line, at.column + 1); await page.keyboard.press('Control+Shift+R'); } });
        await page.keyboard.press('Enter');
        // needsConfirmation: the edit opens in the Refactor Preview before it applies.
        const apply = page.getByRole('button', { name: /^Apply/ }).first();
        await apply.waitFor({ state: 'visible', timeout: 20000 });
        await wb.screenshot(path.join(artifacts, '09-renumber-preview.png'));
        // The changes need confirmation: ticking the file ticks all of them.
        await page.locator('.part.panel .monaco-list-row[aria-label^="renumber-draft.md"] input.edit-checkbox').first().click({ timeout: 5000 });
        await apply.click();
        try {
          const text = await until('articles and references renumbered', 15000, async () => {
            await wb.openFile(RENUMBER_DRAFT);
            const t = (await wb.focusedEditorText()).replace(/\u00a0/g, ' '); // the editor renders spaces as no-break spaces
            return t.includes('第二条 本办法所称物业') && t.includes('第三条 业主依照本办法第一条和第四条') && t.includes('第四条 本办法自') ? t : '';
          });
          return `${title.replace(/\s+/g, ' ')} → ${text.split('\n').filter((l) => l.startsWith('第')).map((l) => l.slice(0, 12)).join(' / ')}`;
        } finally {
          await page.keyboard.press('Control+Z');
        }
      },
    },
    ...editorUxSteps({
      page, wb, workspace, outside: runDir, artifacts, docsDir, draft: DRAFT, draftText, renumberDraft: RENUMBER_DRAFT, title: TITLE,
      article64Words: ARTICLE_64_WORDS, locate, lineOfFile,
    }),
    ...versionsRestSteps({ page, wb, root, workspace, artifacts, locate }),
    ...quoteCitesSteps({ page, wb, locate, root, workspace, artifacts }),
    ...styleSearchSteps({ page, wb, artifacts, text: styleText, locate }),
    ...definedTermsSteps({ page, wb, root, workspace, artifacts, locate }),
    ...hoverRankSteps({ page, wb, userSettings: path.join(userData, 'User', 'settings.json'), workspace, artifacts, docsDir, locate }),
    ...realAdminSteps({ page, wb, locate, workspace, artifacts }),
    ...realEnglishSteps({ page, wb, root, workspace, artifacts, locate }),
    ...realCourtSteps({ page, wb, root, workspace, artifacts, locate }),
    ...drafterDaySteps({ page, wb, userSettings: path.join(userData, 'User', 'settings.json'), workspace, artifacts, locate }),
    {
      name: 'Reload Corpus reports the regulations and articles loaded',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.pickFromQuickInput('F1', 'LawCite: Reload Corpus', (label) => label.includes('Reload Corpus'));
        return until('reload notification', 30000, async () => {
          const text: string = await page.evaluate(`[...document.querySelectorAll('.notifications-toasts .notification-list-item-message')].map((e) => e.innerText).join('\\n')`);
          return /LawCite: [1-9]\d* regulations, [1-9]\d* articles loaded/.exec(text)?.[0] ?? '';
        });
      },
    },
  ];

  if (steps.length !== STEP_COUNT) throw new Error(`STEP_COUNT is ${STEP_COUNT} but there are ${steps.length} steps`);
  const results: StepResult[] = [];
  // LAWCITE_E2E_ONLY=regex runs only the steps whose names match (while working on them; the full run is the test).
  const only = process.env.LAWCITE_E2E_ONLY ? new RegExp(process.env.LAWCITE_E2E_ONLY) : null;
  for (const [i, step] of steps.entries()) {
    if (only && !only.test(step.name)) continue;
    const t0 = Date.now();
    let ok = false;
    let detail = '';
    try {
      detail = await step.run();
      ok = true;
    } catch (err) {
      detail = err instanceof Error ? err.message : String(err);
    }
    const ms = Date.now() - t0;
    await wb.screenshot(path.join(artifacts, `${String(i + 1).padStart(2, '0')}-${ok ? 'pass' : 'FAIL'}.png`));
    results.push({ name: step.name, ok, ms, detail });
    log(`${ok ? 'PASS' : 'FAIL'} ${step.name} (${(ms / 1000).toFixed(1)} s): ${detail}`);
  }
  log(`status bar: ${(await wb.statusBarText()).replace(/\s+/g, ' ')}`);
  fs.writeFileSync(path.join(artifacts, 'results.json'), JSON.stringify(results, null, 2));
  finishing = true;
  await cleanup();
  const passed = results.filter((r) => r.ok).length;
  log(`whole run ${elapsed(total)}; artefacts in .test-artifacts/e2e/`);
  process.stdout.write(`${passed} passed, ${results.length - passed} failed\n`);
  return passed === results.length ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    if (interrupted) return; // the signal handler tears down and exits
    log(`error: ${err instanceof Error ? err.message : String(err)}`);
    finishing = true;
    await cleanup();
    process.stdout.write(`0 passed, ${STEP_COUNT} failed\n`);
    process.exit(1);
  },
);
