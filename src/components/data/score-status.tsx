import type { ScoreStatus as Status } from '../../data/dataset.schema';
import { messages } from '../../messages';

/** A value's status in words (and "+" for estimates, as the report marks them); never colour alone. */
export function ScoreStatus({ status, className }: { status: Status; className?: string }) {
  return (
    <span className={`score-status score-status--${status}${className ? ` ${className}` : ''}`} title={messages.common.statusHelp[status]}>
      {status === 'estimate' ? '+ ' : ''}
      {messages.common.status[status]}
    </span>
  );
}
