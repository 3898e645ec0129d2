// e2e steps for issue 15 parts 7 and 8 (branch style-search): style warnings in the Problems panel and their quick
// fix; 搜索条文 from a draft (words in any order, highlights, Enter inserts; a pasted 《条例》第六十五条 read with the
// draft's short title); 插入引用 with chapter separators, several 款, and a 项. Fixture: test/fixtures/vscode/style-draft.md.
import * as fs from 'fs';
import * as path from 'path';
import type { Page, Workbench } from './workbench';
import { until } from './processes';


export const STYLE_DRAFT = 'style-draft.md';
const TITLE = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

/** Copy the fixture draft into the workspace the runner made; its text. */
export function writeStyleSearchFixtures(root: string, workspace: string): string {
  const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'vscode', STYLE_DRAFT), 'utf8');
  fs.writeFileSync(path.join(workspace, STYLE_DRAFT), text);
  return text;
}

export interface StyleSearchContext {
  page: Page;
  wb: Workbench;
  artifacts: string;
  text: string;
  locate(draft: string, text: string, after?: string): { line: number; column: number };
}

type Step = { name: string; run: () => Promise<string> };

export function styleSearchSteps({ page, wb, artifacts, text, locate }: StyleSearchContext): Step[] {
  const lines = text.replace(/\n+$/, '').split('\n');
  const end = { line: lines.length, column: lines[lines.length - 1].length + 1 };
  const first = (aria: string) => aria.split(/[,，\s]/)[0];
  /** The line of the focused editor holding `needle`, once it does. */
  const lineWith = (what: string, needle: string) =>
    until(what, 15000, async () => (await wb.focusedEditorText()).split('\n').find((l) => l.includes(needle)) ?? '');
  const openAtEnd = async () => {
    await page.keyboard.press('Escape');
    await wb.openFile(STYLE_DRAFT);
    await wb.goTo(end.line, end.column);
  };

  return [
    {
      name: 'style: Problems lists 第64条, 公司法 without 《》 and the undefined short title 《办法》 as warnings',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(STYLE_DRAFT);
        if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M');
        const want = [
          { line: locate(text, '公司法').line, words: /title marks/ },
          { line: locate(text, '第64条').line, words: /Chinese numerals/ },
          { line: locate(text, '《办法》').line, words: /short title 《办法》 is never defined/ },
        ];
        const rows = await until('three style warnings in Problems', 40000, async () => {
          const all = (await wb.markerLabels()).filter((r) => /lawcite/i.test(r));
          const found = want.map((w) => all.find((r) => r.startsWith('Warning') && r.includes(`at line ${w.line} `) && w.words.test(r)));
          return found.every(Boolean) ? (found as string[]) : null;
        }, { everyMs: 3000, run: async () => { if (!(await wb.markersPanelVisible())) await page.keyboard.press('Control+Shift+M'); } });
        await wb.screenshot(path.join(artifacts, 'style-problems.png'));
        return rows.map((r) => r.replace(/ at line.*$/, '').slice(0, 70)).join(' | ');
      },
    },
    {
      name: 'style: the quick fix on 公司法第十九条 writes 《中华人民共和国公司法》',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(STYLE_DRAFT);
        const at = locate(text, '公司法');
        const row = await until('quick fix menu with the full title', 30000, async () => {
          const rows: string[] = await page.evaluate(`[...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.innerText)`);
          return rows.find((r) => r.includes('《中华人民共和国公司法》')) ?? '';
        }, { everyMs: 3000, run: async () => { await page.keyboard.press('Escape'); await wb.goTo(at.line, at.column + 1); await page.keyboard.press('Control+.'); } });
        await wb.screenshot(path.join(artifacts, 'style-quickfix.png'));
        await page.keyboard.press('Enter');
        try {
          const line = await lineWith('title written in full', '《中华人民共和国公司法》第十九条');
          return `${row.replace(/\s+/g, ' ')} → ${line}`;
        } finally {
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: 'search: 布局 口岸 from a draft lists 第六十四条 first with the words marked, and Enter inserts 《条例》第六十四条',
      run: async () => {
        await openAtEnd();
        await wb.pickFromQuickInput('F1', 'LawCite: Search Articles', (label) => label.includes('Search Articles'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.mouse.move(700, 700); // the pointer off the input: its tooltip would cover the first row
        await page.keyboard.type('布局 口岸');
        const top = await until('第六十四条 first, words marked', 30000, async () => {
          const rows = await wb.quickInputRows();
          return rows.length && rows[0].includes('第六十四条') && rows[0].includes('【口岸') ? rows[0] : '';
        });
        await wb.screenshot(path.join(artifacts, 'search-highlights.png'));
        await wb.pickFromQuickInput(null, '布局 口岸', (aria) => aria.includes('第六十四条'));
        try {
          const line = await lineWith('citation inserted with the short title', '《条例》第六十四条');
          return `${top.slice(0, 90)} → ${line}`;
        } finally {
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: 'search: a pasted 《条例》第六十五条 finds the article of the draft’s 《条例》 first',
      run: async () => {
        await openAtEnd();
        await wb.pickFromQuickInput('F1', 'LawCite: Search Articles', (label) => label.includes('Search Articles'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.mouse.move(700, 700);
        await page.keyboard.type('《条例》第六十五条');
        const top = await until(`${TITLE} 第六十五条 first`, 30000, async () => {
          const rows = await wb.quickInputRows();
          return rows.length && rows[0].includes('第六十五条') && rows[0].includes(TITLE) ? rows[0] : '';
        });
        await wb.screenshot(path.join(artifacts, 'search-pasted.png'));
        await page.keyboard.press('Escape');
        return top.slice(0, 100);
      },
    },
    {
      name: 'insert: 插入引用 groups articles by chapter and cites two 款 ticked together',
      run: async () => {
        await openAtEnd();
        await wb.pickFromQuickInput('F1', 'LawCite: Insert Citation', (label) => label.includes('Insert Citation'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.keyboard.type('筑牢');
        await wb.pickFromQuickInput(null, '筑牢', (aria) => aria.includes(TITLE));
        const chapters = await until('article picker with chapter separators', 10000, async () => {
          const seps: string[] = await page.evaluate(`[...document.querySelectorAll('.quick-input-widget .quick-input-list-separator')].map((e) => e.textContent ?? '').filter(Boolean)`);
          const chapters = [...new Set(seps.filter((s) => /^第.+章/.test(s)))]; // a separator may render twice (sticky header)
          return chapters.length > 1 ? chapters : null;
        });
        await wb.screenshot(path.join(artifacts, 'insert-chapters.png'));
        await page.keyboard.type('第六条');
        await wb.pickFromQuickInput(null, '第六条', (aria) => first(aria) === '第六条');
        await until('款 picker', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第三款'));
        for (const p of ['第一款', '第三款']) await page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${p}"]`).first().click();
        await wb.screenshot(path.join(artifacts, 'insert-paragraphs.png'));
        await page.keyboard.press('Enter');
        try {
          const line = await lineWith('two 款 inserted', '《条例》第六条第一款、第三款');
          return `${chapters.slice(0, 3).join(' / ')} → ${line}`;
        } finally {
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: 'insert: 插入引用 cites a 项: 《中华人民共和国公司法》第五十九条第一款第（一）项',
      run: async () => {
        await openAtEnd();
        await wb.pickFromQuickInput('F1', 'LawCite: Insert Citation', (label) => label.includes('Insert Citation'));
        await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
        await page.keyboard.type('中华人民共和国公司法');
        await wb.pickFromQuickInput(null, '中华人民共和国公司法', (aria) => first(aria) === '中华人民共和国公司法', 30000);
        await until('article picker', 15000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第一条'));
        await page.keyboard.type('第五十九条');
        await wb.pickFromQuickInput(null, '第五十九条', (aria) => first(aria) === '第五十九条');
        await until('款 picker', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第一款'));
        // Enter with no 款 ticked takes the 款 typed.
        await page.keyboard.type('第一款');
        await until('第一款 listed', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第一款'));
        await page.keyboard.press('Enter');
        await until('项 picker', 10000, async () => (await wb.quickInputRows()).some((r) => first(r) === '第（一）项'));
        await wb.screenshot(path.join(artifacts, 'insert-item.png'));
        await page.keyboard.type('第（一）项');
        await wb.pickFromQuickInput(null, '第（一）项', (aria) => first(aria) === '第（一）项');
        try {
          return await lineWith('项 inserted', '《中华人民共和国公司法》第五十九条第一款第（一）项');
        } finally {
          await page.keyboard.press('Control+Z');
        }
      },
    },
  ];
}
