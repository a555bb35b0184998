import { StatusBadge } from '@utrecht/component-library-react';
import { useKnowledgeLabels } from '../labels';

const STATUS_LOOK: Record<string, string> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'warning',
  PUBLISHED: 'success',
  ARCHIVED: 'inactive',
};

export function ItemStatusBadge({ status }: { status: string }) {
  const labels = useKnowledgeLabels();
  return (
    <StatusBadge status={STATUS_LOOK[status] ?? 'neutral'} className="hub-status-badge" data-status={status}>
      {labels.status(status)}
    </StatusBadge>
  );
}
