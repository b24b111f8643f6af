/** `GET /v1/openapi.json`: the API of `sbr serve` as an OpenAPI 3.1 document. */
import { VERSION } from '../cli/main.js';

const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        // the message's parameters (src/messages, keyed by code): a client renders the message in its own language
        params: { type: 'object' },
      },
    },
  },
};
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function openApiDocument() {
  const binary = { schema: { type: 'string', format: 'binary' } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'sbr-validator',
      version: VERSION,
      description:
        'Validates XBRL filings (instances, Inline XBRL, report packages) against compiled validator artifacts. Nothing is fetched from the network.',
    },
    paths: {
      '/v1/validate': {
        post: {
          summary: 'Validate a filing; the answer is the JSON of `sbr validate --format json`',
          parameters: [
            {
              name: 'validator',
              in: 'query',
              schema: { type: 'string' },
              description: 'id of a loaded validator (may be left out when one is loaded)',
            },
            {
              name: 'lang',
              in: 'query',
              schema: { type: 'string', default: 'en' },
              description: 'language of messages and labels (nl, en)',
            },
            {
              name: 'profile',
              in: 'query',
              schema: { type: 'string' },
              description: 'Dutch filing-rule profile (sbr profiles), default the one compiled into the artifact',
            },
            {
              name: 'url',
              in: 'query',
              schema: { type: 'string' },
              description:
                "the filing's own absolute path or URL: relative references resolve against it and findings name it (one file only)",
            },
            {
              name: 'name',
              in: 'query',
              schema: { type: 'string' },
              description: 'file name of the filing sent as the body (its extension says what it is)',
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/xml': binary,
              'application/xhtml+xml': binary,
              'text/html': binary,
              'application/zip': binary,
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
                },
                description: 'the first file is validated; the others are documents it references',
              },
            },
          },
          responses: {
            200: {
              description: 'validated',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } },
            },
            400: errorResponse(
              'bad request (sbr:badRequest, sbr:unknownValidator, sbr:validatorRequired, sbr:badFileName)',
            ),
            413: errorResponse('request too large (sbr:requestTooLarge)'),
            415: errorResponse('unsupported content type (sbr:unsupportedMediaType)'),
            422: {
              description: 'the filing could not be validated at all (e.g. sbr:notXml); `report` holds the CLI JSON',
              content: {
                'application/json': {
                  schema: {
                    allOf: [
                      { $ref: '#/components/schemas/Error' },
                      { type: 'object', properties: { report: { $ref: '#/components/schemas/Report' } } },
                    ],
                  },
                },
              },
            },
            500: errorResponse('the worker stopped (sbr:workerCrashed)'),
            503: errorResponse('queue full (sbr:busy), with Retry-After'),
            504: errorResponse('time limit reached (sbr:timeout)'),
          },
        },
      },
      '/v1/validators': { get: { summary: 'The loaded validators', responses: { 200: { description: 'ok' } } } },
      '/v1/validators/{id}/artifact': {
        get: {
          summary: 'The .sbrv artifact (the portal validates with it in the browser)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'ok', content: { 'application/octet-stream': binary } },
            404: errorResponse('unknown validator'),
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { 200: { description: 'ok' } } } },
      '/metrics': {
        get: {
          summary: 'Prometheus metrics',
          responses: { 200: { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Error: error,
        Report: {
          type: 'object',
          required: ['valid', 'findings', 'documents'],
          properties: {
            valid: { type: 'boolean' },
            findings: {
              type: 'array',
              items: {
                type: 'object',
                required: ['code', 'severity', 'message', 'file'],
                properties: {
                  code: { type: 'string' },
                  severity: { enum: ['error', 'warning', 'info'] },
                  message: { type: 'string' },
                  file: { type: 'string' },
                  line: { type: 'integer' },
                  column: { type: 'integer' },
                  spec: { type: 'string' },
                },
              },
            },
            documents: { type: 'array', items: { type: 'object' } },
          },
        },
      },
    },
  };
}
