import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { locale } from '../../../i18n';
import { Link } from '../../../shared/links';
import type { Pilot } from '../api';
import { ScrollRegion } from '../../../shared/ScrollRegion';
import { ViewSwitch } from '../../../shared/ViewSwitch';

const DAY = 86_400_000;

function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The first day of each month between two moments (UTC), thinned out to at most about eight ticks. */
export function monthTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const cursor = new Date(from);
  cursor.setUTCDate(1);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  while (cursor.getTime() <= to) {
    ticks.push(cursor.getTime());
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  const step = Math.max(1, Math.ceil(ticks.length / 8));
  return ticks.filter((_, i) => i % step === 0);
}

/** The span the chart shows: every pilot's period and today, with a little room on either side. */
export function timelineSpan(pilots: Pick<Pilot, 'startsOn' | 'endsOn'>[], today: number): { from: number; to: number } {
  const days = pilots.flatMap((p) => (p.startsOn && p.endsOn ? [day(p.startsOn), day(p.endsOn)] : []));
  const from = Math.min(today, ...days);
  const to = Math.max(today, ...days);
  const margin = Math.max(7 * DAY, (to - from) * 0.03);
  return { from: from - margin, to: to + margin };
}

/**
 * Running and planned pilots on a time axis (a Gantt-like chart in HTML, so that it reflows on a phone), with a table
 * holding the same figures for those who would rather read. Each bar has its title, status and period as text, not
 * only as colour and position.
 */
export function PilotTimeline({ pilots, capped, today: fixedToday }: { pilots: Pilot[]; capped: boolean; today?: number }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  // today, taken once when the timeline is first shown (tests pass a fixed day)
  const [today] = useState(() => fixedToday ?? Date.now());
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const dated = pilots
    .filter((p) => p.startsOn && p.endsOn)
    .sort((a, b) => day(a.startsOn!) - day(b.startsOn!) || a.title.localeCompare(b.title));
  const undated = pilots.filter((p) => !(p.startsOn && p.endsOn));
  const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale(), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const typeLabel = (p: Pilot) => (i18n.language === 'en' ? p.interventionType.labelEn : p.interventionType.labelNl);

  if (pilots.length === 0) return <Paragraph>{t('pilots.timeline.empty')}</Paragraph>;

  const { from, to } = timelineSpan(dated, today);
  const pct = (moment: number) => ((moment - from) / (to - from)) * 100;
  return (
    <section aria-labelledby={`${ids}-title`} className="hub-timeline">
      <Heading2 id={`${ids}-title`}>{t('pilots.timeline.title')}</Heading2>
      <Paragraph>{t('pilots.timeline.intro')}</Paragraph>
      <ViewSwitch label={t('pilots.timeline.show')} current={view} onChange={setView}
        views={(['chart', 'table'] as const).map((v) => ({ value: v, label: t(`pilots.timeline.${v}`) }))} />
      {capped && <Paragraph className="hub-muted">{t('pilots.timeline.capped')}</Paragraph>}
      {dated.length > 0 && view === 'chart' && (
        <figure className="hub-timeline__chart" aria-labelledby={`${ids}-caption`}>
          <figcaption id={`${ids}-caption`} className="hub-visually-hidden">
            {t('pilots.timeline.title')}
          </figcaption>
          <div className="hub-timeline__axis" aria-hidden="true">
            {monthTicks(from, to).map((tick) => (
              <span key={tick} className="hub-timeline__tick" style={{ insetInlineStart: `${pct(tick)}%` }}>
                {month.format(new Date(tick))}
              </span>
            ))}
          </div>
          <div className="hub-timeline__body">
            <span className="hub-timeline__today" style={{ insetInlineStart: `${pct(today)}%` }} aria-hidden="true">
              <span className="hub-timeline__today-label">{t('pilots.timeline.today')}</span>
            </span>
            <ol className="hub-timeline__rows">
              {dated.map((p) => {
                const start = pct(day(p.startsOn!));
                const end = Math.max(start + 0.5, pct(day(p.endsOn!)));
                return (
                  <li key={p.id} className="hub-timeline__row">
                    <span className="hub-timeline__label">
                      <Link to={`/pilots/${p.id}`}>{p.title}</Link>
                      <span className="hub-muted"> · {t(`pilots.status.${p.status}`)}</span>
                      <span className="hub-visually-hidden">
                        {' '}· {t('pilots.list.period', { start: date.format(new Date(day(p.startsOn!))), end: date.format(new Date(day(p.endsOn!))) })}
                      </span>
                    </span>
                    <span className="hub-timeline__track" aria-hidden="true">
                      <span className={`hub-timeline__bar hub-timeline__bar--${p.status.toLowerCase()}`}
                        style={{ insetInlineStart: `${start}%`, inlineSize: `${end - start}%` }} />
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        </figure>
      )}
      {dated.length > 0 && view === 'table' && (
        <ScrollRegion label={t('pilots.timeline.title')}>
          <table className="hub-table">
            <caption className="hub-visually-hidden">{t('pilots.timeline.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pilots.timeline.pilot')}</th>
                <th scope="col">{t('pilots.list.type')}</th>
                <th scope="col">{t('pilots.timeline.status')}</th>
                <th scope="col">{t('pilots.timeline.start')}</th>
                <th scope="col">{t('pilots.timeline.end')}</th>
              </tr>
            </thead>
            <tbody>
              {dated.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/pilots/${p.id}`}>{p.title}</Link>
                  </th>
                  <td>{typeLabel(p)}</td>
                  <td>{t(`pilots.status.${p.status}`)}</td>
                  <td>{date.format(new Date(day(p.startsOn!)))}</td>
                  <td>{date.format(new Date(day(p.endsOn!)))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {undated.length > 0 && (
        <Paragraph>
          {t('pilots.timeline.undated', { titles: undated.map((p) => p.title).join(', ') })}
        </Paragraph>
      )}
    </section>
  );
}
