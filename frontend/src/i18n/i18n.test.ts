import { act, renderHook } from '@testing-library/react';
import i18n, { useTranslation } from '.';

describe('the app\'s texts', () => {
  beforeAll(() => {
    i18n.addResourceBundle('nl', {
      test: { greeting: 'Hallo {{name}}', items_zero: 'Geen items', items_one: 'Eén item', items_other: '{{count}} items', onlyDutch: 'Alleen Nederlands' },
    });
    i18n.addResourceBundle('en', { test: { greeting: 'Hello {{name}}', items_one: 'One item', items_other: '{{count}} items' } });
  });

  it('fills in placeholders and picks the plural form by count', async () => {
    await i18n.changeLanguage('nl');
    expect(i18n.t('test.greeting', { name: 'Anna' })).toBe('Hallo Anna');
    expect(i18n.t('test.items', { count: 0 })).toBe('Geen items');
    expect(i18n.t('test.items', { count: 1 })).toBe('Eén item');
    expect(i18n.t('test.items', { count: 3 })).toBe('3 items');
  });

  it('falls back to Dutch, then to the default value, then to the key', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('test.items', { count: 0 })).toBe('0 items');
    expect(i18n.t('test.onlyDutch')).toBe('Alleen Nederlands');
    expect(i18n.t('test.missing', { defaultValue: '' })).toBe('');
    expect(i18n.t('test.missing')).toBe('test.missing');
  });

  it('does not overwrite texts already added, and merges nested ones', async () => {
    await i18n.changeLanguage('nl');
    i18n.addResourceBundle('nl', { test: { greeting: 'Overschreven', extra: 'Extra' } });
    expect(i18n.t('test.extra')).toBe('Extra');
    expect(i18n.t('test.greeting', { name: 'Anna' })).toBe('Hallo Anna');
  });

  it('never changes the text objects a feature registered', async () => {
    await i18n.changeLanguage('nl');
    const feature = { shared2: { nested: { one: 'Een' } } };
    i18n.addResourceBundle('nl', feature);
    i18n.addResourceBundle('nl', { shared2: { nested: { two: 'Twee' }, other: 'Ander' } });
    expect(i18n.t('shared2.nested.one')).toBe('Een');
    expect(i18n.t('shared2.nested.two')).toBe('Twee');
    expect(i18n.t('shared2.other')).toBe('Ander');
    expect(feature).toEqual({ shared2: { nested: { one: 'Een' } } });
    i18n.addResourceBundle('nl', { shared2: { nested: { one: 'Eén' } } }, true);
    expect(i18n.t('shared2.nested.one')).toBe('Eén');
    expect(feature.shared2.nested.one).toBe('Een');
  });

  it('re-renders components, sets <html lang> and remembers the language when it changes', async () => {
    await i18n.changeLanguage('nl');
    const { result } = renderHook(() => useTranslation());
    expect(result.current.t('test.greeting', { name: 'Bo' })).toBe('Hallo Bo');
    await act(() => i18n.changeLanguage('en'));
    expect(result.current.t('test.greeting', { name: 'Bo' })).toBe('Hello Bo');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('hub.lang')).toBe('en');
  });
});
