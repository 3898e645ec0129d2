// LawCite settings as read from workspace/configuration (section "lawcite"), normalised with defaults. The values
// are the engine's own (one vocabulary): they go to the engine with every analysis and nowhere else.
import { DEFAULT_STYLE, type StyleSeverity } from '../core/citations/types';

export type ArabicNumeralsSetting = StyleSeverity;
export type LanguageSetting = 'auto' | 'zh-CN' | 'en';
export type MessageLanguage = 'zh' | 'en';
/** Where a hover puts an article's English translation: auto is off in Chinese, below in English. */
export type HoverTranslationSetting = 'auto' | 'off' | 'below' | 'side';
export type HoverTranslation = Exclude<HoverTranslationSetting, 'auto'>;

export interface Settings {
  corpusPaths: string[];
  defaultRegulation: string | null;
  /** Style checks (lawcite.diagnostics.*): off, hint, information or warning. */
  arabicNumerals: StyleSeverity;
  missingTitleMarks: StyleSeverity;
  useShortTitle: StyleSeverity;
  language: LanguageSetting;
  /** Document links on citations (`lawcite.links`): off by default, hover and Ctrl+click already go there. */
  links: boolean;
  hoverTranslation: HoverTranslationSetting;
}

export const defaultSettings: Settings = {
  corpusPaths: [],
  defaultRegulation: null,
  ...DEFAULT_STYLE,
  language: 'auto',
  links: false,
  hoverTranslation: 'auto',
};

/** A value by dotted key, from nested objects ({corpus: {paths}}) or flat keys ({"corpus.paths"}). */
function get(obj: unknown, key: string): unknown {
  if (!obj || typeof obj !== 'object') return undefined;
  const rec = obj as Record<string, unknown>;
  if (key in rec) return rec[key];
  const dot = key.indexOf('.');
  return dot < 0 ? undefined : get(rec[key.slice(0, dot)], key.slice(dot + 1));
}

function styleSeverity(value: unknown, fallback: StyleSeverity): StyleSeverity {
  return value === 'off' || value === 'hint' || value === 'information' || value === 'warning' ? value : fallback;
}

/** Build settings from the raw "lawcite" section; unknown or ill-typed values fall back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const paths = get(raw, 'corpus.paths');
  const def = get(raw, 'defaultRegulation');
  const lang = get(raw, 'language');
  const links = get(raw, 'links');
  const translation = get(raw, 'hover.translation');
  return {
    corpusPaths: Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    defaultRegulation: typeof def === 'string' && def.trim() ? def.trim().replace(/^《|》$/g, '') : null,
    arabicNumerals: styleSeverity(get(raw, 'diagnostics.arabicNumerals'), defaultSettings.arabicNumerals),
    missingTitleMarks: styleSeverity(get(raw, 'diagnostics.missingTitleMarks'), defaultSettings.missingTitleMarks),
    useShortTitle: styleSeverity(get(raw, 'diagnostics.useShortTitle'), defaultSettings.useShortTitle),
    language: lang === 'zh-CN' || lang === 'en' || lang === 'auto' ? lang : 'auto',
    links: links === true,
    hoverTranslation: translation === 'off' || translation === 'below' || translation === 'side' ? translation : 'auto',
  };
}

/** Message language: explicit setting, else the client's locale from initialize, zh when none. */
export function messageLanguage(settings: Settings, clientLocale: string | undefined): MessageLanguage {
  if (settings.language === 'zh-CN') return 'zh';
  if (settings.language === 'en') return 'en';
  if (!clientLocale) return 'zh';
  return clientLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The translation layout in force: the setting, or for auto none in Chinese and below the text in English. */
export function hoverTranslation(settings: Settings, lang: MessageLanguage): HoverTranslation {
  if (settings.hoverTranslation !== 'auto') return settings.hoverTranslation;
  return lang === 'zh' ? 'off' : 'below';
}

/** The settings in force, the client's locale, and a generation that grows with every change. */
export class SettingsState {
  settings: Settings = defaultSettings;
  clientLocale: string | undefined;
  /** Commands the client runs for code actions (initializationOptions.commands): offered only when it has them. */
  clientCommands: readonly string[] = [];
  generation = 0;
  /** The client runs `command:` links in hovers (it said so in initializationOptions). */
  commandLinks = false;
  /** The client shows a position's diagnostics in its hover itself (VS Code does): the hover need not repeat them. */
  diagnosticsInHover = false;

  get lang(): MessageLanguage {
    return messageLanguage(this.settings, this.clientLocale);
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.generation++;
  }
}
