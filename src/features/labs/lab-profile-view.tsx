import { ComingView } from '../../components/layout/coming-view';
import { useDataset } from '../../data/dataset-queries';
import { messages } from '../../messages';
import { NotFoundView } from '../../app/routes/not-found-view';

export function LabProfileView({ labId }: { labId: string }) {
  const lab = useDataset().labsById.get(labId);
  if (!lab) return <NotFoundView path={`/labs/${labId}`} />;
  return <ComingView title={lab.name} intro={messages.labs.intro} />;
}
