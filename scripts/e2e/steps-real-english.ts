// e2e steps of the real-english branch (issue 14, English memos): in an English memo, hover on "Article 40(2) of the
// LCL" (a short name the memo defines; (2) an item, the article having one paragraph) shows 劳动合同法第四十条第（二）项,
// and hover on "Article 28 of the 2018 Company Law" reads the 2018 version. The memo is written into the runner's
// workspace here (test/fixtures/vscode/english-memo.md).
import * as fs from 'fs';
import * as path from 'path';
import type { Page, Workbench } from './workbench';

export const ENGLISH_MEMO = 'english-memo.md';

export interface RealEnglishContext {
  page: Page;
  wb: Workbench;
  root: string;
  workspace: string;
  artifacts: string;
  locate: (text: string, needle: string) => { line: number; column: number };
}

export function realEnglishSteps(ctx: RealEnglishContext): { name: string; run: () => Promise<string> }[] {
  const { page, wb, artifacts, locate } = ctx;
  const text = fs.readFileSync(path.join(ctx.root, 'test', 'fixtures', 'vscode', ENGLISH_MEMO), 'utf8');
  fs.writeFileSync(path.join(ctx.workspace, ENGLISH_MEMO), text);
  return [
    {
      name: 'English memo: hover on "Article 40(2) of the LCL" shows item (2) of 劳动合同法第四十条',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(ENGLISH_MEMO);
        const at = locate(text, 'Article 40(2) of the LCL');
        const hover = await wb.hoverContaining('hover with the item text', at.line, at.column + 2, '不能胜任工作', 60000);
        await wb.hoverSettled();
        await wb.screenshot(path.join(artifacts, 'real-english-1-item-hover.png'));
        if (!/劳动合同法/.test(hover)) throw new Error(`the hover does not name the Labor Contract Law: ${hover.slice(0, 300)}`);
        return hover.replace(/\s+/g, ' ').slice(0, 140);
      },
    },
    {
      name: 'English memo: hover on "Article 28 of the 2018 Company Law" reads the 2018 version of 公司法',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(ENGLISH_MEMO);
        const at = locate(text, 'Article 28 of the 2018 Company Law');
        const hover = await wb.hoverContaining('hover with the 2018 text', at.line, at.column + 2, '按期足额缴纳', 60000);
        await wb.hoverSettled();
        await wb.screenshot(path.join(artifacts, 'real-english-2-version-hover.png'));
        if (!/2018年10月26日|26 October 2018/.test(hover)) throw new Error(`the hover does not name the 2018 version: ${hover.slice(0, 400)}`);
        return hover.replace(/\s+/g, ' ').slice(0, 140);
      },
    },
  ];
}
