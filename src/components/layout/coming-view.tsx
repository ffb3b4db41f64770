import { useDocumentTitle } from '../../lib/use-document-title';
import { messages } from '../../messages';

/** An honest placeholder for a view that a later change builds. */
export function ComingView({ title, intro }: { title: string; intro: string }) {
  useDocumentTitle(title);
  return (
    <section aria-labelledby="coming-title">
      <h1 id="coming-title">{title}</h1>
      <p className="page-intro">{intro}</p>
      <p className="notice">{messages.common.coming}</p>
    </section>
  );
}
