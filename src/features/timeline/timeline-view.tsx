import { ComingView } from '../../components/layout/coming-view';
import { messages } from '../../messages';

export function TimelineView() {
  return <ComingView title={messages.timeline.title} intro={messages.timeline.intro} />;
}
