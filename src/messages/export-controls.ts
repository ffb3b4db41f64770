/** The strings of the export-controls view: the shared ones plus its own area (loaded with the view, not before). */
import { exportControls } from './en/export-controls';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ exportControls });

export const messages = { ...shared, exportControls };
