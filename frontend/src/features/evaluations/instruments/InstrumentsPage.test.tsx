import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PARTNER, renderApp, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';
import i18n from '../../../i18n';
import { controlOf, requestOf } from './instrumentDraft';

const item = (code: string, dimension: string, textNl: string, reverseScored = false) => ({ code, dimension, textNl, textEn: `EN ${textNl}`,
  reverseScored });
const V2 = { id: 'v2', code: 'leercultuur', versionNumber: 2, latest: true, nameNl: 'Leercultuurscan', nameEn: 'Learning culture scan',
  descriptionNl: 'Zes onderdelen van leercultuur.', descriptionEn: 'Six parts of learning culture.', createdAt: '2026-11-01T10:00:00Z',
  dimensions: [{ code: 'delen', labelNl: 'Kennis delen', labelEn: 'Sharing knowledge' }, { code: 'leiding', labelNl: 'Leiding', labelEn: 'Leadership' }],
  items: [item('delen-1', 'delen', 'We vertellen elkaar wat we leren.'), item('delen-2', 'delen', 'Kennis blijft bij één persoon hangen.', true),
    item('leiding-1', 'leiding', 'Mijn leidinggevende vraagt wat ik leerde.')] };
const V1 = { ...V2, id: 'v1', versionNumber: 1, latest: false, createdAt: '2026-01-01T10:00:00Z' };
const page = (items: unknown[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });

function api(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/themes': () => json(THEMES),
    'GET /api/v1/instruments': () => json(page([V2, V1])),
    'GET /api/v1/instruments/v1': () => json(V1),
    'GET /api/v1/instruments/v2': () => json(V2),
    ...extra,
  });
}

