import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, PARTNER } from '../../../test/render';
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
});
