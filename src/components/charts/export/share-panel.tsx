import { useState } from 'react';
import { embedUrl, iframeSnippet } from '../../../lib/export/share-links';
import { messages } from '../../../messages/figure-export';
import { copyText } from './copy-text';
import { CopyFallback } from './copy-fallback';

export interface SharePanelProps {
  title: string;
  /** The figure's embed name: `/embed/<figure>`. */
  figure: string;
  /** The address of exactly this state; the current address by default. */
  pageUrl?: string;
  /** The query string of the figure's embed page, when the page's address does not carry the figure's whole state. */
  embedSearch?: string;
  /** The app's base path (import.meta.env.BASE_URL). */
  base: string;
  embedHeight?: number;
  /** Offer the embed code (only figures with an embed page). */
  embeddable?: boolean;
}

type Shown = { kind: 'idle' } | { kind: 'copied'; what: 'link' | 'embed' } | { kind: 'refused'; what: 'link' | 'embed' } | { kind: 'share-failed' };

/** Copy the link, the native share sheet where there is one, and the embed code. */
export default function SharePanel({ title, figure, pageUrl, embedSearch, base, embedHeight, embeddable = true }: SharePanelProps) {
  const m = messages.figureExport.share;
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const url = pageUrl ?? window.location.href;
  const snippet = iframeSnippet(embedUrl(url, base, figure, embedSearch), title, embedHeight);
  const canShare = typeof navigator.share === 'function';

  const copy = async (what: 'link' | 'embed') => setShown({ kind: (await copyText(what === 'link' ? url : snippet)) ? 'copied' : 'refused', what });
  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // The person closed the sheet: nothing to say.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShown({ kind: 'share-failed' });
    }
  };

  return (
    <div className="figure-actions__panel">
      <button type="button" autoFocus onClick={() => void copy('link')}>
        {m.copyLink}
      </button>
      {canShare && (
        <button type="button" onClick={() => void share()}>
          {m.nativeShare}
        </button>
      )}
      {embeddable && (
        <button type="button" onClick={() => void copy('embed')}>
          {m.copyEmbed}
        </button>
      )}
      <p role="status" className="figure-actions__status">
        {shown.kind === 'copied' ? (shown.what === 'link' ? m.copied : m.embedCopied) : shown.kind === 'share-failed' ? m.shareFailed : ''}
      </p>
      {shown.kind === 'refused' &&
        (shown.what === 'link' ? (
          <CopyFallback label={m.linkLabel} help={m.copyRefused} text={url} />
        ) : (
          <CopyFallback label={m.embedLabel} help={m.copyRefused} text={snippet} multiline />
        ))}
    </div>
  );
}
