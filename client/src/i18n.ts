// Runtime strings. English text is the key; l10n/bundle.l10n.zh-cn.json holds the Chinese.
// lawcite.language = auto follows VS Code's display language (vscode.l10n); zh-CN / en force one language.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { writtenDate } from '../../server/src/core/labels';

let zhBundle: Record<string, string> | undefined;
let extensionRoot = '';

export function initI18n(context: vscode.ExtensionContext): void {
  extensionRoot = context.extensionPath;
}

function languageSetting(): string {
  return vscode.workspace.getConfiguration('lawcite').get<string>('language', 'auto');
}

function format(message: string, args: (string | number)[]): string {
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

function chinese(message: string): string {
  if (!zhBundle) {
    try {
      const file = path.join(extensionRoot, 'l10n', 'bundle.l10n.zh-cn.json');
      zhBundle = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      zhBundle = {};
    }
  }
  return zhBundle[message] ?? message;
}

/** Translate a runtime string with {0}-style placeholders. */
export function t(message: string, ...args: (string | number)[]): string {
  switch (languageSetting()) {
    case 'en':
      return format(message, args);
    case 'zh-CN':
      return format(chinese(message), args);
    default:
      return vscode.l10n.t(message, ...args);
  }
}

/** True when LawCite talks Chinese: the setting, else VS Code's display language. */
export function isChinese(): boolean {
  const setting = languageSetting();
  if (setting === 'zh-CN') return true;
  if (setting === 'en') return false;
  return vscode.env.language.toLowerCase().startsWith('zh');
}

/** A date as LawCite's language writes it: 2023年9月1日 / 1 September 2023. */
export function shownDate(iso: string): string {
  return writtenDate(iso, isChinese() ? 'zh' : 'en');
}
