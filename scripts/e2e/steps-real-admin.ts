// e2e steps of issue 14 (administrative documents): statute text quoted without quotation marks keeps the quoted
// law's context — 本法第九条 in a 处罚依据 cell after 《…广告法》第五十七条：, and 本法第三十八条 under an article heading
// of a Q&A page's 法律依据 — hover shows that law's article, not "this document".
import * as fs from 'fs';
import * as path from 'path';
import type { Page, Workbench } from './workbench';

export const REAL_ADMIN_DRAFT = 'real-admin-penalty.md';

const TEXT = [
  '# 行政处罚信息公示',
  '',
  '| 项目 | 内容 |',
  '|---|---|',
  '| 违法事实 | 当事人在宣传单上使用“最佳品质”等用语，违反了《中华人民共和国广告法》第九条第（三）项的规定。 |',
  '| 处罚依据 | 《中华人民共和国广告法》第五十七条：有下列行为之一的，由市场监督管理部门责令停止发布广告……（一）发布有本法第九条、第十条规定的禁止情形的广告的； |',
  '| 处罚决定日期 | 2023-10-30 |',
  '',
  '## 法律依据',
  '',
  '《中华人民共和国劳动合同法》',
  '',
  '第四十六条 有下列情形之一的，用人单位应当向劳动者支付经济补偿：',
  '（一）劳动者依照本法第三十八条规定解除劳动合同的；',
  '',
].join('\n');

export interface RealAdminDeps {
  page: Page;
  wb: Workbench;
  /** 1-based line and column just inside `text` (run.ts locate). */
  locate: (draft: string, text: string) => { line: number; column: number };
  workspace: string;
  artifacts: string;
}

/** Writes the fixture into the workspace and returns the steps. */
export function realAdminSteps(d: RealAdminDeps): { name: string; run: () => Promise<string> }[] {
  const { page, wb, locate, artifacts } = d;
  fs.writeFileSync(path.join(d.workspace, REAL_ADMIN_DRAFT), TEXT);
  const inCell = locate(TEXT, '本法第九条');
  const underHeading = locate(TEXT, '本法第三十八条');
  return [
    {
      name: 'real documents: 本法第九条 in a 处罚依据 cell quoting 《广告法》第五十七条 without quotation marks hovers as 广告法第九条',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(REAL_ADMIN_DRAFT);
        const hover = await wb.hoverContaining('hover on 本法第九条 in the quoted cell', inCell.line, inCell.column + 2, '广告不得有下列情形', 60000);
        await wb.screenshot(path.join(artifacts, 'ra-1-unmarked-quote-hover.png'));
        if (!hover.includes('中华人民共和国广告法')) throw new Error(`the hover does not name the law: ${hover.slice(0, 200)}`);
        return hover.replace(/\s+/g, ' ').slice(0, 120);
      },
    },
    {
      name: 'real documents: 本法第三十八条 under an article heading of a quoted law (法律依据) hovers as 劳动合同法第三十八条',
      run: async () => {
        await page.keyboard.press('Escape');
        await wb.openFile(REAL_ADMIN_DRAFT);
        const hover = await wb.hoverContaining('hover on 本法第三十八条 under 第四十六条', underHeading.line, underHeading.column + 2, '用人单位有下列情形之一的', 60000);
        await wb.screenshot(path.join(artifacts, 'ra-2-heading-quote-hover.png'));
        await page.keyboard.press('Escape');
        if (!hover.includes('中华人民共和国劳动合同法')) throw new Error(`the hover does not name the law: ${hover.slice(0, 200)}`);
        return hover.replace(/\s+/g, ' ').slice(0, 120);
      },
    },
  ];
}
