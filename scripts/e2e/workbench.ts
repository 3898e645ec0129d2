// Gestures on the VS Code workbench (code-server in Chromium) used by the e2e steps. Every wait polls the DOM;
// nothing sleeps a fixed time. Selectors as documented in ../shared/notes/real-vscode-offline.md.
import { until } from './processes';

// playwright-core is loaded at run time from the tools folder outside the repo, so it is typed loosely here.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Page = any;

export class Workbench {
  constructor(readonly page: Page) {}

  async waitLoaded(timeoutMs = 60000): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
  }

  /** Resource path of the focused editor (vscode-remote://host/path → /path), or ''. */
  async activeEditorPath(): Promise<string> {
    const uri: string = await this.page.evaluate(`(() => {
      const eds = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].filter((e) => e.offsetParent !== null);
      return eds.length ? eds[0].getAttribute('data-uri') : '';
    })()`);
    if (!uri) return '';
    try {
      return decodeURIComponent(new URL(uri).pathname);
    } catch {
      return uri;
    }
  }

  /** Cursor from the status bar: "Ln 7, Col 29" → { line: 7, column: 29 } (1-based). */
  async cursor(): Promise<{ line: number; column: number } | null> {
    const text: string = await this.page
      .locator('[id="status.editor.selection"]')
      .first()
      .innerText({ timeout: 1000 })
      .catch(() => '');
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
  }

  async statusBarText(): Promise<string> {
    return this.page.evaluate(`document.querySelector('.part.statusbar')?.innerText ?? ''`);
  }

  /** Quick Open a workspace file and wait until it is the focused editor. */
  async openFile(relativePath: string, timeoutMs = 30000): Promise<void> {
    const base = relativePath.split('/').pop()!;
    await until('file opened: ' + relativePath, timeoutMs, async () => {
      if ((await this.activeEditorPath()).endsWith('/' + relativePath)) return true;
      const tab = this.page.locator(`.tabs-container .tab[data-resource-name="${base}"]`);
      if ((await tab.count()) > 0) {
        await tab.first().click();
      } else {
        await this.pickFromQuickInput('Control+P', relativePath, (label) => label.includes(base));
      }
      return until('editor focus', 5000, async () => (await this.activeEditorPath()).endsWith('/' + relativePath)).catch(() => false);
    });
  }

  /**
   * Open a quick input with `key` (Ctrl+P, F1…), type `text`, wait until the focused row satisfies `accept`
   * on two polls in a row (the list fills asynchronously), then press Enter.
   */
  async pickFromQuickInput(key: string | null, text: string, accept: (ariaLabel: string) => boolean, timeoutMs = 15000): Promise<string> {
    if (key) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press(key);
      await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 5000 });
      await this.page.keyboard.type(text);
    }
    let stable = 0;
    const label = await until(`quick input row for "${text}"`, timeoutMs, async () => {
      const aria: string = await this.page
        .locator('.quick-input-widget .monaco-list-row.focused')
        .first()
        .getAttribute('aria-label', { timeout: 500 })
        .catch(() => '');
      stable = aria && accept(aria) ? stable + 1 : 0;
      return stable >= 2 ? aria : '';
    });
    await this.page.keyboard.press('Enter');
    return label;
  }

  /** Ctrl+G line:column (1-based; one CJK character = one column), confirmed by the status bar. */
  async goTo(line: number, column: number): Promise<void> {
    await until(`cursor at ${line}:${column}`, 15000, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+G');
      await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 3000 });
      await this.page.keyboard.type(`${line}:${column}`);
      await this.page.keyboard.press('Enter');
      const at = await until('status bar cursor', 3000, async () => {
        const c = await this.cursor();
        return c && c.line === line && c.column === column ? c : null;
      }).catch(() => null);
      return at !== null;
    });
  }

  /** innerText of the visible hover widgets. */
  async hoverText(): Promise<string> {
    return this.page.evaluate(`[...document.querySelectorAll('.monaco-hover')]
      .filter((h) => !h.classList.contains('hidden') && h.offsetParent !== null)
      .map((h) => h.innerText).join('\\n')`);
  }

  /**
   * Show the hover at a position (Ctrl+K Ctrl+I) until it contains `words`, re-triggering every 3 s (the server
   * may still be indexing); its text.
   */
  async hoverContaining(what: string, line: number, column: number, words: string, timeoutMs: number): Promise<string> {
    const show = async () => {
      await this.goTo(line, column);
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
    };
    await show();
    return until(what, timeoutMs, async () => {
      const t = await this.hoverText();
      return t.includes(words) ? t : '';
    }, { everyMs: 3000, run: async () => { await this.page.keyboard.press('Escape'); await show(); } });
  }

  /** Wait until the hover's fade-in animations have ended (before a screenshot of it). */
  async hoverSettled(): Promise<void> {
    await until('hover shown', 5000, async () =>
      this.page.evaluate(`[...document.querySelectorAll('.monaco-hover')].every((h) => h.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'))`));
  }

  async suggestLabels(): Promise<string[]> {
    return this.page.evaluate(`[...document.querySelectorAll('.suggest-widget.visible .monaco-list-row .label-name')].map((e) => e.innerText)`);
  }

  async suggestVisible(): Promise<boolean> {
    return (await this.page.locator('.suggest-widget.visible').count()) > 0;
  }

  async markersPanelVisible(): Promise<boolean> {
    return this.page.evaluate(`(() => { const p = document.querySelector('.markers-panel'); return !!p && p.offsetParent !== null; })()`);
  }

  async markerLabels(): Promise<string[]> {
    return this.page.evaluate(`[...document.querySelectorAll('.markers-panel .monaco-list-row')].map((e) => e.getAttribute('aria-label') ?? '')`);
  }

  async quickInputRows(): Promise<string[]> {
    return this.page.evaluate(`[...document.querySelectorAll('.quick-input-widget .monaco-list-row')].map((e) => e.getAttribute('aria-label') ?? '')`);
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file }).catch(() => undefined);
  }

  /** Rendered text of a visible editor whose resource starts with `uriPrefix` (e.g. a virtual document). */
  async editorText(uriPrefix: string): Promise<string> {
    return this.page.evaluate(`(() => {
      const ed = [...document.querySelectorAll('.monaco-editor[data-uri]')]
        .find((e) => e.offsetParent !== null && e.getAttribute('data-uri').startsWith(${JSON.stringify(uriPrefix)}));
      return ed ? ed.querySelector('.view-lines')?.innerText ?? '' : '';
    })()`);
  }

  /** Screenshot of the area around `selector` (first visible match) and the cursor line above it. */
  async screenshotAround(selector: string, file: string, margin = { left: 80, top: 70, right: 24, bottom: 16 }): Promise<void> {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`nothing visible for ${selector}`);
    const x = Math.max(0, box.x - margin.left);
    const y = Math.max(0, box.y - margin.top);
    await this.page.screenshot({
      path: file,
      clip: { x, y, width: box.x + box.width + margin.right - x, height: box.y + box.height + margin.bottom - y },
    });
  }

  /** Rendered text of the focused editor (its visible lines). */
  async focusedEditorText(): Promise<string> {
    return this.page.evaluate(`(() => {
      const ed = [...document.querySelectorAll('.monaco-editor.focused[data-uri]')].find((e) => e.offsetParent !== null);
      return ed ? ed.querySelector('.view-lines')?.innerText ?? '' : '';
    })()`);
  }
}
