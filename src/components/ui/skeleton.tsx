import { messages } from '../../messages';
import { PageIntro } from './page-intro';

/** A view's heading and introduction, known before its data and code arrive. */
export interface ViewHeading {
  title: string;
  intro: string;
}

/**
 * Placeholder with the page's shape while the dataset or the view's code loads, so nothing jumps when it
 * arrives. With `heading`, the view's own heading and introduction are drawn at once, where the view
 * draws them: the reader can start reading, and the page's largest text is painted without waiting for
 * the data. They are marked `data-pending-paint` (the view is still to come) for tests that wait on it.
 */
export function Skeleton({ heading }: { heading?: ViewHeading }) {
  return (
    <>
      {heading && (
        <div className="skeleton-heading" data-pending-paint="">
          <h1>{heading.title}</h1>
          <PageIntro text={heading.intro} />
        </div>
      )}
      <div className="skeleton" aria-busy="true" role="status">
        <span className="visually-hidden">{messages.common.loading}</span>
        {!heading && <div className="skeleton__bar skeleton__bar--title" />}
        <div className="skeleton__bar" style={{ width: '70%' }} />
        <div className="skeleton__bar skeleton__bar--block" />
        <div className="skeleton__bar" />
        <div className="skeleton__bar" />
        <div className="skeleton__bar" />
      </div>
    </>
  );
}
