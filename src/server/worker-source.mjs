// Worker entry used when the server runs from its TypeScript sources (tests, `tsx`): registers tsx in this worker
// thread, then loads worker.ts. The built server (dist/server/pool.js) loads dist/server/worker.js directly.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
