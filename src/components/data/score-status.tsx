import type { ScoreStatus as Status } from '../../data/dataset.schema';
import { messages } from '../../messages';
import { StatusMarkIcon } from '../charts/status-mark';

/** A value's status in words, with the charts' mark ("+" for estimates, as the report marks them; a diamond for "as stated"). */
export function ScoreStatus({ status }: { status: Status }) {
  return (
    <span className={`score-status score-status--${status}`} title={messages.common.statusHelp[status]}>
      {status === 'estimate' ? '+ ' : ''}
      {status === 'as-stated' && <StatusMarkIcon status={status} />}
      {messages.common.status[status]}
    </span>
  );
}
