import { ComingView } from '../../components/layout/coming-view';
import { messages } from '../../messages';

export function LabsView() {
  return <ComingView title={messages.labs.title} intro={messages.labs.intro} />;
}
