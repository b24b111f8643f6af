// Worker entry used when a threaded conformance run starts from the TypeScript sources (tests, `tsx`): registers tsx
// in this worker thread, then loads worker.ts. The built CLI (dist/conformance/threads.js) loads dist/conformance/worker.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
