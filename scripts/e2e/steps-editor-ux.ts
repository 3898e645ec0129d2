// e2e steps of the editor-ux branch (issue 15 parts 5, 6, 9, 10, 11): the law text read-only, the article view
// rendered, quiet corpus messages, Add Corpus Folder…, Check All Drafts, untitled and wrapped plain-text drafts, the
// corpus paths setting in the User settings, no citation links, one outline, Simplified Chinese glyphs.
import * as fs from 'fs';
import * as path from 'path';
import { until } from './processes';
import type { Page, Workbench } from './workbench';

export interface EditorUxContext {
  page: Page;
  wb: Workbench;
  workspace: string;
  /** A folder outside the workspace for the user corpus picked with Add Corpus Folder…. */
  outside: string;
  artifacts: string;
  docsDir: string | null;
  draft: string;
  draftText: string;
  renumberDraft: string;
  title: string;
  article64Words: string;
  locate(text: string, needle: string, after?: string): { line: number; column: number };
  lineOfFile(file: string, line: number): string;
}

export const CLOSED_DRAFT = 'closed-draft.md';
const LONG_TXT = 'long-line.txt';
const USER_LAW = '测试自治区示范管理条例';
const USER_DRAFT = 'user-law-draft.md';
const GLYPHS = 'glyphs.md';
const HEADED_DRAFT = 'headed-draft.md';

/** Files the steps need, written before the workbench opens the workspace. */
export function writeEditorUxFixtures(workspace: string, outside: string, title: string): void {
  fs.writeFileSync(path.join(workspace, CLOSED_DRAFT), `# 关于某事项的通知\n\n依照《${title}》第九百条办理。\n`);
  fs.writeFileSync(path.join(workspace, LONG_TXT), `${'依照有关规定，各地区各部门应当切实加强口岸建设和边境管理工作，'.repeat(12)}依照《${title}》第六十四条办理。\n`);
  fs.writeFileSync(path.join(workspace, USER_DRAFT), `依照《${USER_LAW}》第二条办理。\n`);
  fs.writeFileSync(path.join(workspace, HEADED_DRAFT), '# 某某管理办法（草案）\n\n## 第一章 总则\n\n第一条 为了测试，制定本办法。\n\n## 第二章 附则\n\n第二条 本办法自公布之日起施行。\n');
  fs.writeFileSync(path.join(workspace, GLYPHS), '说骨直 — 起草说明：骨干、直接、说明。\n');
  const laws = path.join(outside, 'laws');
  fs.mkdirSync(laws, { recursive: true });
  fs.writeFileSync(
    path.join(laws, `${USER_LAW}.md`),
    `---\ntitle: ${USER_LAW}\nissuer: 测试自治区人民代表大会常务委员会\nadopted: 2024-01-01\neffective: 2024-03-01\n---\n${USER_LAW}\n\n第一条 为了测试，制定本条例。\n\n第二条 用户法规文件夹中的条文可以被引用和悬停查看。\n`,
  );
  // A 决定 without articles: skipped quietly (a count in the output), never a warning toast.
  fs.writeFileSync(path.join(laws, '关于测试事项的决定.md'), '关于测试事项的决定\n\n测试自治区人民代表大会常务委员会决定：批准测试事项。\n');
}

/** Text of the article view's page (a webview: nested iframes) when it contains `words`, else ''. */
export async function webviewText(page: Page, words: string): Promise<string> {
  const frame = await webviewFrame(page, words);
  return frame ? frame.evaluate(`document.body.innerText`) : '';
}

/** The frame of the article view's page (it has section.article; the workbench page does not) containing `words`. */
async function webviewFrame(page: Page, words: string): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const text: string = await frame.evaluate(`document.querySelector('section.article') ? document.body.innerText : ''`).catch(() => '');
    if (text.includes(words)) return frame;
  }
  return null;
}

export async function toasts(page: Page): Promise<string> {
  return page.evaluate(`[...document.querySelectorAll('.notifications-toasts .notification-list-item-message')].map((e) => e.innerText).join('\\n')`);
}

