import { messages } from '../../messages/model-detail';

/**
 * A link named a model the dataset does not have: said politely (the address has already been cleaned),
 * with a way to dismiss it. Rare, so it loads on demand with the panel's strings, not in the first view.
 */
export function UnknownModelNotice({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const m = messages.modelDetail.unknownModel;
  return (
    <p className="notice unknown-model" role="status">
      {m.text(id)}{' '}
      <button type="button" onClick={onDismiss}>
        {m.dismiss}
      </button>
    </p>
  );
}
