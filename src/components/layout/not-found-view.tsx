import { Link } from '../ui/link';
import { useDocumentTitle } from './use-document-title';
import { messages } from '../../messages/errors';
import { paths } from '../../config/paths';

export function NotFoundView({ path }: { path: string }) {
  const m = messages.errors.notFound;
  useDocumentTitle(m.title);
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{m.title}</h1>
      <p>{m.body(path.length > 120 ? `${path.slice(0, 120)}…` : path)}</p>
      <p>
        <Link to={paths.leaderboard}>{m.back}</Link>
      </p>
    </section>
  );
}
