import { messages } from '../../messages';

/** A link named a model the dataset does not have: said politely (the address has already been cleaned), with a way to dismiss it. */
export function UnknownModelNotice({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const m = messages.common.unknownModel;
  return (
    <p className="notice unknown-model" role="status">
      {m.text(id)}{' '}
      <button type="button" onClick={onDismiss}>
        {m.dismiss}
      </button>
    </p>
  );
}
