import { ComingView } from '../../components/layout/coming-view';
import { messages } from '../../messages';

export function ExportControlsView() {
  return <ComingView title={messages.exportControls.title} intro={messages.exportControls.intro} />;
}
