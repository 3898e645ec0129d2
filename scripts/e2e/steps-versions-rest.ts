// e2e steps of 比较版本 / Compare Versions and repealed laws (branch versions-rest), run by run.ts in code-server:
// the hover lists 《公司法》's versions and its Compare Versions link opens the diff editor over the two read-only
// lawcite-version: documents; the command on a law with one version says so; a citation of a repealed law is a
// warning in the Problems panel naming its successor.
import * as fs from 'fs';
import * as path from 'path';
import { until } from './processes';
import type { Page, Workbench } from './workbench';

export const VERSIONS_DRAFT = 'versions-draft.md';

export interface VersionsRestDeps {
  page: Page;
  wb: Workbench;
  root: string;
  workspace: string;
  artifacts: string;
  locate(text: string, needle: string): { line: number; column: number };
}

/**
 * Text of the visible editors whose URI starts with `prefix` (both sides of a diff editor; an inline diff holds the
 * deleted lines in a view zone with view lines of its own); spaces as spaces.
 */
async function editorsText(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('.monaco-editor[data-uri]')]
    .filter((e) => e.offsetParent !== null && e.getAttribute('data-uri').startsWith(${JSON.stringify(prefix)}))
    .map((e) => [...e.querySelectorAll('.view-lines')].map((v) => v.innerText).join('\\n'))`).then((list: string[]) => list.map((t) => t.replace(/\u00a0/g, ' ')));
}

export function versionsRestSteps(d: VersionsRestDeps): { name: string; run: () => Promise<string> }[] {
  const { page, wb, artifacts } = d;
  const text = fs.readFileSync(path.join(d.root, 'test', 'fixtures', 'vscode', VERSIONS_DRAFT), 'utf8');
  fs.writeFileSync(path.join(d.workspace, VERSIONS_DRAFT), text);
  const at15 = d.locate(text, '第十五条');
  const atBeijiang = d.locate(text, '第六条');
  const atRepealed = d.locate(text, '《个体工商户条例》');
  return [
    {
      name: 'hover on 《公司法》第十五条 lists its versions; its Compare Versions link opens the diff editor (2018 第十六条 ↔ 2023 第十五条)',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(VERSIONS_DRAFT);
        // One editor group (Show Article left one beside): the diff editor gets the width to show both sides.
        await wb.pickFromQuickInput('F1', 'View: Close Editors in Other Groups', (label) => label.includes('Close Editors in Other Groups'));
        await wb.openFile(VERSIONS_DRAFT);
        const hover = await wb.hoverContaining('hover listing the versions', at15.line, at15.column, 'Compare Versions', 60000);
        // In English: "Version of 26 October 2018 (in force 26 October 2018 to 30 June 2024): Article 16".
        if (!/Version of 26 October 2018[^\n]*Article 16/.test(hover)) throw new Error(`hover does not give the 2018 number: ${hover.slice(0, 400)}`);
        const link = page.locator('.monaco-hover:not(.hidden) a', { hasText: 'Compare Versions' }).last();
        await link.scrollIntoViewIfNeeded({ timeout: 5000 }); // the hover scrolls: show its list of versions
        await wb.screenshot(path.join(artifacts, 'versions-1-hover.png'));
        await link.click({ timeout: 5000 });
        // Both sides by their URIs (2018-10-26 第十六条, 2023-12-29 第十五条) and their texts (Monaco's DOM holds a
        // side's lines in any order).
        const sides = await until('diff editor with both versions', 30000, async () => {
          const uris: string[] = await page.evaluate(`[...document.querySelectorAll('.monaco-diff-editor .monaco-editor[data-uri]')]
            .filter((e) => e.offsetParent !== null).map((e) => decodeURIComponent(e.getAttribute('data-uri')))`);
          const eds = (await editorsText(page, 'lawcite-version:')).map((t) => t.replace(/\s+/g, ''));
          const left = uris.some((u) => u.includes('/2018-10-26 第十六条.txt')) && eds.some((t) => t.includes('第十六条公司向其他企业投资'));
          const right = uris.some((u) => u.includes('/2023-12-29 第十五条.txt')) && eds.some((t) => t.includes('第十五条公司向其他企业投资'));
          return left && right ? uris : null;
        }).catch(async (err: Error) => {
          const seen: string = await page.evaluate(`[...document.querySelectorAll('.monaco-editor[data-uri]')]
            .map((e) => (e.offsetParent !== null ? 'visible ' : 'hidden ') + e.getAttribute('data-uri') + ' :: ' + (e.querySelector('.view-lines')?.innerText ?? '').slice(0, 60)).join(' | ')`);
          throw new Error(`${err.message}; editors: ${seen}`);
        });
        const diff = await page.locator('.monaco-diff-editor').count();
        if (!diff) throw new Error('no diff editor visible');
        const tab: string = await page.evaluate(`document.querySelector('.tabs-container .tab.active')?.innerText ?? ''`);
        await wb.screenshot(path.join(artifacts, 'versions-2-diff-editor.png'));
        // Read-only: typing changes nothing.
        await page.keyboard.press('Escape');
        await page.locator('.monaco-diff-editor .editor.modified .view-lines').first().click();
        await page.keyboard.type('X');
        const after = await editorsText(page, 'lawcite-version:');
        if (after.some((t) => t.includes('X'))) throw new Error('a version document was edited');
        return `${tab.replace(/\s+/g, ' ')} | ${sides.map((u) => u.replace(/\?.*$/, '')).join(' ↔ ')}`;
      },
    },
    {
      name: 'Compare Versions on a law with one version says so',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(VERSIONS_DRAFT);
        await wb.goTo(atBeijiang.line, atBeijiang.column);
        await wb.pickFromQuickInput('F1', 'LawCite: Compare Versions', (label) => label.includes('Compare Versions'));
        return until('one-version notification', 30000, async () => {
          const t: string = await page.evaluate(`[...document.querySelectorAll('.notifications-toasts .notification-list-item-message')].map((e) => e.innerText).join('\\n')`);
          return /has only one version \(2023-09-01\)/.exec(t) ? t.split('\n').find((l) => l.includes('only one version')) ?? t : '';
        });
      },
    },
    {
      name: 'a citation of 《个体工商户条例》 (repealed 2022-11-01) is a warning naming its successor and the article to cite',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(VERSIONS_DRAFT);
        if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M');
        const row = await until('the repealed warning', 30000, async () => {
          const rows = await wb.markerLabels();
          return rows.find((r) => /^Warning/.test(r) && r.includes(`at line ${atRepealed.line} `) && r.includes('repealed') && r.includes('促进个体工商户发展条例')) ?? '';
        }, { everyMs: 3000, run: async () => { if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M'); } });
        await wb.screenshot(path.join(artifacts, 'versions-3-repealed.png'));
        return row;
      },
    },
  ];
}
