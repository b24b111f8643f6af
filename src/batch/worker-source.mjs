// Worker entry used when a batch runs from the TypeScript sources (tests, `tsx`): registers tsx in this worker thread,
// then loads worker.ts. The built CLI (dist/batch/index.js) loads dist/batch/worker.js directly.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
