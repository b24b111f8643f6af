/**
 * `sbr queue worker|submit|status` (issue 13): parses options and calls src/queue/index.ts; nothing else.
 *
 * Exit codes: worker 0 after SIGTERM/SIGINT (jobs in hand finished), 2 Redis unreachable or an artifact unreadable;
 * submit 0/1/2 the worst verdict of the filings with `--wait` (a failed job counts 2), else 0 once queued; status 0.
 */
import type { Command } from 'commander';
import { oneOf } from '../cli/choices.js';
import { FatalInputError } from '../findings.js';

type Io = { out: (s: string) => void; err: (s: string) => void };
const collect = (v: string, prev: string[] = []) => [...prev, v];

/** Lock duration / stalled-check interval in ms from SBR_QUEUE_LOCK_MS (tests make crash recovery quick); default 30 s / 30 s. */
function lockMs(): number | undefined {
  const v = Number(process.env['SBR_QUEUE_LOCK_MS']);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

function fail(io: Io, cmd: string, e: unknown): number {
  if (e instanceof FatalInputError) {
    io.err(`sbr queue ${cmd}: ${e.finding.code}: ${e.finding.message}\n`);
    return 2;
  }
  throw e;
}

/** Registers `sbr queue` on the program; `setCode` receives each command's exit code. The queue library is imported lazily. */
export function registerQueueCommand(program: Command, io: Io, setCode: (c: number) => void): void {
  const queue = program
    .command('queue')
    .description('validate on a BullMQ work queue (Redis) shared by many processes and machines');

  queue
    .command('worker')
    .description('take validation jobs from the queue and store each result (the JSON of sbr validate --format json)')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option(
      '--validator <file.sbrv>',
      'validator artifact served (repeatable; its id is the file name without .sbrv)',
      collect,
    )
    .option('--concurrency <n>', 'jobs validated at once by this process', '1')
    .action(async (o: { redis: string; validator?: string[]; concurrency: string }) => {
      const concurrency = Number(o.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        io.err(`sbr queue worker: --concurrency takes a whole number from 1 to 64, not "${o.concurrency}"\n`);
        return setCode(2);
      }
      const { startWorker } = await import('./index.js');
      try {
        const ms = lockMs();
        const w = await startWorker(o.redis, {
          validators: o.validator ?? [],
          concurrency,
          ...(ms ? { lockDurationMs: ms, stalledIntervalMs: ms } : {}),
          onJob: (j) => j.state === 'failed' && io.err(`sbr queue worker: ${j.name}: failed: ${j.reason}\n`),
        });
        io.err(
          `sbr queue worker: ready (pid ${process.pid}; ${w.validators.map((v) => v.id).join(', ') || 'live DTS discovery'}; concurrency ${concurrency})\n`,
        );
        await new Promise<void>((done) => {
          process.once('SIGTERM', done);
          process.once('SIGINT', done);
        });
        await w.close(); // finishes the jobs in hand
        setCode(0);
      } catch (e) {
        setCode(fail(io, 'worker', e));
      }
    });

  queue
    .command('submit')
    .description('put filings on the queue (their bytes in the job); with --wait print each result as it completes')
    .argument('<file...>', 'instances, Inline XBRL files, report packages (zip or folder)')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--validator-id <id>', 'validator artifact of the workers to validate with (default: live DTS discovery)')
    .option(
      '--wait',
      'wait for the results and exit with the worst verdict (0 valid, 1 invalid, 2 not validated or failed)',
    )
    .option(
      '--format <format>',
      'output with --wait: text or jsonl (one {file, valid, kind, findings, stats} line per filing)',
      oneOf('text', 'jsonl'),
      'text',
    )
    .option('--lang <lang>', 'language of messages')
    .option('--profile <name>', 'Dutch filing-rule profile')
    .action(
      async (
        files: string[],
        o: { redis: string; validatorId?: string; wait?: boolean; format: string; lang?: string; profile?: string },
      ) => {
        const { submitFilings, batchLine, reportExitCode } = await import('./index.js');
        const { paramFindingIn } = await import('../messages/index.js');
        try {
          let worst = 0;
          const results = await submitFilings(o.redis, files, {
            ...(o.validatorId ? { validatorId: o.validatorId } : {}),
            ...(o.lang ? { lang: o.lang } : {}),
            ...(o.profile ? { profile: o.profile } : {}),
            wait: !!o.wait,
            onResult: (r) => {
              const code = r.report ? reportExitCode(r.report) : 2;
              worst = Math.max(worst, code);
              if (o.format === 'jsonl') {
                io.out(
                  JSON.stringify(
                    r.report
                      ? batchLine(r.file, r.report)
                      : {
                          file: r.file,
                          valid: false,
                          findings: [
                            paramFindingIn(
                              o.lang,
                              'sbr:jobFailed',
                              'error',
                              { file: r.file, reason: r.error ?? 'failed' },
                              { file: r.file },
                            ),
                          ],
                          stats: {},
                        },
                  ) + '\n',
                );
              } else if (r.report) {
                const errors = r.report.findings.filter((f) => f.severity === 'error').length;
                io.out(
                  `${r.file}: ${code === 2 ? 'not validated' : r.report.valid ? 'valid' : 'invalid'}, ${errors} errors, ${r.report.findings.length - errors} other findings${r.cached ? ' (stored result)' : ''}\n`,
                );
              } else {
                io.out(`${r.file}: failed: ${r.error}\n`);
              }
            },
          });
          if (!o.wait)
            for (const r of results) io.out(`${r.file}: queued as ${r.jobId}${r.cached ? ' (result stored)' : ''}\n`);
          setCode(worst);
        } catch (e) {
          setCode(fail(io, 'submit', e));
        }
      },
    );

  queue
    .command('status')
    .description('print the numbers of waiting, active, completed and failed jobs')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .action(async (o: { redis: string }) => {
      const { queueStatus } = await import('./index.js');
      try {
        const c = await queueStatus(o.redis);
        io.out(
          `waiting ${c.waiting}\nactive ${c.active}\ncompleted ${c.completed}\nfailed ${c.failed}\n${c.delayed ? `delayed ${c.delayed}\n` : ''}`,
        );
        setCode(0);
      } catch (e) {
        setCode(fail(io, 'status', e));
      }
    });
}
