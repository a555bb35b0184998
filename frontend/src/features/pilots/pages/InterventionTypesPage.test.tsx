import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
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
