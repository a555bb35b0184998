import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Paragraph } from '@utrecht/component-library-react';
import { locale } from '../../../i18n';
import { QueryError } from '../../../shared/QueryError';
import type { DimensionComparison, DimensionResult, MeasurementResults } from '../api';
import { useResults } from './measurementsApi';
import { ScrollRegion } from '../../../shared/ScrollRegion';
import { ViewSwitch } from '../../../shared/ViewSwitch';

/** g is drawn on this range (beyond it the interval is cut off, with the figures in the table). */
const G_RANGE = 1.5;

function pctOfScale(mean: number): number {
  return ((mean - 1) / 4) * 100;
}

function pctOfG(g: number): number {
  return ((Math.max(-G_RANGE, Math.min(G_RANGE, g)) + G_RANGE) / (2 * G_RANGE)) * 100;
}

/**
 * A finished wave's results: per dimension the mean on the 1–5 scale (beside the baseline's for a follow-up) and the
 * effect (Hedges' g with its 95% interval) as a chart, and the same figures in a table. Suppressed groups say why.
 */
export function ResultsView({ measurementId }: { measurementId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useResults(measurementId, true);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  const number = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const label = (d: DimensionResult) => (i18n.language === 'en' ? d.labelEn : d.labelNl);
  const comparisonOf = (code: string): DimensionComparison | undefined => data.comparison.find((c) => c.dimension === code);
  const baselineOf = (_d: DimensionResult, c?: DimensionComparison) => (c && !c.suppressed ? (c.baselineMean ?? undefined) : undefined);
  if (!data.finished) return <Paragraph>{t('evaluations.measurements.notFinished')}</Paragraph>;
  const followUp = data.wave === 'FOLLOW_UP';
  return (
    <div className="hub-results-view">
      <Paragraph className="hub-muted">{t('evaluations.measurements.minimum', { n: data.minimumGroup })}</Paragraph>
      <ViewSwitch label={t('evaluations.measurements.show')} current={view} onChange={setView}
        views={(['chart', 'table'] as const).map((v) => ({ value: v, label: t(`evaluations.measurements.${v}`) }))} />
      {view === 'chart' ? (
        <figure className="hub-results" aria-labelledby={`results-${data.measurementId}`}>
          <figcaption id={`results-${data.measurementId}`}>{t('evaluations.measurements.chartCaption', { label: data.label })}</figcaption>
          <ul className="hub-results__rows">
            {data.dimensions.map((d) => {
              const c = comparisonOf(d.dimension);
              const before = baselineOf(d, c);
              return (
                <li key={d.dimension} className="hub-results__row">
                  <span className="hub-results__label">{label(d)}</span>
                  {d.suppressed || d.mean == null ? (
                    <span className="hub-muted">{t('evaluations.measurements.suppressed', { n: data.minimumGroup })}</span>
                  ) : (
                    <>
                      {before !== undefined && (
                        <span className="hub-results__bar-line">
                          <span className="hub-results__bar hub-results__bar--before" style={{ inlineSize: `${pctOfScale(before)}%` }} aria-hidden="true" />
                          <span>{t('evaluations.measurements.before', { mean: number.format(before) })}</span>
                        </span>
                      )}
                      <span className="hub-results__bar-line">
                        <span className="hub-results__bar" style={{ inlineSize: `${pctOfScale(d.mean)}%` }} aria-hidden="true" />
                        <span>{t(followUp ? 'evaluations.measurements.after' : 'evaluations.measurements.mean', { mean: number.format(d.mean), n: d.n })}</span>
                      </span>
                      {c && c.hedgesG != null && c.ci95 && (
                        <span className="hub-results__effect">
                          <span className="hub-results__axis" aria-hidden="true">
                            <span className="hub-results__zero" />
                            <span className="hub-results__ci" style={{ insetInlineStart: `${pctOfG(c.ci95[0])}%`,
                              inlineSize: `${pctOfG(c.ci95[1]) - pctOfG(c.ci95[0])}%` }} />
                            <span className="hub-results__g" style={{ insetInlineStart: `${pctOfG(c.hedgesG)}%` }} />
                          </span>
                          <span>{t('evaluations.measurements.effect', { g: number.format(c.hedgesG), low: number.format(c.ci95[0]),
                            high: number.format(c.ci95[1]) })}</span>
                        </span>
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </figure>
      ) : (
        <ResultsTable data={data} label={label} number={number} />
      )}
    </div>
  );
}

function ResultsTable({ data, label, number }: { data: MeasurementResults; label: (d: DimensionResult) => string; number: Intl.NumberFormat }) {
  const { t } = useTranslation();
  const followUp = data.wave === 'FOLLOW_UP';
  const dash = '–';
  return (
    <ScrollRegion label={t('evaluations.measurements.chartCaption', { label: data.label })}>
      <table className="hub-table">
        <caption>{t('evaluations.measurements.chartCaption', { label: data.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluations.measurements.dimension')}</th>
            <th scope="col">n</th>
            <th scope="col">{t('evaluations.measurements.meanCol')}</th>
            <th scope="col">{t('evaluations.measurements.sdCol')}</th>
            {followUp && <th scope="col">{t('evaluations.measurements.changeCol')}</th>}
            {followUp && <th scope="col">{t('evaluations.measurements.gCol')}</th>}
            {followUp && <th scope="col">{t('evaluations.measurements.ciCol')}</th>}
          </tr>
        </thead>
        <tbody>
          {data.dimensions.map((d) => {
            const c = data.comparison.find((x) => x.dimension === d.dimension);
            return (
              <tr key={d.dimension}>
                <th scope="row">{label(d)}</th>
                {d.suppressed || d.mean == null ? (
                  <td colSpan={followUp ? 6 : 3}>{t('evaluations.measurements.suppressed', { n: data.minimumGroup })}</td>
                ) : (
                  <>
                    <td>{d.n}</td>
                    <td>{number.format(d.mean)}</td>
                    <td>{d.sd != null ? number.format(d.sd) : dash}</td>
                    {followUp && <td>{c?.change != null ? number.format(c.change) : dash}</td>}
                    {followUp && <td>{c?.hedgesG != null ? number.format(c.hedgesG) : dash}</td>}
                    {followUp && <td>{c?.ci95 ? `${number.format(c.ci95[0])} – ${number.format(c.ci95[1])}` : dash}</td>}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