/** The LawCite status bar item's text and whether it carries VS Code's warning (yellow) colours. */
async function statusItem(page: Page): Promise<{ text: string; yellow: boolean }> {
  return page.evaluate(`(() => {
    const item = [...document.querySelectorAll('.part.statusbar .statusbar-item')].find((e) => /regulations|部法规|LawCite/.test(e.innerText));
    if (!item) return { text: '', yellow: false };
    return { text: item.innerText, yellow: item.classList.contains('warning-kind') || /warning/i.test(item.getAttribute('style') || '') };
  })()`);
}

/**
 * Is the focused editor read-only? Typing into it gives VS Code's "Cannot edit in read-only editor" message and
 * leaves the text as it was (checked on the rendered lines).
 */
export async function focusedEditorReadonly(page: Page): Promise<boolean> {
  const overlay = `[...document.querySelectorAll('.monaco-editor.focused .monaco-editor-overlaymessage')].map((e) => e.innerText).join(' ')`;
  const before: string = await page.evaluate(`(() => {
    const ed = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].find((e) => e.offsetParent !== null);
    return ed ? ed.querySelector('.view-lines').innerText : '';
  })()`);
  if (!before) return false;
  await page.keyboard.type('X');
  const message = await until('read-only message', 3000, async () => {
    const m: string = await page.evaluate(overlay);
    return /read-only|只读/i.test(m) ? m : '';
  }).catch(() => '');
  const after: string = await page.evaluate(`(() => {
    const ed = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].find((e) => e.offsetParent !== null);
    return ed ? ed.querySelector('.view-lines').innerText : '';
  })()`);
  if (after !== before) {
    await page.keyboard.press('Control+Z');
    return false;
  }
  return message !== '';
}

