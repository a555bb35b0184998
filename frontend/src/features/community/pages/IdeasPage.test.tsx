import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const idea = { id: 'i1', title: 'Leerdag voor bakkers', description: 'Een dag bij elkaar in de keuken meekijken.', status: 'NEW',
  submittedBy: 'Bram Jansen', createdAt: '2026-11-28T10:00:00Z', version: 0 };

describe('IdeasPage', () => {
  it('lets a visitor send an idea with an e-mail address, and leaves the robot field empty', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'POST /api/v1/ideas': () => json({ ...idea, submittedBy: undefined }, { status: 201 }),
    });
    renderApp('/ideeen');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Titel/ }), 'Leerdag voor bakkers');
    await userEvent.type(screen.getByRole('textbox', { name: /^Je idee/ }), 'Een dag bij elkaar in de keuken meekijken.');
    await userEvent.type(screen.getByRole('textbox', { name: /^Je e-mailadres/ }), 'bezoeker@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Idee insturen' }));
    expect(await screen.findByText('Dank je wel! Je idee is ontvangen.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/ideas')[0].body).toEqual({ title: 'Leerdag voor bakkers',
      description: 'Een dag bij elkaar in de keuken meekijken.', contactEmail: 'bezoeker@example.org' });
    expect(mock.calls('GET', '/api/v1/ideas')).toHaveLength(0);
  });

  it('shows a partner their ideas with the answer', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/ideas': () => json({ items: [{ ...idea, status: 'ADOPTED', answer: 'We nemen het mee.', answeredBy: 'Anna de Vries' }],
        page: 0, size: 20, totalItems: 1, totalPages: 1 }),
    });
    renderApp('/ideeen', PARTNER);
    const mine = await screen.findByRole('list', { name: 'Mijn ideeën' });
    expect(within(mine).getByText('Overgenomen')).toBeInTheDocument();
    expect(within(mine).getByText('We nemen het mee.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Beantwoorden/ })).not.toBeInTheDocument();
  });

  it('lets staff answer an idea with a status', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/ideas': () => json({ items: [idea], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/ideas/i1/response': () => json({ ...idea, status: 'DECLINED', answer: 'Helaas past dit niet.' }),
    });
    renderApp('/ideeen', STAFF);
    const form = await screen.findByRole('form', { name: 'Beantwoorden: Leerdag voor bakkers' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Nieuwe status' }), 'Niet overgenomen');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Antwoord/ }), 'Helaas past dit niet.');
    await userEvent.click(within(form).getByRole('button', { name: 'Antwoord versturen' }));
    await waitFor(() => expect(mock.calls('POST', '/api/v1/ideas/i1/response')).toHaveLength(1));
    expect(mock.calls('POST', '/api/v1/ideas/i1/response')[0].body).toEqual({ status: 'DECLINED', answer: 'Helaas past dit niet.' });
  });

  it('shows the API\'s first message for a field that broke two rules, at the field', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'POST /api/v1/ideas': () => problem(400, { title: 'Ongeldig verzoek', errors: [
        { field: 'title', message: 'mag niet leeg zijn' }, { field: 'title', message: 'moet minstens 3 tekens hebben' }] }),
    });
    renderApp('/ideeen');
    await userEvent.type(await screen.findByRole('textbox', { name: /^Titel/ }), 'x');
    await userEvent.type(screen.getByRole('textbox', { name: /^Je idee/ }), 'Een dag bij elkaar in de keuken meekijken.');
    await userEvent.click(screen.getByRole('button', { name: 'Idee insturen' }));
    const title = screen.getByRole('textbox', { name: /^Titel/ });
    await waitFor(() => expect(title).toHaveAccessibleDescription(expect.stringContaining('mag niet leeg zijn')));
    expect(screen.queryByText(/moet minstens 3 tekens hebben/)).not.toBeInTheDocument();
  });
});
