import { messages } from '../../messages';

/** Placeholder with the page's shape while the dataset loads, so nothing jumps when it arrives. */
export function Skeleton() {
  return (
    <div className="skeleton" aria-busy="true" role="status">
      <span className="visually-hidden">{messages.common.loading}</span>
      <div className="skeleton__bar skeleton__bar--title" />
      <div className="skeleton__bar" style={{ width: '70%' }} />
      <div className="skeleton__bar skeleton__bar--block" />
      <div className="skeleton__bar" />
      <div className="skeleton__bar" />
      <div className="skeleton__bar" />
    </div>
  );
}