describe('InstrumentsPage and InstrumentPage', () => {
  it('lists the newest version of each questionnaire with its earlier ones, and shows one version per dimension', async () => {
    api();
    renderApp('/vragenlijsten', PARTNER);
    const list = await screen.findByRole('list', { name: 'Vragenlijsten' });
    expect(within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Leercultuurscan']);
    expect(within(list).getByText('Versie 2 · 2 onderdelen · 3 stellingen')).toBeInTheDocument();
    expect(within(within(list).getByRole('list', { name: 'Eerdere versies' })).getByRole('link', { name: 'Versie 1' }))
      .toHaveAttribute('href', '/vragenlijsten/v1');
    expect(screen.queryByRole('link', { name: 'Nieuwe vragenlijst' })).not.toBeInTheDocument();

    await userEvent.click(within(list).getByRole('link', { name: 'Versie 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leercultuurscan' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Er is een nieuwere versie: Leercultuurscan, versie 2.' }))
      .toHaveAttribute('href', '/vragenlijsten/v2');
    const sharing = screen.getByRole('list', { name: 'Stellingen: Kennis delen' });
    expect(within(sharing).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['We vertellen elkaar wat we leren.',
      'Kennis blijft bij één persoon hangen.omgekeerd']);
    expect(screen.getByText(/wijst eens zijn op een zwakkere leercultuur/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Zo antwoorden medewerkers' })).getAllByRole('listitem')).toHaveLength(6);
    expect(screen.queryByRole('link', { name: 'Nieuwe versie maken' })).not.toBeInTheDocument();

    await i18n.changeLanguage('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Learning culture scan' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Statements: Sharing knowledge' })).toHaveTextContent('EN We vertellen elkaar wat we leren.');
  });

  it('says so when a questionnaire does not exist', async () => {
    api({ 'GET /api/v1/instruments/weg': () => problem(404, { title: 'Niet gevonden' }) });
    renderApp('/vragenlijsten/weg');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vragenlijst niet gevonden' })).toBeInTheDocument();
  });
});

describe('InstrumentEditorPage', () => {
  it('lets staff make a new version from a copy, add a statement, and shows the API’s refusal at the statement it names', async () => {
    let answer = () => problem(400, { title: 'Bad Request', detail: 'Controleer de velden.',
      errors: [{ field: 'items[2].textEn', message: 'mag niet leeg zijn' }, { field: 'items', message: 'tussen 1 en 100' }] });
    const mock = api({ 'POST /api/v1/instruments': () => answer(),
      'GET /api/v1/instruments/v3': () => json({ ...V2, id: 'v3', versionNumber: 3 }) });
    renderApp('/vragenlijsten/v2', STAFF);
    await userEvent.click(await screen.findByRole('link', { name: 'Nieuwe versie maken' }));
    const form = await screen.findByRole('form', { name: 'Nieuwe versie van Leercultuurscan' });
    expect(within(form).queryByRole('textbox', { name: 'Code' })).not.toBeInTheDocument();
    const sharing = within(form).getByRole('region', { name: 'Onderdeel 1: Kennis delen' });
    const statements = () => within(sharing).getAllByRole('group', { name: /^Stelling \d+ van onderdeel 1$/ });
    expect(statements().map((g) => g.querySelector('legend')?.textContent)).toEqual(['Stelling 1 van onderdeel 1', 'Stelling 2 van onderdeel 1']);
    expect(within(statements()[1]).getByRole('checkbox', { name: /Omgekeerd/ })).toBeChecked();

    await userEvent.click(within(sharing).getByRole('button', { name: 'Stelling toevoegen aan onderdeel 1' }));
    const added = statements()[2];
    expect(within(added).getByRole('textbox', { name: 'Code van de stelling' })).toHaveValue('delen-3');
    await userEvent.type(within(added).getByRole('textbox', { name: 'Stelling (Nederlands)' }), 'We leren van fouten.');
    await userEvent.click(within(form).getByRole('button', { name: 'Nieuwe versie opslaan' }));

    expect(await screen.findByText('tussen 1 en 100')).toBeInTheDocument();
    expect(within(added).getByRole('textbox', { name: 'Stelling (Engels)' })).toHaveAccessibleDescription('mag niet leeg zijn');
    const body = mock.calls('POST', '/api/v1/instruments')[0].body as ReturnType<typeof requestOf>;
    expect(body.code).toBe('leercultuur');
    expect(body.dimensions.map((d) => d.code)).toEqual(['delen', 'leiding']);
    expect(body.items.map((i) => `${i.dimension}/${i.code}/${i.reverseScored}`)).toEqual(['delen/delen-1/false', 'delen/delen-2/true',
      'delen/delen-3/false', 'leiding/leiding-1/false']);

    answer = () => json({ ...V2, id: 'v3', versionNumber: 3 }, { status: 201 });
    await userEvent.type(within(added).getByRole('textbox', { name: 'Stelling (Engels)' }), 'We learn from mistakes.');
    await userEvent.click(within(form).getByRole('button', { name: 'Nieuwe versie opslaan' }));
    expect(await screen.findByText('Vragenlijst Leercultuurscan, versie 3, is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByText(/^Versie 3, de nieuwste versie/)).toBeInTheDocument();
  });

  it('lets staff start a questionnaire from nothing and remove what they added; others are told it is for staff', async () => {
    const mock = api({ 'POST /api/v1/instruments': () => json({ ...V2, id: 'n1', code: 'zorg', versionNumber: 1 }, { status: 201 }) });
    renderApp('/vragenlijsten/nieuw', STAFF);
    const form = await screen.findByRole('form', { name: 'Nieuwe vragenlijst' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Code' }), 'zorg');
    await userEvent.click(within(form).getByRole('button', { name: 'Onderdeel toevoegen' }));
    expect(within(form).getAllByRole('region')).toHaveLength(2);
    await userEvent.click(within(form).getByRole('button', { name: 'Onderdeel 2 weghalen' }));
    expect(within(form).getAllByRole('region')).toHaveLength(1);
    await userEvent.click(within(form).getByRole('button', { name: 'Vragenlijst opslaan' }));
    expect(mock.calls('POST', '/api/v1/instruments')[0].body).toMatchObject({ code: 'zorg', dimensions: [{ code: '' }],
      items: [{ code: '', dimension: '' }] });

    api();
    renderApp('/vragenlijsten/nieuw', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });

  it('maps the API’s field names to the form: a statement by its place across the dimensions, its dimension to the dimension’s code', () => {
    const draft = { code: 'x', nameNl: '', nameEn: '', descriptionNl: '', descriptionEn: '', dimensions: [
      { key: 1, code: 'a', labelNl: '', labelEn: '', items: [{ key: 2, code: 'a1', textNl: '', textEn: '', reverseScored: false }] },
      { key: 3, code: 'b', labelNl: '', labelEn: '', items: [{ key: 4, code: 'b1', textNl: '', textEn: '', reverseScored: false },
        { key: 5, code: 'b2', textNl: '', textEn: '', reverseScored: false }] }] };
    expect(controlOf('items[0].code', draft)).toBe('ie-d0-i0-code');
    expect(controlOf('items[2].textNl', draft)).toBe('ie-d1-i1-textNl');
    expect(controlOf('items[1].dimension', draft)).toBe('ie-d1-code');
    expect(controlOf('items[3].code', draft)).toBeUndefined();
    expect(controlOf('dimensions[1].labelEn', draft)).toBe('ie-d1-labelEn');
    expect(controlOf('dimensions[0]', draft)).toBe('ie-d0');
    expect(controlOf('nameNl', draft)).toBe('ie-nameNl');
    expect(controlOf('items', draft)).toBeUndefined();
  });
});
