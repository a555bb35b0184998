import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../../i18n';
import { Button, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { saveBlob } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useAuth } from '../../../auth/AuthContext';
import { locale } from '../../../i18n';
import { Link } from '../../../shared/links';
import { QueryError } from '../../../shared/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import './whatworks.css';
import { ScrollRegion } from '../../../shared/ScrollRegion';
import { ViewSwitch } from '../../../shared/ViewSwitch';

type WhatWorks = components['schemas']['WhatWorks'];
type TypeEvidence = components['schemas']['InterventionEvidence'];

/** The forest plot's axis: g from −RANGE to +RANGE (beyond it an interval is cut off; the table has the figures). */
const RANGE = 2;
const pct = (g: number) => ((Math.max(-RANGE, Math.min(RANGE, g)) + RANGE) / (2 * RANGE)) * 100;

function Forest({ type, number }: { type: TypeEvidence; number: Intl.NumberFormat }) {
  const { t } = useTranslation();
  const rows = type.studies.filter((s) => s.hedgesG != null && s.ci95);
  const caption = `${t('evaluations.whatWorks.forestCaption')}: ${type.labelNl}`;
  return (
    <figure className="hub-forest" aria-label={caption}>
      <ul className="hub-forest__rows">
        {rows.map((s) => (
          <li key={s.pilotId} className="hub-forest__row">
            <span className="hub-forest__label">
              <Link to={`/pilots/${s.pilotId}`}>{s.title}</Link>
              <span className="hub-muted"> · g = {number.format(s.hedgesG!)} ({number.format(s.ci95![0])} – {number.format(s.ci95![1])})</span>
            </span>
            <span className="hub-forest__axis" aria-hidden="true">
              <span className="hub-forest__zero" />
              <span className="hub-forest__ci" style={{ insetInlineStart: `${pct(s.ci95![0])}%`, inlineSize: `${pct(s.ci95![1]) - pct(s.ci95![0])}%` }} />
              <span className="hub-forest__point" style={{ insetInlineStart: `${pct(s.hedgesG!)}%` }} />
            </span>
          </li>
        ))}
        {type.pooled && (
          <li className="hub-forest__row hub-forest__row--pooled">
            <span className="hub-forest__label">
              <strong>{t('evaluations.whatWorks.pooled')}</strong>
              <span className="hub-muted"> · g = {number.format(type.pooled.hedgesG)} ({number.format(type.pooled.ci95[0])} – {number.format(type.pooled.ci95[1])})</span>
            </span>
            <span className="hub-forest__axis" aria-hidden="true">
              <span className="hub-forest__zero" />
              <span className="hub-forest__diamond" style={{ insetInlineStart: `${pct(type.pooled.ci95[0])}%`,
                inlineSize: `${pct(type.pooled.ci95[1]) - pct(type.pooled.ci95[0])}%` }} />
            </span>
          </li>
        )}
      </ul>
      <div className="hub-forest__scale" aria-hidden="true">
        <span>{t('evaluations.whatWorks.worse')}</span>
        <span>0</span>
        <span>{t('evaluations.whatWorks.better')}</span>
      </div>
    </figure>
  );
}

