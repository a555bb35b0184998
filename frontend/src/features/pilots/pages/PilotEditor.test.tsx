import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';
import { ORGANIZATIONS, PILOT, TYPES, page } from '../components/testData';
import { parseAmount } from '../components/formModel';

const MEMBERS = page([{ id: 'm1', name: 'Bram Jansen', organization: { id: 'o1', name: 'Bakkerij Jansen B.V.' } },
  { id: 'm2', name: 'Carla Bos', organization: { id: 'o2', name: 'ROC Midden' } }]);
const KNOWLEDGE = { ...page([{ id: 'k7', title: 'Leren in het mkb' }]), facets: {} };

function api(extra: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  return mockFetch({
    'GET /api/v1/themes': () => json(THEMES),
    'GET /api/v1/intervention-types': () => json(TYPES),
    'GET /api/v1/organizations': () => json(ORGANIZATIONS),
    'GET /api/v1/members': () => json(MEMBERS),
    'GET /api/v1/knowledge-items': () => json(KNOWLEDGE),
    'GET /api/v1/pilots/p1': () => json(PILOT, { headers: { ETag: '"3"' } }),
    'GET /api/v1/pilots/p1/history': () => json([]),
    'GET /api/v1/pilots/p1/journal': () => json(page([])),
    ...extra,
  });
}

describe('parseAmount', () => {
  it('reads Dutch and English notation, and passes anything else on for the API to judge', () => {
    expect(parseAmount('18.500,50')).toBe(18500.5);
    expect(parseAmount('€ 18500')).toBe(18500);
    expect(parseAmount('18500.5')).toBe(18500.5);
    expect(parseAmount('1.500')).toBe(1500);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('veel')).toBe('veel');
  });
});

describe('NewPilotPage', () => {
  it('lets staff register a pilot with two organisations, a contact, costs and knowledge', async () => {
    const mock = api({ 'POST /api/v1/pilots': () => json({ ...PILOT, id: 'p9' }, { status: 201 }), 'GET /api/v1/pilots/p9': () => json(PILOT) });
    renderApp('/pilots/nieuw', STAFF);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Titel/ }), 'Intervisie voor voormannen');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Soort interventie/ }), await screen.findByRole('option', { name: 'Mentoring' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^De interventie/ }), 'Elke maand intervisie.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Doel' }), 'Leren van elkaars aanpak.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Organisatie 1' }), await screen.findByRole('option', { name: 'Bakkerij Jansen B.V.' }));
    await userEvent.click(screen.getByRole('button', { name: 'Organisatie toevoegen' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Organisatie 2' }), 'ROC Midden');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rol van organisatie 2' }), 'Onderwijspartner');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Contactpersoon/ }), await screen.findByRole('option', { name: 'Carla Bos (ROC Midden)' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Totale kosten/ }), '18.500,50');
    await userEvent.type(screen.getByRole('spinbutton', { name: /^Aantal deelnemers/ }), '12');
    await userEvent.type(screen.getByRole('searchbox', { name: /^Zoek in de kennisbank/ }), 'leren');
    await userEvent.click(await screen.findByRole('button', { name: 'Toevoegen: Leren in het mkb' }));
    expect(mock.calls('GET', '/api/v1/members').at(-1)!.url.searchParams.getAll('organization')).toEqual(['o1', 'o2']);
    await userEvent.click(screen.getByRole('button', { name: 'Pilot registreren' }));
    expect(await screen.findByText('De pilot is geregistreerd als idee.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/pilots')[0].body).toEqual({
      title: 'Intervisie voor voormannen', interventionTypeCode: 'mentoring', intervention: 'Elke maand intervisie.',
      goal: 'Leren van elkaars aanpak.', organizations: [{ organizationId: 'o1', role: 'EXECUTING' }, { organizationId: 'o2', role: 'EDUCATION_PARTNER' }],
      contactMemberId: 'm2', costTotal: 18500.5, participantCount: 12, knowledgeItemIds: ['k7'],
    });
  });

  it('shows the API’s refusal beside the fields and in a summary that takes focus, and stays on the form', async () => {
    api({ 'POST /api/v1/pilots': () => problem(400, { title: 'Bad Request', detail: 'Controleer de velden.',
      errors: [{ field: 'endsOn', message: 'mag niet voor de start liggen' }, { field: 'organizations[0].role', message: 'onbekende rol' }] }) });
    renderApp('/pilots/nieuw', STAFF);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Titel/ }), 'Een pilot');
    await userEvent.click(screen.getByRole('button', { name: 'Pilot registreren' }));
    const summary = await screen.findByRole('heading', { name: 'Controleer deze velden' });
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Einddatum: mag niet voor de start liggen' })).toHaveAttribute('href', '#pf-endsOn');
    expect(screen.getByRole('link', { name: 'Deelnemende organisaties: onbekende rol' })).toHaveAttribute('href', '#pf-role-0');
    expect(screen.getByLabelText(/^Einddatum/)).toHaveAccessibleDescription('mag niet voor de start liggen');
    expect(screen.getByRole('combobox', { name: 'Rol van organisatie 1' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Nieuwe pilot' })).toBeInTheDocument();
  });
});

