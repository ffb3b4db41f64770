/** The figure buttons' strings (loaded with the buttons, not before), in the active language. */
import { figureActions } from './en/figure-actions';
import { localise } from './localise';

await localise({ figureActions });

export { figureActions };
