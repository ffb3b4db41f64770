import { paths } from '../../config/paths';
import type { Meta } from '../../data/dataset.schema';
import { formatPartialDate } from '../../lib/format';
import { messages } from '../../messages';
import { Link } from '../ui/link';

export function AppFooter({ meta }: { meta: Meta | undefined }) {
  const m = messages.common.footer;
  return (
    <footer className="app-footer">
      <div className="app-footer__inner">
        {meta && (
          <>
            <p>{m.dataset(meta.datasetVersion, formatPartialDate(meta.asOf))}</p>
            <p>{meta.attribution}</p>
          </>
        )}
        <p>{m.indexCaveat}</p>
        <p>
          <Link to={paths.about}>{m.aboutLink}</Link>
        </p>
      </div>
    </footer>
  );
}
