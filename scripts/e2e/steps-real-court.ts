// e2e steps of the real-court branch (issue 14, court documents): in a judgment copied as plain text, hover on a
// 刑法修正案's article shows its item (the amendments are in the bundled corpus, items as articles), and hover on
// 《最高人民法院关于适用的解释》 — the 〈law〉 a web page dropped — shows the 民诉法解释's article. The judgments are
// the real-like fixtures (test/fixtures/real-like/court), written into the runner's workspace.
import * as fs from 'fs';
import * as path from 'path';
import type { Step, StepContext } from './stepContext';

const CRIMINAL = 'court-criminal-judgment.txt';
const RULING = 'court-ruling-copied.txt';

export type RealCourtStepsContext = Pick<StepContext, 'page' | 'wb' | 'root' | 'workspace' | 'artifacts' | 'locate'>;

export function realCourtSteps(ctx: RealCourtStepsContext): Step[] {
  const { page, wb, artifacts, locate } = ctx;
  const fixtures = path.join(ctx.root, 'test', 'fixtures', 'real-like', 'court');
  const criminal = fs.readFileSync(path.join(fixtures, '02-criminal-judgment.txt'), 'utf8');
  const ruling = fs.readFileSync(path.join(fixtures, '06-ruling-copied-from-database.txt'), 'utf8');
  fs.writeFileSync(path.join(ctx.workspace, CRIMINAL), criminal);
  fs.writeFileSync(path.join(ctx.workspace, RULING), ruling);
  return [
    {
      name: 'in a criminal judgment, hover on 《刑法修正案（八）》第三十九条 shows the amendment\'s item 三十九、',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(CRIMINAL);
        const at = locate(criminal, '第三十九条', '刑法修正案（八）》');
        const hover = await wb.hoverContaining('hover with the amendment\'s item', at.line, at.column + 1, '将刑法第二百六十四条修改为', 60000);
        await wb.hoverSettled();
        await wb.screenshot(path.join(artifacts, 'court-amendment-hover.png'));
        return hover.replace(/\s+/g, ' ').slice(0, 140);
      },
    },
    {
      name: 'in a ruling copied from a judgment database, hover on 《最高人民法院关于适用的解释》第二百一十三条 shows the 民诉法解释',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(RULING);
        const at = locate(ruling, '第二百一十三条', '关于适用的解释》');
        const hover = await wb.hoverContaining('hover with the 民诉法解释 article', at.line, at.column + 1, '原告应当预交而未预交案件受理费', 60000);
        await wb.hoverSettled();
        await wb.screenshot(path.join(artifacts, 'court-lost-law-hover.png'));
        if (!/民事诉讼法/.test(hover)) throw new Error(`the hover does not name the 民事诉讼法's interpretation: ${hover}`);
        return hover.replace(/\s+/g, ' ').slice(0, 140);
      },
    },
  ];
}
