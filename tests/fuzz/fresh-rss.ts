/**
 * Second opinion on memory for the fuzz harness (issue 17): runs `sbr <args>` in this fresh process (the CLI's `main`,
 * output discarded) and prints `{"exit": N, "maxRssBytes": N}`: the peak RSS of a process that validated only this
 * input, which a long-lived fuzz process (holding its mutator's strings and every earlier mutant's heap growth) cannot
 * measure. Run: `node --import tsx tests/fuzz/fresh-rss.ts validate FILE --format json ...`.
 */
import { main } from '../../src/cli/main.js';

const exit = await main(['node', 'sbr', ...process.argv.slice(2)], { out: () => {}, err: () => {} });
process.stdout.write(JSON.stringify({ exit, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
