import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../test/render';
import { json, mockFetch, problem } from '../../../test/fetchMock';
import { THEMES } from '../../../test/fixtures';
import i18n from '../../../i18n';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const SURVEY = { label: 'Nulmeting', pilotTitle: 'Intervisie in de bakkerij', closesOn: '2026-12-20', alreadyAnswered: false,
  instrument: { id: 'i1', code: 'leercultuur', versionNumber: 1, latest: true, nameNl: 'Leercultuurscan', nameEn: 'Learning culture scan',
    descriptionNl: 'Korte vragen.', descriptionEn: 'Short questions.', createdAt: '2026-11-01T10:00:00Z',
    dimensions: [{ code: 'delen', labelNl: 'Kennis delen', labelEn: 'Sharing knowledge' }, { code: 'leiding', labelNl: 'Leiding', labelEn: 'Leadership' }],
    items: [{ code: 'd1', dimension: 'delen', textNl: 'We delen kennis.', textEn: 'We share knowledge.', reverseScored: false },
      { code: 'd2', dimension: 'delen', textNl: 'Kennis blijft hangen.', textEn: 'Knowledge gets stuck.', reverseScored: true },
      { code: 'l1', dimension: 'leiding', textNl: 'Mijn baas praat over leren.', textEn: 'My boss talks about learning.', reverseScored: false }] } };

function api(extra: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  return mockFetch({ 'GET /api/v1/themes': () => json(THEMES), [`GET /api/v1/surveys/${TOKEN}`]: () => json(SURVEY), ...extra });
}

describe('AnonymousSurveyPage', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => i18n.changeLanguage('nl'));

  it('asks the questions by dimension, shows the progress, and sends the scores with null for "don\'t know"', async () => {
    const mock = api({ [`POST /api/v1/surveys/${TOKEN}/responses`]: () => new Response(null, { status: 201 }) });
    renderApp(`/vragenlijst/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leercultuurscan' })).toBeInTheDocument();
    expect(screen.getByText(/alleen je antwoorden en de dag/)).toBeInTheDocument();
    expect(screen.getByText('Nulmeting van de pilot Intervisie in de bakkerij')).toBeInTheDocument();
    const sharing = screen.getByRole('region', { name: 'Kennis delen' });
    expect(within(sharing).getAllByRole('radiogroup')).toHaveLength(2);
    expect(screen.getByLabelText('0 van 3 vragen beantwoord')).toHaveAttribute('value', '0');
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'We delen kennis.' })).getByRole('radio', { name: 'Mee eens' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Kennis blijft hangen.' })).getByRole('radio', { name: 'Weet ik niet' }));
    expect(screen.getByLabelText('2 van 3 vragen beantwoord')).toHaveAttribute('value', '2');
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    const thanks = await screen.findByRole('heading', { level: 1, name: 'Bedankt!' });
    await waitFor(() => expect(thanks.parentElement).toHaveFocus());
    expect(mock.calls('POST', `/api/v1/surveys/${TOKEN}/responses`)[0].body).toEqual({ answers: { d1: 4, d2: null } });
    expect(window.localStorage.getItem(`hub.survey.answered.${TOKEN}`)).toBe('1');
  });

  it('follows the language the respondent chooses', async () => {
    api();
    await i18n.changeLanguage('en');
    renderApp(`/vragenlijst/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Learning culture scan' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sharing knowledge' })).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'We share knowledge.' })).getByRole('radio', { name: 'Strongly agree' })).toBeInTheDocument();
  });

  it('shows the API\'s refusal of an answer and keeps the form', async () => {
    api({ [`POST /api/v1/surveys/${TOKEN}/responses`]: () => problem(400, { title: 'Bad Request', errors: [{ field: 'answers',
      message: 'beantwoord minstens één vraag' }] }) });
    renderApp(`/vragenlijst/${TOKEN}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('beantwoord minstens één vraag')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Versturen' })).toBeInTheDocument();
  });

  it('says so when the API finds this browser already answered', async () => {
    api({ [`POST /api/v1/surveys/${TOKEN}/responses`]: () => problem(409, { title: 'Conflict', detail: 'Al ingevuld.' }) });
    renderApp(`/vragenlijst/${TOKEN}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Versturen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je hebt deze vragenlijst al ingevuld' })).toBeInTheDocument();
  });

  it('says when the survey is closed, unknown, or already answered in this browser', async () => {
    api({ [`GET /api/v1/surveys/${TOKEN}`]: () => problem(410, { title: 'Gone', detail: 'Deze vragenlijst is gesloten: de laatste dag is voorbij.' }) });
    const closed = renderApp(`/vragenlijst/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze vragenlijst is gesloten' })).toBeInTheDocument();
    expect(screen.getByText(/de laatste dag is voorbij/)).toBeInTheDocument();
    closed.unmount();
    api({ [`GET /api/v1/surveys/${TOKEN}`]: () => json({ ...SURVEY, alreadyAnswered: true }) });
    renderApp(`/vragenlijst/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Je hebt deze vragenlijst al ingevuld' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Versturen' })).not.toBeInTheDocument();
  });
});
