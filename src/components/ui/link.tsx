import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { hrefFor, navigate } from '../../lib/location';
import { searchFor } from '../../stores/filters/filters-url-sync';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** Path below the base, e.g. "/labs/deepseek". */
  to: string;
  /**
   * Query string to use; by default the view state as the target view's URL (the shared filters travel
   * with the person; a view's own options go only to that view).
   */
  search?: string;
}

/** An ordinary link that navigates in place; modified clicks open new tabs as usual. */
export function Link({ to, search, onClick, ...rest }: LinkProps) {
  const href = hrefFor(to, search ?? searchFor(to));
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { search: search ?? searchFor(to) });
    window.scrollTo({ top: 0 });
    // The clicked link may be gone with the old view: move focus to the main region, so keyboard and
    // screen-reader users continue from the top of the new view instead of from <body>.
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
