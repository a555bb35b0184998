import { useLocation } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';

export interface FlashState {
  flash?: string;
}

/** Shows a one-off confirmation passed with navigate(to, { state: { flash } }). */
export function Flash() {
  const location = useLocation();
  const flash = (location.state as FlashState | null)?.flash;
  if (!flash) return null;
  return (
    <Alert type="ok" role="status" className="hub-flash">
      <Paragraph>{flash}</Paragraph>
    </Alert>
  );
}
