import { useState } from 'react';
import { messages } from '../../../messages/labs';

/** Copies the page's address (the shareable comparison) and says whether it worked. */
export function CopyLink() {
  const m = messages.labs.compare;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {m.copyLink}
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? m.copied : state === 'failed' ? m.copyFailed : ''}
      </span>
    </span>
  );
}
