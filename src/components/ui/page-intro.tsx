import { splitKeySentence } from '../../lib/key-sentence';
import { messages } from '../../messages';

/** A view's introduction: its first sentence on screen, the rest on demand, so the view's figure comes first. */
export function PageIntro({ text }: { text: string }) {
  const { key, rest } = splitKeySentence(text);
  if (!rest) return <p className="page-intro">{key}</p>;
  return (
    <details className="page-intro page-intro--more">
      <summary>
        {key} <span className="page-intro__more">{messages.common.chart.more}</span>
      </summary>
      <p>{rest}</p>
    </details>
  );
}
