// e2e steps of the defined-terms branch (issue 13, parts 2–3): hover on a defined term's use shows its definition;
// F2 on a draft article's heading renames it, the draft's references following. The draft is written into the
// runner's workspace here (test/fixtures/vscode/terms-draft.md).
import * as fs from 'fs';
import * as path from 'path';
import { until } from './processes';
import type { Step, StepContext } from './stepContext';

export const TERMS_DRAFT = 'terms-draft.md';

export type TermsStepsContext = Pick<StepContext, 'page' | 'wb' | 'root' | 'workspace' | 'artifacts' | 'locate'>;

export function definedTermsSteps(ctx: TermsStepsContext): Step[] {
  const { page, wb, artifacts, locate } = ctx;
  const text = fs.readFileSync(path.join(ctx.root, 'test', 'fixtures', 'vscode', TERMS_DRAFT), 'utf8');
  fs.writeFileSync(path.join(ctx.workspace, TERMS_DRAFT), text);
  return [
    {
      name: 'hover over a use of a defined term (物业服务企业 in 第五条) shows its definition and where it is',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(TERMS_DRAFT);
        const at = locate(text, '物业服务企业应当');
        const hover = await wb.hoverContaining('hover with the term’s definition', at.line, at.column + 1, '接受业主委托提供物业服务的企业', 60000);
        await wb.hoverSettled(); // the hover fades in
        await wb.screenshot(path.join(artifacts, 'terms-hover.png'));
        if (!/定义于第二条|defined in Article 2/.test(hover)) throw new Error(`the hover does not say where: ${hover}`);
        return hover.replace(/\s+/g, ' ').slice(0, 140);
      },
    },
    {
      name: 'F2 on the heading 第五条 renames it 第四条, and 本办法第五条 follows',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(TERMS_DRAFT);
        const at = locate(text, '第五条 物业');
        await wb.goTo(at.line, at.column + 1);
        await page.keyboard.press('F2');
        // The rename box opens on the heading's label (prepareRename); the new number is typed into it.
        const input = page.locator('.monaco-editor .rename-box .rename-input').first();
        await input.waitFor({ state: 'visible', timeout: 20000 });
        const offered: string = await input.inputValue();
        if (offered !== '第五条') throw new Error(`the rename box offers “${offered}”, not the heading's label`);
        await input.fill('第四条');
        await wb.screenshot(path.join(artifacts, 'terms-rename-input.png'));
        await input.press('Enter');
        try {
          const after = await until('heading and reference renamed', 20000, async () => {
            await wb.openFile(TERMS_DRAFT);
            // Rendered view lines: no-break spaces, and long lines wrapped (joined here).
            const t = (await wb.focusedEditorText()).replace(/\u00a0/g, ' ').replace(/\n/g, '');
            return t.includes('第四条 物业服务企业应当') && t.includes('本办法第二条和第四条') && !t.includes('第五条') ? t : '';
          });
          await wb.screenshot(path.join(artifacts, 'terms-renamed.png'));
          return `${/依照本办法第二条和第四条/.exec(after)?.[0]} / ${/第四条 物业服务企业应当/.exec(after)?.[0]}`;
        } finally {
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+Z');
        }
      },
    },
  ];
}
