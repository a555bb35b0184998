import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { item, THEMES } from '../../../test/fixtures';

const LIST = '/api/v1/knowledge-items';

describe('NewItemPage', () => {
  it('shows the API field errors beside the fields and in a summary that links to them', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`POST ${LIST}`]: () =>
        problem(400, {
          title: 'Invalid request',
          detail: '3 fields are invalid',
          errors: [
            { field: 'authors[1]', message: 'must be at most 200 characters' },
            { field: 'title', message: 'must be 3 to 300 characters' },
            { field: 'themes', message: 'choose 1 to 10 themes' },
          ],
        }),
    });
    renderApp('/kennisbank/nieuw', PARTNER);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kennis delen' })).toBeInTheDocument();
    expect(screen.getByText(/wordt eerst beoordeeld door het programmateam/)).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Ab');
    await userEvent.type(screen.getByRole('textbox', { name: /^Samenvatting/ }), 'Een samenvatting van ons voorbeeld.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Auteur 1' }), 'Jansen, B.');
    await userEvent.click(screen.getByRole('button', { name: 'Auteur toevoegen' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Auteur 2' }), 'X'.repeat(20));
    await userEvent.click(screen.getByRole('button', { name: 'Voorstel indienen' }));

    // The request carried what was typed; the API is the judge.
    await waitFor(() => expect(mock.calls('POST', LIST)).toHaveLength(1));
    const body = mock.calls('POST', LIST)[0].body as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'PRACTICE_EXAMPLE', title: 'Ab', authors: ['Jansen, B.', 'X'.repeat(20)], visibility: 'PUBLIC' });
    expect(body).not.toHaveProperty('status');

    // Beside the fields …
    const title = screen.getByRole('textbox', { name: /^Titel/ });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/must be 3 to 300 characters/);
    const author2 = screen.getByRole('textbox', { name: 'Auteur 2' });
    expect(author2).toHaveAttribute('aria-invalid', 'true');
    expect(author2).toHaveAccessibleDescription('must be at most 200 characters');
    expect(screen.getByRole('textbox', { name: 'Auteur 1' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: /Thema's/ })).toHaveAccessibleDescription(/choose 1 to 10 themes/);

    // … and in a focused summary, in form order, linking to them.
    const summary = screen.getByRole('heading', { name: 'Controleer de volgende punten' }).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Titel: must be 3 to 300 characters',
      "Thema's: choose 1 to 10 themes",
      'Auteur 2: must be at most 200 characters',
    ]);
    await userEvent.click(links[2]);
    await waitFor(() => expect(author2).toHaveFocus());
  });

  it('lets staff choose the status and goes to the new item after saving', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      [`POST ${LIST}`]: ({ body }) => json(item({ id: 'new-1', ...(body as object) }), { status: 201 }),
      'GET /api/v1/knowledge-items/new-1': () => json(item({ id: 'new-1', title: 'Nieuw onderzoek' }), { headers: { ETag: '"0"' } }),
      'GET /api/v1/knowledge-items/new-1/related': () => json({ items: [] }),
      'GET /api/v1/knowledge-items/new-1/history': () => json([]),
    });
    const { router } = renderApp('/kennisbank/nieuw', STAFF);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /^Soort/ }), 'Onderzoek');
    await userEvent.type(screen.getByRole('textbox', { name: /^Titel/ }), 'Nieuw onderzoek');
    await userEvent.type(screen.getByRole('textbox', { name: /^Samenvatting/ }), 'Een samenvatting van het onderzoek.');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Feedback' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Status na opslaan/ }), 'Gepubliceerd');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/kennisbank/new-1'));
    expect(mock.calls('POST', LIST)[0].body).toMatchObject({ type: 'RESEARCH', themes: ['feedback'], status: 'PUBLISHED' });
    expect(await screen.findByText('Het kennisitem is opgeslagen.')).toBeInTheDocument();
  });

  it('asks visitors to sign in instead of showing the form', async () => {
    mockFetch({ 'GET /api/v1/themes': () => json(THEMES) });
    const { calls } = renderApp('/kennisbank/nieuw');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen nodig' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Titel/ })).not.toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Inloggen' }));
    expect(calls.login).toBe(1);
  });
});
