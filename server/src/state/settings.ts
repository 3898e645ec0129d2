// LawCite settings as read from workspace/configuration (section "lawcite"), normalised with defaults.

export type ArabicNumeralsSetting = 'off' | 'hint' | 'warning';
export type LanguageSetting = 'auto' | 'zh-CN' | 'en';
export type MessageLanguage = 'zh' | 'en';

export interface Settings {
  corpusPaths: string[];
  defaultRegulation: string | null;
  arabicNumerals: ArabicNumeralsSetting;
  language: LanguageSetting;
}

export const defaultSettings: Settings = {
  corpusPaths: [],
  defaultRegulation: null,
  arabicNumerals: 'hint',
  language: 'auto',
};

function get(obj: unknown, path: string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    const rec = cur as Record<string, unknown>;
    // Accept both nested objects and flat dotted keys ("corpus.paths").
    const dotted = path.slice(path.indexOf(key)).join('.');
    if (dotted in rec && path.indexOf(key) < path.length - 1) return rec[dotted];
    cur = rec[key];
  }
  return cur;
}

/** Build settings from the raw "lawcite" section; unknown or ill-typed values fall back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const paths = get(raw, ['corpus', 'paths']);
  const def = get(raw, ['defaultRegulation']);
  const arabic = get(raw, ['diagnostics', 'arabicNumerals']);
  const lang = get(raw, ['language']);
  return {
    corpusPaths: Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    defaultRegulation: typeof def === 'string' && def.trim() ? def.trim().replace(/^《|》$/g, '') : null,
    arabicNumerals: arabic === 'off' || arabic === 'hint' || arabic === 'warning' ? arabic : defaultSettings.arabicNumerals,
    language: lang === 'zh-CN' || lang === 'en' || lang === 'auto' ? lang : 'auto',
  };
}

/** Message language: explicit setting, else the client's locale from initialize, zh when none. */
export function messageLanguage(settings: Settings, clientLocale: string | undefined): MessageLanguage {
  if (settings.language === 'zh-CN') return 'zh';
  if (settings.language === 'en') return 'en';
  if (!clientLocale) return 'zh';
  return clientLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