export function editorUxSteps(c: EditorUxContext): { name: string; run: () => Promise<string> }[] {
  const { page, wb, artifacts } = c;
  const shot = (name: string) => wb.screenshot(path.join(artifacts, `ux-${name}.png`));
  const at64 = c.locate(c.draftText, '第六十四条');
  return [
    {
      name: 'F12 opens the law text read-only (a keystroke changes nothing), its front matter folded',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(c.draft);
        await wb.goTo(at64.line, at64.column);
        await page.keyboard.press('F12');
        const file = await until('corpus file opened read-only', 30000, async () => {
          const f = await wb.activeEditorPath();
          return f.includes('/corpus/') && (await focusedEditorReadonly(page)) ? f : '';
        }, { everyMs: 5000, run: async () => { await wb.openFile(c.draft); await wb.goTo(at64.line, at64.column); await page.keyboard.press('F12'); } });
        const before = fs.readFileSync(file, 'utf8');
        const cursor = await wb.cursor();
        await shot('readonly-corpus');
        // Front matter folded: line 1 (---) shows the collapsed folding control.
        await page.keyboard.press('Control+Home');
        const folded = await until('front matter folded', 10000, async () =>
          page.evaluate(`(() => {
            const ed = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].find((e) => e.offsetParent !== null);
            return !!ed && !!ed.querySelector('.margin-view-overlays .codicon-folding-collapsed, .margin-view-overlays .codicon-folding-manual-collapsed');
          })()`));
        await shot('corpus-front-matter-folded');
        if (fs.readFileSync(file, 'utf8') !== before) throw new Error('the corpus file on disk changed');
        return `${path.basename(file)}:${cursor?.line} read-only ("Cannot edit in read-only editor", text unchanged, file unchanged); front matter folded: ${folded}`;
      },
    },
    {
      name: 'Show Article renders the article (not Markdown source), the cited 款 marked, its source named 《title》第X条; the source link opens the law text read-only',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(c.draft);
        await wb.goTo(at64.line, at64.column);
        await wb.pickFromQuickInput('F1', 'LawCite: Show Article', (label) => label.includes('Show Article'));
        const text = await until('rendered article view', 20000, async () => webviewText(page, c.article64Words));
        if (/^#|\*\*/m.test(text)) throw new Error(`Markdown source shown: ${text.slice(0, 80)}`);
        if (/\.md\b|corpus\//.test(text)) throw new Error(`a file path is shown: ${text}`);
        const source = text.split('\n').find((l) => l.startsWith('Source') || l.startsWith('出处')) ?? '';
        if (!source.includes(`《${c.title}》第六十四条`)) throw new Error(`source line: ${source}`);
        await shot('article-view');
        if (c.docsDir) await page.screenshot({ path: path.join(c.docsDir, 'article-view.png') });
        const frame = await webviewFrame(page, c.article64Words);
        await frame.click('a[data-open]');
        const where = await until('law text opened from the source link', 20000, async () => {
          const f = await wb.activeEditorPath();
          const cur = await wb.cursor();
          return f.includes('/corpus/') && cur && c.lineOfFile(f, cur.line).includes('第六十四条') && (await focusedEditorReadonly(page)) ? `${path.basename(f)}:${cur.line}` : '';
        }, {
          // A click on a webview that is still settling may be lost under load: click again while no law text is open.
          everyMs: 6000,
          run: async () => {
            if (!(await wb.activeEditorPath()).includes('/corpus/')) await frame.click('a[data-open]', { timeout: 2000 });
          },
        });
        return `${source} → ${where} (read-only)`;
      },
    },
    {
      name: 'Add Corpus Folder… picks a folder: lawcite.corpus.paths gets it, its regulation resolves, its 决定 raises no toast, the status stays unyellow',
      run: async () => {
        await page.keyboard.press('Escape');
        const folder = path.join(c.outside, 'laws');
        await wb.pickFromQuickInput('F1', 'LawCite: Add Corpus Folder', (label) => label.includes('Add Corpus Folder'));
        // code-server's folder picker is VS Code's simple file dialog: a path in a quick input.
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10000 });
        await shot('add-folder-picker');
        await page.keyboard.press('Control+A');
        await page.keyboard.type(folder + '/');
        await until('picker shows the folder', 10000, async () =>
          (await page.locator('.quick-input-widget input').first().inputValue().catch(() => '')) === folder + '/');
        // The dialog lists the folder it is in: accepting before it has moved into the typed folder adds the one above
        // (seen on a loaded machine) or nothing. Wait until its list no longer shows the sibling folders of `laws`
        // (the temp folder's xdg, workspace); retype the last slash to nudge it if it does not move.
        const rows = page.locator('.quick-input-widget:not([style*="display: none"]) .monaco-list-row');
        await until('picker lists the typed folder', 15000, async () => {
          const names = (await rows.allInnerTexts().catch((): string[] => [])).map((r: string) => r.trim());
          return names.length > 0 && !names.includes('xdg') && !names.includes('workspace');
        }, { everyMs: 2000, run: async () => { await page.keyboard.press('End'); await page.keyboard.press('Backspace'); await page.keyboard.type('/'); } });
        // Accept with the dialog's OK button: in a folder without subfolders its list holds only "..", and Enter may pick
        // that row and go back up (a clean-clone CI run, two runs at once, ended with the dialog in the folder above).
        const okButton = page.locator('.quick-input-widget:not([style*="display: none"]) .monaco-button').filter({ hasText: /Add to the corpus|法规库/ }).first();
        if (await okButton.count()) await okButton.click({ timeout: 2000 });
        else await page.keyboard.press('Enter');
        const added = await until('folder added', 20000, async () => {
          const msg = await toasts(page);
          if (msg.includes('added to the corpus') || msg.includes('已将')) return msg;
          // The dialog may still be listing the folder: accept it with its OK button (Enter may only navigate).
          const dialog = page.locator('.quick-input-widget:not([style*="display: none"])');
          if (await dialog.count()) {
            const ok = dialog.locator('.monaco-button').filter({ hasText: /Add to the corpus|法规库/ }).first();
            if (await ok.count()) await ok.click({ timeout: 2000 }).catch(() => undefined);
            else await page.keyboard.press('Enter');
          }
          return '';
        });
        if (!added.includes(folder)) throw new Error(`the picker added another folder: ${added.replace(/\s+/g, ' ').slice(0, 160)}`);
        await wb.openFile(USER_DRAFT);
        const at = c.locate(fs.readFileSync(path.join(c.workspace, USER_DRAFT), 'utf8'), '第二条');
        const hover = await wb.hoverContaining('hover on the user regulation', at.line, at.column, '用户法规文件夹中的条文', 40000);
        const all = await toasts(page);
        if (/决定|no articles|没有条文/.test(all)) throw new Error(`a toast about the 决定: ${all}`);
        if (/\/laws\/|\.md/.test(all.replace(folder, ''))) throw new Error(`a toast with file paths: ${all}`);
        const status = await statusItem(page);
        // Yellow = a corpus file could not be read. Say what the picker added: once (a loaded machine, 2026-12-05) it added
        // the folder above the one typed, whose browser profile holds a broken socket link.
        if (status.yellow) throw new Error(`status item is yellow: ${status.text}; the picker said: ${added.replace(/\s+/g, ' ').slice(0, 160)}`);
        await shot('user-corpus-hover');
        return `${added.split('\n').find((l) => l.includes(folder)) ?? added} · hover: ${hover.replace(/\s+/g, ' ').slice(0, 50)} · status "${status.text}" not yellow`;
      },
    },
    {
      name: 'Check All Drafts fills Problems for a draft that was never opened',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.pickFromQuickInput('F1', 'LawCite: Check All Drafts', (label) => label.includes('Check All Drafts'));
        const row = await until(`Problems lists ${CLOSED_DRAFT}`, 30000, async () => {
          if (!(await wb.markersPanelVisible())) return '';
          const rows = await wb.markerLabels();
          const i = rows.findIndex((r) => r.includes(CLOSED_DRAFT));
          return i >= 0 && rows.slice(i + 1).some((r) => /第九百条|Article 900/.test(r)) ? rows.slice(i, i + 2).join(' | ') : '';
        });
        const msg = await until('checked message', 10000, async () => /drafts checked|篇文稿/.exec(await toasts(page)) ? toasts(page) : '');
        await shot('check-all-drafts');
        return `${row} · ${msg.split('\n').find((l) => /drafts checked|篇文稿/.test(l))}`;
      },
    },
    {
      name: 'an untitled editor with pasted Chinese text is served (hover shows the article)',
      run: async () => {
        await page.keyboard.press('Escape');
        // File: New Untitled Text File (its key; the palette lists "Compare New Untitled Text Files" first).
        await page.keyboard.press('Control+Alt+N');
        await until('untitled editor', 10000, async () => (await wb.activeEditorPath()).startsWith('Untitled') || (await page.evaluate(`!!document.querySelector('.monaco-editor.focused[data-uri^="untitled:"]')`)));
        await page.keyboard.insertText(`请依照《${c.title}》第六十四条的规定执行。`);
        const text = await wb.hoverContaining('hover in the untitled editor', 1, 2 + `请依照《${c.title}》`.length, c.article64Words, 30000);
        await shot('untitled-hover');
        await page.keyboard.press('Escape');
        await wb.pickFromQuickInput('F1', 'View: Revert and Close Editor', (label) => label.includes('Revert and Close Editor'));
        return text.replace(/\s+/g, ' ').slice(0, 80);
      },
    },
    {
      name: 'a plain-text draft wraps its long lines by default',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(LONG_TXT);
        const rows = await until('wrapped view lines', 10000, async () => {
          const n: number = await page.evaluate(`(() => {
            const ed = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].find((e) => e.offsetParent !== null);
            return ed ? ed.querySelectorAll('.view-lines .view-line').length : 0;
          })()`);
          return n > 2 ? n : 0;
        });
        await shot('plaintext-wrapped');
        return `one line in the file, ${rows} rows on screen`;
      },
    },
    {
      name: 'lawcite.corpus.paths shows in the User settings (code-server is a remote/browser set-up)',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.pickFromQuickInput('F1', 'Preferences: Open Settings (UI)', (label) => label.includes('Open Settings (UI)'));
        await page.waitForSelector('.settings-editor', { timeout: 15000 });
        await page.keyboard.type('lawcite.corpus.paths');
        const found = await until('setting listed on the User tab', 15000, async () =>
          page.evaluate(`(() => {
            const tab = [...document.querySelectorAll('.settings-tabs-widget .action-label.checked, .settings-tabs-widget [aria-selected="true"]')].map((e) => e.innerText).join(' ');
            const items = [...document.querySelectorAll('.settings-editor .setting-item-contents')].map((e) => e.innerText);
            const hit = items.find((t) => t.includes('Extra folders or files of regulations'));
            return hit ? (tab || '?') + ': ' + hit.split('\\n').slice(0, 2).join(' ') : '';
          })()`));
        await shot('settings-user');
        await page.keyboard.press('Control+W');
        return found;
      },
    },
    {
      name: 'no document links on citations (lawcite.links off); the outline of a draft regulation is one tree',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(c.draft);
        await new Promise((r) => setTimeout(r, 1500));
        const links: number = await page.evaluate(`document.querySelectorAll('.monaco-editor.focused .detected-link').length`);
        if (links) throw new Error(`${links} links in the draft`);
        const outline = async (file: string, first: string): Promise<string[]> => {
          await wb.openFile(file);
          await wb.pickFromQuickInput('F1', 'Explorer: Focus on Outline View', (label) => label.includes('Focus on Outline View'));
          return until(`outline rows of ${file}`, 15000, async () => {
            const r: string[] = await page.evaluate(`[...document.querySelectorAll('.outline-pane .monaco-list-row')].map((e) => e.getAttribute('aria-label') || e.innerText)`);
            return r.some((x) => x.includes(first)) ? r : null;
          });
        };
        const isGroup = (r: string) => /^(Markdown Language Features|LawCite)$/.test(r.trim());
        const headed = await outline(HEADED_DRAFT, '第一章');
        await shot('outline');
        if (headed.some(isGroup)) throw new Error(`two trees in ${HEADED_DRAFT}: ${headed.join(' / ')}`);
        if (headed.filter((r) => r.includes('第一章')).length !== 1) throw new Error(`第一章 twice: ${headed.join(' / ')}`);
        // A draft whose only Markdown heading is its title: Markdown's tree (the title) alone; LawCite's 条 are in its
        // 条文结构 view (steps-drafter-day.ts).
        const titled = await outline(c.renumberDraft, '某市物业管理办法');
        await shot('outline-title-only');
        if (titled.some(isGroup)) throw new Error(`two trees in ${c.renumberDraft}: ${titled.join(' / ')}`);
        return `no links; ${HEADED_DRAFT}: ${headed.slice(0, 4).join(' / ')} (one tree); ${c.renumberDraft}: ${titled.join(' / ')} (one tree)`;
      },
    },
    {
      name: 'Chinese renders with Simplified Chinese glyph forms (Noto Sans CJK SC, not JP)',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(GLYPHS);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const families = await until('fonts of the glyphs line', 10000, async () => {
          const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
          const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.monaco-editor.focused .view-line span span' });
          const names = new Set<string>();
          for (const nodeId of nodeIds) {
            const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
            for (const f of fonts as { familyName: string; glyphCount: number }[]) if (f.glyphCount > 0) names.add(f.familyName);
          }
          return names.size ? [...names] : null;
        });
        // A sharp picture to look at the forms (说 骨 直): the line at 4× device scale, then back to 1×.
        const box = await page.locator('.monaco-editor.focused .view-line').first().boundingBox();
        if (box) {
          await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 4, mobile: false });
          await page.screenshot({ path: path.join(artifacts, 'ux-glyphs.png'), clip: { x: box.x, y: Math.max(0, box.y - 4), width: 260, height: box.height + 8 } }).catch(() => undefined);
          await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 1, mobile: false });
        }
        const cjk = families.filter((f: string) => /CJK/.test(f));
        if (!cjk.length || cjk.some((f: string) => !/SC/.test(f))) throw new Error(`CJK fonts used: ${families.join(', ')}`);
        return `fonts: ${families.join(', ')}`;
      },
    },
  ];
}
