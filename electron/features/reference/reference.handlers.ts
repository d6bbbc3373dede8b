import { publicHandlersFor } from '../context';
import { reference } from './reference';

export const referenceHandlers = publicHandlersFor({
  'reference.places': async () => reference(),
});
