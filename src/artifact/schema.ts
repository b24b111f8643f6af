/**
 * JSON Schema (draft 2020-12) of the validator artifact, committed as `schemas/sbrv.schema.json` (a test keeps the
 * two equal). The root describes the artifact's JSON view: `{ header, sections }`, where `sections` holds the decoded
 * content of each section. Loading an artifact checks the header (envelope and structure) with ajv — the validator
 * is compiled once per process; the content is covered by the sha256 trailer, and `validateArtifactContent` checks
 * it fully (bench/artifact.ts measures both).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const strMap = { type: 'object', additionalProperties: str } as const;
const loc = { file: str, line: { type: 'integer' }, column: { type: 'integer' } } as const;

export const ARTIFACT_SCHEMA_ID = 'https://sbr-validator.example/schemas/sbrv.schema.json';

export const artifactSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: ARTIFACT_SCHEMA_ID,
  title: 'sbr-validator compiled validator artifact (.sbrv)',
  description:
    'JSON view of an .sbrv artifact: the header (stored as canonical JSON after the 12-byte prefix SBRV/version/length) and the decoded sections. See src/artifact/format.ts for the binary layout.',
  type: 'object',
  required: ['header'],
  properties: {
    header: { $ref: '#/$defs/header' },
    sections: { $ref: '#/$defs/sections' },
  },
  $defs: {
    header: {
      type: 'object',
      additionalProperties: false,
      required: [
        'format',
        'formatVersion',
        'compiledFormatVersion',
        'taxonomy',
        'documents',
        'sections',
        'payloadLength',
        'stats',
      ],
      properties: {
        format: { const: 'sbr-validator-artifact' },
        formatVersion: { type: 'integer', minimum: 1 },
        compiledFormatVersion: { type: 'integer', minimum: 1 },
        profile: str,
        taxonomy: {
          type: 'object',
          additionalProperties: false,
          required: ['entryPoints', 'packages'],
          properties: {
            entryPoints: { type: 'array', items: str },
            packages: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                properties: { identifier: str, name: str, version: str, file: str },
              },
            },
          },
        },
        documents: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['url', 'kind', 'sha256'],
            properties: {
              url: str,
              kind: { enum: ['schema', 'linkbase', 'other'] },
              targetNamespace: str,
              sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            },
          },
        },
        sections: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'offset', 'length', 'size', 'encoding'],
            properties: {
              name: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
              offset: int,
              length: int,
              size: int,
              encoding: { enum: ['deflate', 'none'] },
            },
          },
        },
        payloadLength: int,
        stats: {
          type: 'object',
          additionalProperties: false,
          required: ['concepts', 'relationships', 'labelLanguages'],
          properties: { concepts: int, relationships: int, labelLanguages: { type: 'array', items: str } },
        },
      },
    },
    sections: {
      type: 'object',
      required: [
        'concepts',
        'types',
        'roleTypes',
        'arcroleTypes',
        'networks',
        'resources',
        'labels',
        'findings',
        'ruleFindings',
        'layering',
        'schemaIndex',
      ],
      properties: {
        concepts: { type: 'object', additionalProperties: { $ref: '#/$defs/concept' } },
        types: { type: 'object', additionalProperties: { $ref: '#/$defs/simpleType' } },
        attributes: { type: 'object', additionalProperties: { $ref: '#/$defs/simpleType' } },
        roleTypes: { type: 'object', additionalProperties: { $ref: '#/$defs/roleType' } },
        arcroleTypes: { type: 'object', additionalProperties: { $ref: '#/$defs/roleType' } },
        networks: { type: 'array', items: { $ref: '#/$defs/network' } },
        resources: { type: 'array', items: { $ref: '#/$defs/resource' } },
        labels: { type: 'object', additionalProperties: { type: 'object', additionalProperties: strMap } },
        findings: { type: 'array', items: { $ref: '#/$defs/finding' } },
        dimensions: { type: 'object' },
        enumerations: {
          // Extensible Enumerations 1.0/2.0 (src/compile/enumerations.ts EnumerationModel)
          type: 'object',
          required: ['types', 'concepts'],
          properties: {
            types: { type: 'object', additionalProperties: { $ref: '#/$defs/enumerationType' } },
            concepts: {
              type: 'object',
              additionalProperties: {
                type: 'object',
                required: ['version', 'set', 'headUsable', 'members'],
                properties: {
                  version: { enum: [1, 2] },
                  set: { type: 'boolean' },
                  domainQName: str,
                  domain: str,
                  linkrole: str,
                  headUsable: { type: 'boolean' },
                  members: { type: 'array', items: str },
                },
              },
            },
          },
        },
        ruleFindings: {
          type: 'object',
          required: ['byLang'],
          properties: {
            byLang: {
              type: 'object',
              required: ['en'],
              additionalProperties: { type: 'array', items: { $ref: '#/$defs/finding' } },
            },
          },
        },
        layering: {
          type: 'object',
          required: ['edges', 'itemProfiles', 'tupleProfiles', 'relationshipCount'],
          properties: {
            edges: { type: 'array', items: { type: 'array', items: int, minItems: 2, maxItems: 2 } },
            itemProfiles: { type: 'object', additionalProperties: { type: 'object' } },
            tupleProfiles: { type: 'object', additionalProperties: { type: 'object' } },
            relationshipCount: int,
          },
        },
        schemaIndex: {
          type: 'array',
          items: {
            type: 'object',
            required: ['url', 'offset', 'length'],
            properties: { url: str, offset: int, length: int },
          },
        },
        supportIndex: {
          type: 'array',
          items: {
            type: 'object',
            required: ['url', 'offset', 'length'],
            properties: { url: str, offset: int, length: int },
          },
        },
      },
    },
    enumerationType: {
      type: 'object',
      required: ['version', 'set'],
      properties: { version: { enum: [1, 2] }, set: { type: 'boolean' } },
    },
    concept: {
      type: 'object',
      required: [
        'key',
        'namespace',
        'name',
        'kind',
        'substitutionGroups',
        'numeric',
        'fraction',
        'abstract',
        'nillable',
        'file',
        'line',
        'column',
      ],
      properties: {
        ...loc,
        key: str,
        namespace: str,
        name: str,
        id: str,
        kind: { enum: ['item', 'tuple', 'other'] },
        substitutionGroup: str,
        substitutionGroups: { type: 'array', items: str },
        type: str,
        xbrliType: str,
        numeric: { type: 'boolean' },
        fraction: { type: 'boolean' },
        periodType: str,
        balance: str,
        abstract: { type: 'boolean' },
        nillable: { type: 'boolean' },
        valueType: { $ref: '#/$defs/simpleType' },
        complexContent: { type: 'boolean' },
        content: { $ref: '#/$defs/particle' },
        otherAttributes: strMap,
        attributeDefaults: strMap,
        attributeTypes: { type: 'object', additionalProperties: { $ref: '#/$defs/simpleType' } },
      },
    },
    facets: { type: 'object' },
    simpleType: {
      type: 'object',
      required: ['variety', 'facets'],
      properties: {
        variety: { enum: ['atomic', 'list', 'union'] },
        builtin: str,
        name: str,
        facets: { type: 'array', items: { $ref: '#/$defs/facets' } },
        itemType: { $ref: '#/$defs/simpleType' },
        memberTypes: { type: 'array', items: { $ref: '#/$defs/simpleType' } },
      },
    },
    particle: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { enum: ['element', 'sequence', 'choice', 'all', 'any'] },
        ref: str,
        particles: { type: 'array', items: { $ref: '#/$defs/particle' } },
      },
    },
    roleType: {
      type: 'object',
      required: ['roleURI', 'usedOn', 'file', 'line', 'column'],
      properties: {
        ...loc,
        roleURI: str,
        id: str,
        definition: str,
        usedOn: { type: 'array', items: str },
        cyclesAllowed: { enum: ['any', 'undirected', 'none'] },
      },
    },
    network: {
      type: 'object',
      required: ['arcrole', 'role', 'link', 'arc', 'relationships'],
      properties: {
        arcrole: str,
        role: str,
        link: str,
        arc: str,
        relationships: {
          type: 'array',
          items: {
            type: 'object',
            required: ['from', 'to', 'order', 'priority', 'attributes', 'file', 'line', 'column'],
            properties: {
              ...loc,
              from: str,
              to: str,
              order: { type: 'number' },
              priority: { type: 'number' },
              attributes: strMap,
            },
          },
        },
      },
    },
    resource: {
      type: 'object',
      required: ['element', 'text', 'file', 'line', 'column'],
      properties: { ...loc, element: str, role: str, lang: str, text: str, id: str },
    },
    finding: {
      type: 'object',
      required: ['code', 'severity', 'message', 'file', 'line', 'column'],
      properties: { ...loc, code: str, severity: { enum: ['error', 'warning', 'info'] }, message: str, spec: str },
    },
  },
} as const;

let headerValidator: ValidateFunction | undefined;
let fullValidator: ValidateFunction | undefined;
let ajv: Ajv2020 | undefined;

function getAjv(): Ajv2020 {
  ajv ??= new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
  if (!ajv.getSchema(ARTIFACT_SCHEMA_ID)) ajv.addSchema(artifactSchema);
  return ajv;
}

/** The header validator (compiled once per process). */
export function headerValidatorFn(): ValidateFunction {
  // the header definition has no $ref: compiled on its own, it costs a fraction of the whole schema
  headerValidator ??= new Ajv2020({ allErrors: false, strict: false, validateFormats: false }).compile(
    artifactSchema.$defs.header,
  );
  return headerValidator;
}

/** The full validator of the artifact's JSON view (compiled once per process). */
export function fullValidatorFn(): ValidateFunction {
  fullValidator ??= getAjv().getSchema(ARTIFACT_SCHEMA_ID)!;
  return fullValidator;
}

/** ajv's first error as one line. */
export function ajvMessage(v: ValidateFunction): string {
  const e = v.errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` : 'is invalid';
}
