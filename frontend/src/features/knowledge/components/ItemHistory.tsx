import { useTranslation } from '../../../i18n';
import { Paragraph } from '@utrecht/component-library-react';
import { useItemHistory } from '../api';
import { formatDateTime, useKnowledgeLabels } from '../labels';
import { ScrollRegion } from '../../../shared/ScrollRegion';

export function ItemHistory({ id, headingId }: { id: string; headingId: string }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const { data, isPending, error } = useItemHistory(id, true);
  if (isPending) return <Paragraph>{t('app.loading')}</Paragraph>;
  if (error) return <Paragraph>{t('errors.generic')}</Paragraph>;
  if (data.length === 0) return <Paragraph>{t('knowledge.item.historyEmpty')}</Paragraph>;
  return (
    <ScrollRegion labelledBy={headingId}>
      <table className="utrecht-table hub-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('knowledge.item.historyDate')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('knowledge.item.historyChange')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('knowledge.item.historyActor')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('knowledge.item.historyComment')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {data.map((entry, index) => (
            <tr key={index} className="utrecht-table__row">
              <td className="utrecht-table__cell">{formatDateTime(entry.at)}</td>
              <td className="utrecht-table__cell">
                {entry.fromStatus
                  ? t('knowledge.item.historyTransition', {
                      from: labels.status(entry.fromStatus),
                      to: labels.status(entry.toStatus),
                    })
                  : t('knowledge.item.historyCreated', { to: labels.status(entry.toStatus) })}
              </td>
              <td className="utrecht-table__cell">{entry.actorName ?? ''}</td>
              <td className="utrecht-table__cell">{entry.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
