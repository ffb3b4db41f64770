import { messages } from '../../../messages/labs';
import type { FlagshipItem } from '../lib/select-lab-directory';
import { ModelLink } from './model-link';

/** Flagship names as the sources give them; the ones that are models in the dataset link to their details. */
export function FlagshipList({ items }: { items: readonly FlagshipItem[] }) {
  if (items.length === 0) return <span className="unknown">{messages.labs.card.noFlagship}</span>;
  return (
    <span className="flagship">
      {items.map((item, i) => (
        <span key={item.name}>
          {i > 0 && ', '}
          {item.model ? <ModelLink modelId={item.model.id}>{item.name}</ModelLink> : item.name}
        </span>
      ))}
    </span>
  );
}
