/** The strings of the model detail panel: the shared ones plus its own area (loaded with the panel, not before). */
import { modelDetail } from './en/model-detail';
import { messages as shared } from './index';

export const messages = { ...shared, modelDetail };