describe('EditPilotPage', () => {
  it('lets a partner of the executing organisation change the pilot, but not who takes part', async () => {
    const mock = api({ 'PUT /api/v1/pilots/p1': () => json({ ...PILOT, targetGroup: 'Ploegleiders' }) });
    renderApp('/pilots/p1/wijzigen', PARTNER);
    const target = await screen.findByRole('textbox', { name: /^Doelgroep/ });
    expect(screen.queryByRole('combobox', { name: 'Organisatie 1' })).not.toBeInTheDocument();
    expect(screen.getByText(/Bakkerij Jansen B.V. · Uitvoerend/)).toBeInTheDocument();
    expect(screen.getByText('Welke organisaties deelnemen en in welke rol, wijzigt het programmateam.')).toBeInTheDocument();
    await userEvent.type(target, 'Ploegleiders');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    const put = mock.calls('PUT', '/api/v1/pilots/p1')[0];
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toMatchObject({ targetGroup: 'Ploegleiders', costTotal: 1800, participantCount: 12, contactMemberId: 'm1',
      organizations: [{ organizationId: 'o1', role: 'EXECUTING' }, { organizationId: 'o2', role: 'EDUCATION_PARTNER' }], knowledgeItemIds: ['k1'] });
  });

  it('says when someone else changed the pilot first, and loads the newest version', async () => {
    const mock = api({ 'PUT /api/v1/pilots/p1': () => problem(412, { title: 'Precondition Failed', detail: 'stale' }) });
    renderApp('/pilots/p1/wijzigen', STAFF);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Doelgroep/ }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft deze pilot intussen gewijzigd/)).toBeInTheDocument();
    const before = mock.calls('GET', '/api/v1/pilots/p1').length;
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(mock.calls('GET', '/api/v1/pilots/p1').length).toBe(before + 1));
  });
});

describe('Journal', () => {
  it('lets the people taking part write a note and correct their own within a day', async () => {
    const entry = { id: 'j1', text: 'Eerste bijeenkomst.', author: 'Bram Jansen', writtenAt: '2026-11-28T09:00:00Z', editable: true };
    const other = { id: 'j0', text: 'Start.', author: 'Carla Bos', writtenAt: '2026-11-20T09:00:00Z', editable: false };
    let notes = [other];
    const mock = api({
      'GET /api/v1/pilots/p1/journal': () => json(page(notes)),
      'POST /api/v1/pilots/p1/journal': () => { notes = [entry, other]; return json(entry, { status: 201 }); },
      'PUT /api/v1/pilots/p1/journal/j1': (r) => json({ ...entry, text: (r.body as { text: string }).text, editedAt: '2026-11-28T10:00:00Z' }),
    });
    renderApp('/pilots/p1', PARTNER);
    const journal = await screen.findByRole('region', { name: 'Logboek' });
    expect(await within(journal).findByText('Start.')).toBeInTheDocument();
    expect(within(journal).queryByRole('button', { name: 'Verbeteren' })).not.toBeInTheDocument();
    await userEvent.type(within(journal).getByRole('textbox', { name: /^Notitie/ }), '  Eerste bijeenkomst.  ');
    await userEvent.click(within(journal).getByRole('button', { name: 'Notitie opslaan' }));
    expect(await within(journal).findByText('De notitie staat in het logboek.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/pilots/p1/journal')[0].body).toEqual({ text: 'Eerste bijeenkomst.' });
    await userEvent.click(await within(journal).findByRole('button', { name: 'Verbeteren' }));
    const correction = within(journal).getByRole('textbox', { name: /^Verbeter je notitie/ });
    await userEvent.clear(correction);
    await userEvent.type(correction, 'Eerste bijeenkomst, zes van de acht.');
    await userEvent.click(within(journal).getByRole('button', { name: 'Verbetering opslaan' }));
    expect(await within(journal).findByText('De notitie is verbeterd.')).toBeInTheDocument();
    expect(mock.calls('PUT', '/api/v1/pilots/p1/journal/j1')[0].body).toEqual({ text: 'Eerste bijeenkomst, zes van de acht.' });
  });

  it('is not shown to whoever may not use it', async () => {
    const mock = api({ 'GET /api/v1/pilots/p1': () => json({ ...PILOT, allowedActions: [] }) });
    renderApp('/pilots/p1', PARTNER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Intervisie voor voormannen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Logboek' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Pilot wijzigen' })).not.toBeInTheDocument();
    expect(mock.calls('GET', '/api/v1/pilots/p1/journal')).toHaveLength(0);
  });
});