function ForestTable({ type, number }: { type: TypeEvidence; number: Intl.NumberFormat }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={`${t('evaluations.whatWorks.forestCaption')}: ${type.labelNl}`}>
      <table className="hub-table">
        <caption>{`${t('evaluations.whatWorks.forestCaption')}: ${type.labelNl}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluations.whatWorks.pilot')}</th>
            <th scope="col">{t('evaluations.whatWorks.respondents')}</th>
            <th scope="col">g</th>
            <th scope="col">{t('evaluations.whatWorks.interval')}</th>
            <th scope="col">{t('evaluations.whatWorks.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {type.studies.map((s) => (
            <tr key={s.pilotId}>
              <th scope="row">
                <Link to={`/pilots/${s.pilotId}`}>{s.title}</Link>
              </th>
              <td>{s.respondents ?? '–'}</td>
              <td>{s.hedgesG != null ? number.format(s.hedgesG) : t('evaluations.whatWorks.noEffect')}</td>
              <td>{s.ci95 ? `${number.format(s.ci95[0])} – ${number.format(s.ci95[1])}` : '–'}</td>
              <td>{t(`evaluations.decision.${s.decision}`)}</td>
            </tr>
          ))}
          {type.pooled && (
            <tr>
              <th scope="row">{t('evaluations.whatWorks.pooled')}</th>
              <td>{type.respondents}</td>
              <td>{number.format(type.pooled.hedgesG)}</td>
              <td>{`${number.format(type.pooled.ci95[0])} – ${number.format(type.pooled.ci95[1])}`}</td>
              <td>–</td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function TypeSection({ type }: { type: TypeEvidence }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const number = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' });
  const label = i18n.language === 'en' ? type.labelEn : type.labelNl;
  const id = `ww-${type.interventionType}`;
  return (
    <section aria-labelledby={id} className="hub-card hub-whatworks__type">
      <Heading2 id={id}>
        <Link to={`/interventies/${type.interventionType}`}>{label}</Link>
      </Heading2>
      <dl className="hub-details">
        <dt>{t('evaluations.whatWorks.evidence')}</dt>
        <dd>
          <strong>{t(`evaluations.evidence.${type.evidence}`)}</strong>
        </dd>
        <dt>{t('evaluations.whatWorks.pilots')}</dt>
        <dd>{t('evaluations.whatWorks.pilotsLine', { count: type.pilots, withEffect: type.pilotsWithEffect, respondents: type.respondents })}</dd>
        {type.pooled && (
          <>
            <dt>{t('evaluations.whatWorks.pooledEffect')}</dt>
            <dd>{t('evaluations.whatWorks.pooledLine', { g: number.format(type.pooled.hedgesG), low: number.format(type.pooled.ci95[0]),
              high: number.format(type.pooled.ci95[1]), i2: Math.round(type.pooled.i2) })}</dd>
          </>
        )}
        {type.medianCostPerParticipant != null && (
          <>
            <dt>{t('evaluations.whatWorks.cost')}</dt>
            <dd>{money.format(type.medianCostPerParticipant)}</dd>
          </>
        )}
        <dt>{t('evaluations.whatWorks.decisions')}</dt>
        <dd>{t('evaluations.whatWorks.decisionsLine', { scaleUp: type.scaleUp, adjust: type.adjust, stop: type.stop })}</dd>
      </dl>
      {type.pilotsWithEffect > 0 && (
        <>
          <ViewSwitch label={`${t('evaluations.whatWorks.show')}: ${label}`} current={view} onChange={setView}
            views={(['chart', 'table'] as const).map((v) => ({ value: v, label: t(`evaluations.whatWorks.${v}`) }))} />
          {view === 'chart' ? <Forest type={type} number={number} /> : <ForestTable type={type} number={number} />}
        </>
      )}
      <Heading3>{t('evaluations.whatWorks.lessons')}</Heading3>
      <ul className="hub-whatworks__lessons">
        {type.studies.map((s) => (
          <li key={s.pilotId}>
            <Link to={`/pilots/${s.pilotId}`}>{s.title}</Link> · {t(`evaluations.decision.${s.decision}`)}
            {s.whatWorked && <Paragraph>{t('evaluations.whatWorks.worked', { text: s.whatWorked })}</Paragraph>}
            {s.whatDidNot && <Paragraph>{t('evaluations.whatWorks.didNot', { text: s.whatDidNot })}</Paragraph>}
            {s.knowledgeItemId && <Link to={`/kennisbank/${s.knowledgeItemId}`}>{t('evaluations.evaluation.practiceExample')}</Link>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "What works": per intervention type, live from the Hub's published pilots, with forest plots, lessons and open data. */
export default function WhatWorksPage() {
  const { t } = useTranslation();
  usePageTitle(t('evaluations.whatWorks.title'));
  const { api } = useAuth();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['evaluations', 'what-works'],
    queryFn: ({ signal }) => api.json<WhatWorks>('/api/v1/insights/what-works', { signal }),
  });
  const download = async () => {
    const { blob, filename } = await api.download('/api/v1/insights/what-works', { query: { format: 'csv' }, fallbackName: 'wat-werkt.csv' });
    saveBlob(blob, filename);
  };
  return (
    <>
      <Heading1>{t('evaluations.whatWorks.title')}</Heading1>
      <Paragraph appearance="lead">{t('evaluations.whatWorks.intro')}</Paragraph>
      <details className="hub-whatworks__rule">
        <summary>{t('evaluations.whatWorks.how')}</summary>
        <Paragraph>{t('evaluations.whatWorks.method')}</Paragraph>
        <Paragraph>{t('evaluations.whatWorks.rule')}</Paragraph>
      </details>
      <Paragraph>
        <Link to="/vragenlijsten">{t('evaluations.whatWorks.questionnaires')}</Link>
      </Paragraph>
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void download()}>
          {t('evaluations.whatWorks.csv')}
        </Button>
      </Paragraph>
      {isPending && <Paragraph role="status">{t('app.loading')}</Paragraph>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('evaluations.whatWorks.empty')}</Paragraph>}
      {data && data.items.map((type) => <TypeSection key={type.interventionType} type={type} />)}
    </>
  );
}
