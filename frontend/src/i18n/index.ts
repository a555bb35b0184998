import { useMemo, useSyncExternalStore } from 'react';
import nl from './nl';
import en from './en';

/**
 * The web app's texts in Dutch (first) and English, and the hook that gives components a translate function.
 *
 * A small implementation of exactly what the app uses of i18next (which weighed 17 KB gzip of the initial JavaScript,
 * issue 10): nested keys ("knowledge.search.title"), {{name}} placeholders, plural forms by Intl.PluralRules with the
 * suffixes _one and _other (and _zero for a count of 0), `defaultValue`, Dutch as the fallback for a text missing in
 * English, and the language kept in localStorage and in <html lang>. Features add their texts with
 * addResourceBundle (src/app/features.ts).
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hub.lang';
const FALLBACK: Language = 'nl';

type Texts = Record<string, unknown>;
/** Placeholder values and options of one text. */
export type TranslateOptions = Record<string, unknown> & { count?: number; defaultValue?: string };
export type TFunction = (key: string, options?: TranslateOptions) => string;

const resources: Record<Language, Texts> = { nl: {}, en: {} };
const listeners = new Set<() => void>();

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

function isTexts(value: unknown): value is Texts {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text objects this module made itself; the others belong to a feature's module and are never changed. */
const own = new WeakSet<Texts>();

/**
 * Adds `source` to `target`. A part that `target` does not have yet (a feature's whole namespace, usually) is taken
 * as it is, not copied: copying every feature's texts at start-up was one of the larger items of the first page's
 * script time. A part that has to be merged into one taken that way is copied first, so a feature's texts are
 * never changed.
 */
function merge(target: Texts, source: Texts, overwrite: boolean): void {
  for (const key in source) {
    const value = source[key];
    const existing = target[key];
    if (isTexts(value) && isTexts(existing)) {
      let into = existing;
      if (!own.has(into)) {
        into = { ...existing };
        own.add(into);
        target[key] = into;
      }
      merge(into, value, overwrite);
    } else if (existing === undefined || overwrite || isTexts(value)) {
      target[key] = value;
    }
  }
}

function lookup(language: Language, key: string): string | undefined {
  let node: unknown = resources[language];
  for (const part of key.split('.')) {
    if (!isTexts(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

function find(language: Language, key: string, count: number | undefined): string | undefined {
  if (count !== undefined) {
    const rules = (pluralRules[language] ??= new Intl.PluralRules(language));
    return (count === 0 ? lookup(language, `${key}_zero`) : undefined)
      ?? lookup(language, `${key}_${rules.select(count)}`)
      ?? lookup(language, key);
  }
  return lookup(language, key);
}

function translate(language: Language, key: string, options?: TranslateOptions): string {
  const text = find(language, key, options?.count) ?? find(FALLBACK, key, options?.count);
  if (text === undefined) return options?.defaultValue ?? key;
  if (!options) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The app's language state: read it, change it, add texts to it. */
export const i18n = {
  language: storedLanguage() as Language,

  /** Switches the language (an unknown one falls back to Dutch), remembers it and re-renders every text. */
  changeLanguage(language: string): Promise<void> {
    const next: Language = language === 'en' ? 'en' : 'nl';
    if (next !== i18n.language) {
      i18n.language = next;
      document.documentElement.lang = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        /* private mode: the choice just isn't remembered */
      }
      listeners.forEach((listener) => listener());
    }
    return Promise.resolve();
  },

  /** Adds texts (nested objects of strings) for a language; deep-merged with what is there. */
  addResourceBundle(language: Language, texts: Texts, overwrite = false): void {
    merge(resources[language], texts, overwrite);
  },

  /** Translates in the current language (outside components; components use useTranslation). */
  t(key: string, options?: TranslateOptions): string {
    return translate(i18n.language, key, options);
  },
};

i18n.addResourceBundle('nl', nl);
i18n.addResourceBundle('en', en);
document.documentElement.lang = i18n.language;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The translate function for the current language; the component re-renders when the language changes. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  const t = useMemo<TFunction>(() => (key, options) => translate(language, key, options), [language]);
  return { t, i18n };
}

/** Formats dates and numbers for the active language. */
export function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'nl-NL';
}

export default i18n;
