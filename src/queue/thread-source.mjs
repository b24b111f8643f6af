// Worker entry used when the queue worker runs from its TypeScript sources (tests, `tsx`): registers tsx in this worker
// thread, then loads thread.ts. The built worker (dist/queue/index.js) loads dist/queue/thread.js directly.
import { register } from 'tsx/esm/api';

register();
const thread = await import('./thread.ts');
export default thread.default;
