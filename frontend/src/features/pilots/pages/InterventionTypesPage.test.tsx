import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';
import i18n from '../../../i18n';

const intervisie = { id: 'i1', code: 'intervisie', labelNl: 'Intercollegiaal leren en intervisie', labelEn: 'Peer learning and intervision',
  descriptionNl: 'Collega’s bespreken vraagstukken uit hun werk.', descriptionEn: 'Colleagues discuss questions from their work.',
  ingredientsNl: ['Vaste groep en vaste ritme', 'Een gespreksmethode met rollen'], ingredientsEn: ['A fixed group', 'A method with roles'],
  version: 0 };

describe('InterventionTypesPage', () => {
  it('lists the intervention types with their active ingredients, in Dutch and in English', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/intervention-types': () => json({ items: [intervisie], page: 0, size: 100, totalItems: 1, totalPages: 1 }),
      'GET /api/v1/intervention-types/intervisie': () => json(intervisie),
    });
    renderApp('/interventies');
    const ingredients = await screen.findByRole('list', { name: 'Werkzame elementen: Intercollegiaal leren en intervisie' });
    expect(within(ingredients).getAllByRole('listitem').map((li) => li.textContent)).toEqual(intervisie.ingredientsNl);
    await userEvent.click(screen.getByRole('link', { name: 'Intercollegiaal leren en intervisie' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Intercollegiaal leren en intervisie' })).toBeInTheDocument();
    await i18n.changeLanguage('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Peer learning and intervision' })).toBeInTheDocument();
    expect(screen.getByText('A method with roles')).toBeInTheDocument();
  });

  it('says so when an intervention type does not exist', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/intervention-types/weg': () => problem(404, { title: 'Niet gevonden' }),
    });
    renderApp('/interventies/weg');
    expect(await screen.findByRole('heading', { level: 1, name: 'Interventietype niet gevonden' })).toBeInTheDocument();
  });
});

describe('InterventionTypeEditor', () => {
  it('lets staff add an intervention type with its ingredients, one per line, and shows the API’s refusal beside the field', async () => {
    let answer = () => problem(400, { title: 'Bad Request', detail: 'Controleer de velden.',
      errors: [{ field: 'code', message: 'kleine letters en streepjes' }, { field: 'ingredientsEn[1]', message: 'mag niet leeg zijn' }] });
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/intervention-types': () => json({ items: [intervisie], page: 0, size: 100, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/intervention-types': () => answer(),
    });
    renderApp('/interventies', STAFF);
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw interventietype' }));
    const form = screen.getByRole('form', { name: 'Nieuw interventietype' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Code' }), 'Praktijk Leren');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam (Nederlands)' }), 'Praktijkleren');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Naam (Engels)' }), 'Practice-based learning');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Beschrijving (Nederlands)' }), 'Leren in echte opdrachten.');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Beschrijving (Engels)' }), 'Learning in real assignments.');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Werkzame elementen (Nederlands)' }), 'Echte opdrachten{enter}  {enter}Een begeleider');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Werkzame elementen (Engels)' }), 'Real assignments');
    await userEvent.click(within(form).getByRole('button', { name: 'Interventietype toevoegen' }));
    expect(await within(form).findByText('kleine letters en streepjes')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Werkzame elementen (Engels)' })).toHaveAccessibleDescription(/mag niet leeg zijn/);
    expect(mock.calls('POST', '/api/v1/intervention-types')[0].body).toEqual({ code: 'Praktijk Leren', labelNl: 'Praktijkleren',
      labelEn: 'Practice-based learning', descriptionNl: 'Leren in echte opdrachten.', descriptionEn: 'Learning in real assignments.',
      ingredientsNl: ['Echte opdrachten', 'Een begeleider'], ingredientsEn: ['Real assignments'] });
    answer = () => json({ ...intervisie, code: 'praktijkleren', labelNl: 'Praktijkleren' }, { status: 201 });
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Code' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Code' }), 'praktijkleren');
    await userEvent.click(within(form).getByRole('button', { name: 'Interventietype toevoegen' }));
    expect(await screen.findByText('Interventietype Praktijkleren is toegevoegd.')).toBeInTheDocument();
  });

  it('lets staff change an intervention type with If-Match on its version', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/intervention-types/intervisie': () => json({ ...intervisie, version: 4 }),
      'GET /api/v1/pilots': () => json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
      'PUT /api/v1/intervention-types/intervisie': () => json({ ...intervisie, version: 5 }),
    });
    renderApp('/interventies/intervisie', STAFF);
    await userEvent.click(await screen.findByRole('button', { name: 'Interventietype wijzigen' }));
    const dutch = screen.getByRole('textbox', { name: 'Werkzame elementen (Nederlands)' });
    expect(dutch).toHaveValue('Vaste groep en vaste ritme\nEen gespreksmethode met rollen');
    await userEvent.type(dutch, '{enter}Een begeleider van buiten');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    const put = mock.calls('PUT', '/api/v1/intervention-types/intervisie')[0];
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect((put.body as { ingredientsNl: string[] }).ingredientsNl).toEqual(['Vaste groep en vaste ritme', 'Een gespreksmethode met rollen',
      'Een begeleider van buiten']);
  });
});
