// e2e steps of issue 13 parts 4 and 5: a quotation that differs from the cited 款 (quote-mismatch: hover with the
// difference, the quick fix writing the corpus text) and LawCite: List Cited Provisions (the list beside the draft).
import * as fs from 'fs';
import * as path from 'path';
import { until } from './processes';
import type { Page, Workbench } from './workbench';

export const QUOTE_DRAFT = 'quote-draft.md';

export interface QuoteCitesDeps {
  page: Page;
  wb: Workbench;
  /** 1-based line and column just inside `text` (run.ts locate). */
  locate: (draft: string, text: string) => { line: number; column: number };
  root: string;
  workspace: string;
  artifacts: string;
}

/** Writes the fixture draft into the workspace and returns the steps. */
export function quoteCitesSteps(d: QuoteCitesDeps): { name: string; run: () => Promise<string> }[] {
  const { page, wb, locate, artifacts } = d;
  const text = fs.readFileSync(path.join(d.root, 'test', 'fixtures', 'vscode', QUOTE_DRAFT), 'utf8');
  fs.writeFileSync(path.join(d.workspace, QUOTE_DRAFT), text);
  const inQuote = locate(text, '按照各自职责');
  return [
    {
      name: 'a quotation with 可以 for the cited 款’s 应当: hover shows the difference, the quick fix writes the text',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(QUOTE_DRAFT);
        const hover = await wb.hoverContaining('hover on the quotation with the difference', inQuote.line, inQuote.column, 'The quotation differs from Article 6(2)', 60000);
        await page.locator('.monaco-hover:not(.hidden) del, .monaco-hover:not(.hidden) s').first().waitFor({ state: 'visible', timeout: 5000 });
        await wb.screenshot(path.join(artifacts, 'qc-1-quote-hover.png'));
        await page.keyboard.press('Escape');
        await wb.goTo(inQuote.line, inQuote.column);
        await page.keyboard.press('Control+.');
        const fix = await until('quick fix “Replace with the text”', 15000, async () => {
          const rows: string[] = await page.evaluate(`[...document.querySelectorAll('.action-widget .monaco-list-row')].map((e) => e.innerText)`);
          return rows.find((r) => r.includes('Replace with the text')) ?? '';
        });
        await wb.screenshot(path.join(artifacts, 'qc-2-quote-fix-menu.png'));
        await page.keyboard.type('Replace with the text');
        await page.keyboard.press('Enter');
        try {
          const line = await until('the quotation replaced by the corpus text', 15000, async () => {
            const t = (await wb.focusedEditorText()).replace(/\u00a0/g, ' ');
            return t.includes('人民检察院应当按照各自职责') ? t.split('\n').find((l) => l.includes('应当按照')) : '';
          });
          return `${hover.replace(/\s+/g, ' ').slice(0, 90)} | ${fix.replace(/\s+/g, ' ').slice(0, 40)} → ${(line ?? '').slice(0, 60)}`;
        } finally {
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+Z');
        }
      },
    },
    {
      name: 'List Cited Provisions opens the list of the draft beside it, grouped by 效力级别 with the cited texts',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(QUOTE_DRAFT);
        await wb.pickFromQuickInput('F1', 'LawCite: List Cited Provisions', (label) => /List Cited Provisions(?! \(Workspace\))/.test(label));
        const list = await until('the list with the cited 款 and 第六十四条', 20000, async () => {
          const t = (await wb.editorText('lawcite-cites:')).replace(/\u00a0/g, ' '); // the editor renders spaces as no-break spaces
          return t.includes('# Cited provisions') && t.includes('## Local regulations') && t.includes('#### 第六条第二款') && t.includes('#### 第六十四条') ? t : '';
        });
        await wb.screenshot(path.join(artifacts, 'qc-3-cited-provisions.png'));
        return list.split('\n').filter((l) => l.startsWith('#')).join(' / ').slice(0, 160);
      },
    },
  ];
}
