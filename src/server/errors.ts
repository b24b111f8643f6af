/**
 * Coded JSON errors of `sbr serve`: `{"error": {"code": "sbr:…", "message": "…"}}` with the HTTP status. The codes are a
 * contract like the findings' codes: 400 sbr:badRequest / sbr:unknownValidator / sbr:validatorRequired / sbr:badFileName,
 * 404 sbr:notFound, 413 sbr:requestTooLarge, 415 sbr:unsupportedMediaType, 422 (the filing could not be validated:
 * the finding's own code, e.g. sbr:notXml), 500 sbr:workerCrashed / sbr:internal, 503 sbr:busy, 504 sbr:timeout.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** An error the route handlers throw to answer with `status` and a coded body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send({ error: { code, message } } satisfies ErrorBody);
}

/** Maps Fastify's own errors (body too large, unknown content type, bad multipart) to coded bodies; registered at the root. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, 'sbr:notFound', `No route ${req.method} ${req.url.split('?')[0]}`),
  );
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      return sendError(reply, err.status, err.code, err.message);
    }
    const code = (err as FastifyError).code ?? '';
    if (
      code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
      code === 'FST_REQ_FILE_TOO_LARGE' ||
      code === 'FST_FILES_LIMIT' ||
      (err as FastifyError).statusCode === 413
    ) {
      return sendError(
        reply,
        413,
        'sbr:requestTooLarge',
        `The request is larger than the limit of ${app.initialConfig.bodyLimit} bytes`,
      );
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || (err as FastifyError).statusCode === 415) {
      return sendError(
        reply,
        415,
        'sbr:unsupportedMediaType',
        `Content type ${req.headers['content-type'] ?? '(none)'} is not accepted: send application/xml, application/xhtml+xml, text/html, application/zip or multipart/form-data`,
      );
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) return sendError(reply, 400, 'sbr:badRequest', err.message);
    req.log.error(err);
    return sendError(reply, 500, 'sbr:internal', 'Internal error; the request was not validated');
  });
}
