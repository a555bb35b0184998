import { NotFoundContent } from '../shared/NotFoundContent';

export default function NotFoundPage() {
  return <NotFoundContent />;
}
