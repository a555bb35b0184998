import { useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n';
import qrcode from 'qrcode-generator';
import { Button, Paragraph } from '@utrecht/component-library-react';

/** The survey link of a wave, to hand to employees: the address, a copy button and a QR code to show or print. */
export function SurveyLink({ token, label }: { token: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/vragenlijst/${token}`;
  const qr = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    return code.createDataURL(4, 2);
  }, [url]);
  return (
    <div className="hub-survey-link">
      <Paragraph>
        {t('evaluations.measurements.link')}{' '}
        <a className="utrecht-link hub-survey-link__url" href={url}>
          {url}
        </a>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
        {t('evaluations.measurements.copy')}
      </Button>
      <span role="status" className="hub-muted">
        {copied ? ` ${t('evaluations.measurements.copied')}` : ''}
      </span>
      <img className="hub-survey-link__qr" src={qr} width={160} height={160} alt={t('evaluations.measurements.qr', { label })} />
    </div>
  );
}
