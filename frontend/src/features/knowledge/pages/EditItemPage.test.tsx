import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { item, STAFF_ON_REVIEW, THEMES } from '../../../test/fixtures';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const PATH = `/api/v1/knowledge-items/${ID}`;

describe('EditItemPage', () => {
  it('sends If-Match with the version it loaded and explains a 412 clearly, with a reload', async () => {
    let version = 3;
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () => json(item({ version, title: `Versie ${version}`, ...STAFF_ON_REVIEW }), { headers: { ETag: `"${version}"` } }),
      [`PUT ${PATH}`]: () => problem(412, { title: 'Precondition Failed', detail: 'The item was changed by someone else' }),
    });
    renderApp(`/kennisbank/${ID}/bewerken`, STAFF);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    expect(title).toHaveValue('Versie 3');
    await userEvent.clear(title);
    await userEvent.type(title, 'Mijn wijziging');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByText(/Iemand anders heeft dit item intussen gewijzigd/);
    expect(alert).toBeInTheDocument();
    const put = mock.calls('PUT', PATH)[0];
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ title: 'Mijn wijziging' });
    expect(put.body).not.toHaveProperty('status');

    version = 4;
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Versie 4'));
    expect(screen.queryByText(/Iemand anders heeft dit item intussen gewijzigd/)).not.toBeInTheDocument();
  });

  it('tells a partner that the item goes back to review, and refuses an item they cannot edit', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () =>
        json(item({ status: 'PUBLISHED', submittedBy: { subject: PARTNER.subject!, name: 'Bram Jansen' } }), { headers: { ETag: '"3"' } }),
    });
    renderApp(`/kennisbank/${ID}/bewerken`, PARTNER);
    expect(await screen.findByText('Je kunt dit item niet (meer) bewerken.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Titel/ })).not.toBeInTheDocument();
  });
});
