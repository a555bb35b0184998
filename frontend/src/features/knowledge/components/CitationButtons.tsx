import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from '../../../auth/AuthContext';
import { saveBlob } from '../../../api/client';
import { downloadCitation, fetchCitation } from '../api';
import type { KnowledgeItemSummary } from '../model';

/** APA to the clipboard, RIS and BibTeX as files. */
export function CitationButtons({ item }: { item: Pick<KnowledgeItemSummary, 'id' | 'slug'> }) {
  const { t } = useTranslation();
  const { api } = useAuth();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [apa, setApa] = useState<string | null>(null);

  const copyApa = async () => {
    setMessage(null);
    let text: string;
    try {
      text = (await fetchCitation(api, item.id, 'apa')).trim();
    } catch {
      setMessage({ text: t('knowledge.item.downloadFailed'), error: true });
      return;
    }
    setApa(text);
    try {
      await navigator.clipboard.writeText(text);
      setMessage({ text: t('knowledge.item.copied'), error: false });
    } catch {
      setMessage({ text: t('knowledge.item.copyFailed'), error: true });
    }
  };

  const download = async (format: 'ris' | 'bibtex') => {
    setMessage(null);
    try {
      const { blob, filename } = await downloadCitation(api, item, format);
      saveBlob(blob, filename);
    } catch {
      setMessage({ text: t('knowledge.item.downloadFailed'), error: true });
    }
  };

  return (
    <div className="hub-citation">
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => void copyApa()}>
          {t('knowledge.item.copyApa')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => void download('ris')}>
          {t('knowledge.item.downloadRis')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => void download('bibtex')}>
          {t('knowledge.item.downloadBibtex')}
        </Button>
      </ButtonGroup>
      <p role="status" className={message?.error ? 'hub-message hub-message--error' : 'hub-message'}>
        {message?.text}
      </p>
      {apa && (
        <Paragraph className="hub-citation__text">
          <q>{apa}</q>
        </Paragraph>
      )}
    </div>
  );
}
