import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
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

describe('EditItemPage after a version conflict', () => {
  it('keeps the edits, shows them beside the newest version, and saves them with the newest ETag', async () => {
    let version = 3;
    let puts = 0;
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () => json(item({ version, title: `Versie ${version}`, ...STAFF_ON_REVIEW }), { headers: { ETag: `"${version}"` } }),
      [`PUT ${PATH}`]: () => {
        puts++;
        return puts === 1 ? problem(412, { title: 'Version conflict' }) : json(item({ version: 5, title: 'Mijn wijziging', ...STAFF_ON_REVIEW }));
      },
    });
    const { router } = renderApp(`/kennisbank/${ID}/bewerken`, STAFF);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Mijn wijziging');
    version = 4; // someone else saved meanwhile
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const compare = await screen.findByRole('table', { name: 'Jouw versie en de nieuwste versie naast elkaar' });
    const row = within(compare).getByRole('row', { name: /Titel/ });
    expect(within(row).getByRole('cell', { name: 'Mijn wijziging' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'Versie 4' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Mijn wijziging');

    await userEvent.click(screen.getByRole('button', { name: 'Mijn versie opslaan' }));
    await waitFor(() => expect(mock.calls('PUT', PATH)).toHaveLength(2));
    expect(mock.calls('PUT', PATH)[1].headers.get('If-Match')).toBe('"4"');
    expect(mock.calls('PUT', PATH)[1].body).toMatchObject({ title: 'Mijn wijziging' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/kennisbank/${ID}`));
    // a successful save leaves without the unsaved-changes question
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('lets the user take the newest version instead of their own', async () => {
    let version = 3;
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () => json(item({ version, title: `Versie ${version}`, ...STAFF_ON_REVIEW }), { headers: { ETag: `"${version}"` } }),
      [`PUT ${PATH}`]: () => problem(412, { title: 'Version conflict' }),
    });
    const { router } = renderApp(`/kennisbank/${ID}/bewerken`, STAFF);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Mijn wijziging');
    version = 4;
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('table', { name: 'Jouw versie en de nieuwste versie naast elkaar' });

    await userEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Versie 4'));
    expect(screen.queryByRole('table', { name: 'Jouw versie en de nieuwste versie naast elkaar' })).not.toBeInTheDocument();
    expect(mock.calls('PUT', PATH)).toHaveLength(1);
    // the newest version is the form's new starting point: nothing unsaved
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/kennisbank/${ID}`));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('EditItemPage with unsaved changes', () => {
  it('asks before leaving, stays when asked to, and leaves only when confirmed', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () => json(item({ title: 'Versie 3', ...STAFF_ON_REVIEW }), { headers: { ETag: '"3"' } }),
    });
    const { router } = renderApp(`/kennisbank/${ID}/bewerken`, STAFF);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.type(title, ' aangepast');

    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    const question = await screen.findByRole('alertdialog', { name: 'Wijzigingen niet opgeslagen' });
    await userEvent.click(within(question).getByRole('button', { name: 'Op deze pagina blijven' }));
    expect(router.state.location.pathname).toBe(`/kennisbank/${ID}/bewerken`);
    expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Versie 3 aangepast');

    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Pagina verlaten' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/kennisbank/${ID}`));
  });

  it('asks the browser to warn before the tab is closed or reloaded, only while there are unsaved changes', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () => json(item({ title: 'Versie 3', ...STAFF_ON_REVIEW }), { headers: { ETag: '"3"' } }),
    });
    renderApp(`/kennisbank/${ID}/bewerken`, STAFF);
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await userEvent.type(title, ' aangepast');
    expect(unload()).toBe(true);
    await userEvent.clear(title);
    await userEvent.type(title, 'Versie 3');
    expect(unload()).toBe(false);
  });

  it('lets an unchanged form go without asking', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`GET ${PATH}`]: () => json(item({ title: 'Versie 3', ...STAFF_ON_REVIEW }), { headers: { ETag: '"3"' } }),
    });
    const { router } = renderApp(`/kennisbank/${ID}/bewerken`, STAFF);
    await screen.findByRole('textbox', { name: /^Titel/ });
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/kennisbank/${ID}`));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
