import { publicHandlersFor } from '../context';
import { AppError } from '../errors';

/**
 * A training facility is made only on a fresh install: the backend runs the generator itself
 * before any database exists (backend.ts, like setup.init). Reaching a handler means the facility
 * is already set up.
 */
export const demoHandlers = publicHandlersFor({
  'setup.openTraining': async () => {
    throw new AppError('already_initialized');
  },
});
