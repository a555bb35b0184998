import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { item, PROPOSER_WHILE_OPEN, STAFF_ON_REVIEW, summary, THEMES } from '../../../test/fixtures';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const PATH = `/api/v1/knowledge-items/${ID}`;

function mockItem(overrides = {}) {
  return mockFetch({
    'GET /api/v1/themes': () => json(THEMES),
    [`GET ${PATH}`]: () => json(item(overrides), { headers: { ETag: '"3"' } }),
    [`GET ${PATH}/related`]: () => json({ items: [summary({ id: 'r1', title: 'Feedback in teams' })] }),
    [`GET ${PATH}/history`]: () =>
      json([{ fromStatus: 'DRAFT', toStatus: 'IN_REVIEW', comment: 'Graag beoordelen', actorName: 'Bram Jansen', at: '2024-01-11T10:00:00Z' }]),
    [`POST ${PATH}/status`]: ({ body }) =>
      (body as { comment: string }).comment
        ? json(item({ ...overrides, status: (body as { status: 'PUBLISHED' }).status }))
        : problem(400, { title: 'Invalid request', errors: [{ field: 'comment', message: 'explain the change in a comment' }] }),
  });
}

describe('ItemPage', () => {
  it('shows a visitor the item, its metadata, citations and related items, without workflow', async () => {
    const mock = mockItem();
    renderApp(`/kennisbank/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leren op de werkvloer' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 4, name: 'Aanpak' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'de bron' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await screen.findByRole('link', { name: 'Feedback in teams' })).toHaveAttribute('href', '/kennisbank/r1');
    expect(screen.getByText('Leiderschap')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kopieer APA-verwijzing' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Status wijzigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(mock.calls('GET', `${PATH}/history`)).toHaveLength(0);
  });

  it('shows a clear not-found page for items the caller may not see', async () => {
    mockFetch({ [`GET ${PATH}`]: () => problem(404, { title: 'Not Found' }), 'GET /api/v1/themes': () => json(THEMES) });
    renderApp(`/kennisbank/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kennisitem niet gevonden' })).toBeInTheDocument();
  });

  it('lets staff publish with a required comment, after confirmation', async () => {
    const mock = mockItem({ status: 'IN_REVIEW', submittedBy: { subject: PARTNER.subject!, name: 'Bram Jansen' }, ...STAFF_ON_REVIEW });
    renderApp(`/kennisbank/${ID}`, STAFF);
    await screen.findByRole('heading', { level: 2, name: 'Status wijzigen' });
    expect(screen.getByText('Wacht op beoordeling')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Graag beoordelen' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Publiceren' }));
    const confirm = screen.getByRole('group', { name: 'Publiceren: weet je het zeker?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, publiceren' }));
    expect(within(confirm).getByRole('textbox', { name: /Toelichting/ })).toHaveAccessibleDescription(/Vul een toelichting in/);
    expect(mock.calls('POST', `${PATH}/status`)).toHaveLength(0);

    await userEvent.type(within(confirm).getByRole('textbox', { name: /Toelichting/ }), 'Mooi voorbeeld');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, publiceren' }));
    await waitFor(() => expect(mock.calls('POST', `${PATH}/status`)).toHaveLength(1));
    expect(mock.calls('POST', `${PATH}/status`)[0].body).toEqual({ status: 'PUBLISHED', comment: 'Mooi voorbeeld' });
    expect(await screen.findByText('De status is gewijzigd naar “Gepubliceerd”.')).toBeInTheDocument();
  });

  it('offers the submitting partner the edit button while in review', async () => {
    mockItem({ status: 'IN_REVIEW', submittedBy: { subject: PARTNER.subject!, name: 'Bram Jansen' }, ...PROPOSER_WHILE_OPEN });
    renderApp(`/kennisbank/${ID}`, PARTNER);
    expect(await screen.findByRole('link', { name: 'Bewerken' })).toHaveAttribute('href', `/kennisbank/${ID}/bewerken`);
    expect(screen.queryByRole('heading', { name: 'Status wijzigen' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Geschiedenis' })).toBeInTheDocument();
  });

  it('shows staff only the buttons the API allows for this item, whatever the role', async () => {
    mockItem({ status: 'IN_REVIEW', allowedActions: ['CHANGE_STATUS'], allowedTransitions: ['PUBLISHED'] });
    renderApp(`/kennisbank/${ID}`, STAFF);
    const actions = (await screen.findByRole('heading', { level: 2, name: 'Status wijzigen' })).closest('section') ?? document.body;
    expect(within(actions).getByRole('button', { name: 'Publiceren' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Verwijderen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Geschiedenis' })).not.toBeInTheDocument();
    expect(within(actions).getAllByRole('button')).toHaveLength(1);
  });
});
