/** The strings of the export-controls view: the shared ones plus its own area (loaded with the view, not before). */
import { exportControls } from './en/export-controls';
import { messages as shared } from './index';

export const messages = { ...shared, exportControls };
