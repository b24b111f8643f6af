/**
 * `GET /metrics` in the Prometheus text exposition format (version 0.0.4): requests by route and status, a latency
 * histogram (seconds), findings by severity, and the pool's queue and threads. Hand-written: a few counters do not
 * need a client library.
 */
import type { FastifyInstance } from 'fastify';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** The counters; `findings` is fed by the validate route. */
export class Metrics {
  readonly requests = new Map<string, number>();
  readonly buckets = new Map<string, number[]>();
  readonly sums = new Map<string, number>();
  readonly findings = new Map<string, number>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const rk = `route="${route}"`;
    const b = this.buckets.get(rk) ?? BUCKETS.map(() => 0).concat([0]);
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) b[i]!++;
    });
    b[BUCKETS.length]!++;
    this.buckets.set(rk, b);
    this.sums.set(rk, (this.sums.get(rk) ?? 0) + seconds);
  }

  addFindings(bySeverity: Record<string, number>): void {
    for (const [s, n] of Object.entries(bySeverity)) this.findings.set(s, (this.findings.get(s) ?? 0) + n);
  }

  text(gauges: Record<string, number>): string {
    const out: string[] = [];
    out.push('# HELP sbr_http_requests_total HTTP requests answered.', '# TYPE sbr_http_requests_total counter');
    for (const [k, n] of this.requests) out.push(`sbr_http_requests_total{${k}} ${n}`);
    out.push(
      '# HELP sbr_http_request_duration_seconds Time to answer a request.',
      '# TYPE sbr_http_request_duration_seconds histogram',
    );
    for (const [rk, b] of this.buckets) {
      BUCKETS.forEach((le, i) => out.push(`sbr_http_request_duration_seconds_bucket{${rk},le="${le}"} ${b[i]}`));
      out.push(`sbr_http_request_duration_seconds_bucket{${rk},le="+Inf"} ${b[BUCKETS.length]}`);
      out.push(`sbr_http_request_duration_seconds_sum{${rk}} ${this.sums.get(rk)}`);
      out.push(`sbr_http_request_duration_seconds_count{${rk}} ${b[BUCKETS.length]}`);
    }
    out.push(
      '# HELP sbr_findings_total Findings reported by validations, by severity.',
      '# TYPE sbr_findings_total counter',
    );
    for (const s of [
      'error',
      'warning',
      'info',
      ...[...this.findings.keys()].filter((k) => !['error', 'warning', 'info'].includes(k)),
    ])
      out.push(`sbr_findings_total{severity="${s}"} ${this.findings.get(s) ?? 0}`);
    for (const [name, v] of Object.entries(gauges)) out.push(`# TYPE ${name} gauge`, `${name} ${v}`);
    return out.join('\n') + '\n';
  }
}

/** Times every request and serves `GET /metrics`. */
export function metricsPlugin(metrics: Metrics, gauges: () => Record<string, number>) {
  return async (app: FastifyInstance): Promise<void> => {
    app.addHook('onResponse', async (req, reply) => {
      metrics.observe(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    });
    app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4').send(metrics.text(gauges())));
  };
}
