import { Alert, Paragraph } from '@utrecht/component-library-react';

/**
 * A live region that announces a confirmation ("saved", "sent") when `message` is set. The region itself is always
 * rendered, so that screen readers notice when the message appears.
 */
export function Confirmation({ message }: { message?: string | null | false }) {
  return (
    <div role="status" className="hub-live">
      {message && (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
