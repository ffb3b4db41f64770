import { ComingView } from '../../components/layout/coming-view';
import { messages } from '../../messages';

export function LabsCompareView(_props: { a: string | null; b: string | null }) {
  return <ComingView title={messages.labs.title} intro={messages.labs.intro} />;
}
