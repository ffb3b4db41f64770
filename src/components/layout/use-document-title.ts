import { useEffect } from 'react';
import { messages } from '../../messages';

/** Sets the tab title to "<view> · <product>", so history and bookmarks say what they are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${messages.common.productName}`;
  }, [title]);
}
