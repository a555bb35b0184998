import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER, STAFF } from '../../../test/render';
import { json, mockFetch } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';

const event = { id: 'e1', title: 'Expeditie Leercultuur — demodag', description: 'De demodag van het programma.', kind: 'DEMO_DAY',
  startsAt: '2027-03-18T08:00:00Z', endsAt: '2027-03-18T15:00:00Z', location: 'Jaarbeurs, Utrecht', capacity: 150,
  seatsTaken: 149, waiting: 0, version: 0 };

describe('EventsPage', () => {
  it('lets a partner register and shows the seats and the calendar link', async () => {
    let registered = false;
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/events': () => json({ items: [registered ? { ...event, seatsTaken: 150, myRegistration: 'REGISTERED' } : event],
        page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/events/e1/registrations': () => {
        registered = true;
        return json({ ...event, seatsTaken: 150, myRegistration: 'REGISTERED' });
      },
    });
    renderApp('/evenementen', PARTNER);
    expect(await screen.findByRole('heading', { level: 2, name: 'Expeditie Leercultuur — demodag' })).toBeInTheDocument();
    expect(screen.getByText('149 van 150 plaatsen bezet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Zet in je agenda/ })).toHaveAttribute('href', '/api/v1/events/e1/calendar.ics');
    await userEvent.click(screen.getByRole('button', { name: /^Aanmelden/ }));
    await waitFor(() => expect(mock.calls('POST', '/api/v1/events/e1/registrations')).toHaveLength(1));
    expect(await screen.findByText('Je bent aangemeld.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Afmelden/ })).toBeInTheDocument();
  });

  it('asks visitors to sign in to register', async () => {
    mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/events': () => json({ items: [event], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
    });
    renderApp('/evenementen');
    expect(await screen.findByText('Log in om je aan te melden.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Aanmelden/ })).not.toBeInTheDocument();
  });

  it('lets staff plan an event, change one with its version, see who comes and cancel it', async () => {
    const mock = mockFetch({
      'GET /api/v1/themes': () => json(THEMES),
      'GET /api/v1/events': () => json({ items: [{ ...event, version: 2 }], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/events': () => json({ ...event, id: 'e2', title: 'Webinar leren' }, { status: 201 }),
      'PUT /api/v1/events/e1': () => json({ ...event, capacity: 200, version: 3 }),
      'GET /api/v1/events/e1/registrations': () => json({ items: [{ name: 'Bram Jansen', email: 'bram@example.org', status: 'REGISTERED',
        registeredAt: '2026-11-28T10:00:00Z' }], page: 0, size: 100, totalItems: 1, totalPages: 1 }),
      'DELETE /api/v1/events/e1': () => new Response(null, { status: 204 }),
    });
    renderApp('/evenementen', STAFF);
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuw evenement' }));
    const form = screen.getByRole('form', { name: 'Een evenement plannen' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Titel/ }), 'Webinar leren');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Beschrijving/ }), 'Een uur over leren op de werkvloer.');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Soort/ }), 'Webinar');
    await userEvent.type(within(form).getByLabelText(/^Begint/), '2027-02-01T15:00');
    await userEvent.type(within(form).getByLabelText(/^Eindigt/), '2027-02-01T16:00');
    await userEvent.type(within(form).getByRole('spinbutton', { name: /^Aantal plaatsen/ }), '80');
    await userEvent.click(within(form).getByRole('button', { name: 'Evenement aanmaken' }));
    expect(await screen.findByText('Webinar leren staat in de lijst.')).toBeInTheDocument();
    expect(mock.calls('POST', '/api/v1/events')[0].body).toMatchObject({ title: 'Webinar leren', kind: 'WEBINAR', capacity: 80,
      startsAt: new Date('2027-02-01T15:00').toISOString() });

    await userEvent.click(screen.getByRole('button', { name: `Deelnemers: ${event.title}` }));
    const attendees = await screen.findByRole('list', { name: `Deelnemers van ${event.title}` });
    expect(within(attendees).getByText(/Bram Jansen/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: `Wijzigen: ${event.title}` }));
    const edit = screen.getByRole('form', { name: `${event.title} wijzigen` });
    const capacity = within(edit).getByRole('spinbutton', { name: /^Aantal plaatsen/ });
    await userEvent.clear(capacity);
    await userEvent.type(capacity, '200');
    await userEvent.click(within(edit).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(mock.calls('PUT', '/api/v1/events/e1')).toHaveLength(1));
    expect(mock.calls('PUT', '/api/v1/events/e1')[0].headers.get('If-Match')).toBe('"2"');
    expect(mock.calls('PUT', '/api/v1/events/e1')[0].body).toMatchObject({ capacity: 200 });

    await userEvent.click(await screen.findByRole('button', { name: `Laten vervallen: ${event.title}` }));
    await userEvent.click(screen.getByRole('button', { name: `Ja, laat het vervallen: ${event.title}` }));
    await waitFor(() => expect(mock.calls('DELETE', '/api/v1/events/e1')).toHaveLength(1));
  });
});
