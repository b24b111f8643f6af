/**
 * JSON Schema (draft 2020-12) of the validator artifact, committed as `schemas/sbrv.schema.json` (a test keeps the
 * two equal). The root describes the artifact's JSON view: `{ header, sections }`, where `sections` holds the decoded
 * content of each section. Loading an artifact checks the header (envelope and structure) with `isArtifactHeader`, a
 * hand-written check of exactly what `$defs.header` requires (no ajv: compiling the header schema with ajv cost 50-100
 * ms of every `sbr validate --validator` start, issue 14); only a header that fails it is run through ajv
 * (schema-ajv.ts, imported then) for the detailed message. The content is covered by the sha256 trailer, and
 * `fullValidatorFn` (schema-ajv.ts) checks it fully (bench/artifact.ts measures both).
 */
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
            instanceSchemasInDts: { type: 'boolean' },
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
        // optional (`sbr compile`, src/artifact/node.ts recordCleanSchemaSet): the schema sets validated whole, clean
        schemaSets: {
          type: 'object',
          required: ['clean'],
          properties: { clean: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' } } },
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
        allowedAttributes: { type: 'array', items: str },
        requiredAttributes: { type: 'array', items: str },
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

// The hand check below follows ajv's semantics for the keywords `$defs.header` uses (ajv 8, strict false, no
// strictNumbers): `type: 'integer'` is a number with no fraction that is not NaN (so JSON's 1e400, Infinity, passes as
// in ajv), `type: 'object'` a non-null non-array object, `additionalProperties: false` every own enumerable key listed,
// `required` a key whose value is not undefined, `pattern` a Unicode RegExp test. tests/artifact/header-check.test.ts
// checks that it agrees with ajv on valid and mutated headers.

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => !!x && typeof x === 'object' && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isInt = (x: unknown): x is number => typeof x === 'number' && !(x % 1) && !isNaN(x);
const isCount = (x: unknown): boolean => isInt(x) && x >= 0;
const HEX64 = new RegExp(artifactSchema.$defs.header.properties.documents.items.properties.sha256.pattern, 'u');
const SECTION_NAME = new RegExp(artifactSchema.$defs.header.properties.sections.items.properties.name.pattern, 'u');

/** Every own key of `o` is in `allowed`, and every key of `required` has a value. */
function keys(o: Obj, allowed: readonly string[], required: readonly string[]): boolean {
  for (const k of required) if (o[k] === undefined) return false;
  for (const k in o) if (!allowed.includes(k)) return false;
  return true;
}
/** An optional property: absent (undefined) or passing `check`. */
const opt = (x: unknown, check: (x: unknown) => boolean) => x === undefined || check(x);
const arrayOf = (x: unknown, check: (x: unknown) => boolean) => Array.isArray(x) && x.every(check);

const HEADER_KEYS = [
  'format',
  'formatVersion',
  'compiledFormatVersion',
  'profile',
  'taxonomy',
  'documents',
  'sections',
  'payloadLength',
  'stats',
] as const;
const HEADER_REQUIRED = artifactSchema.$defs.header.required;

function isPackage(p: unknown): boolean {
  return (
    isObj(p) &&
    keys(p, ['identifier', 'name', 'version', 'file'], []) &&
    opt(p.identifier, isStr) &&
    opt(p.name, isStr) &&
    opt(p.version, isStr) &&
    opt(p.file, isStr)
  );
}

function isDocument(d: unknown): boolean {
  return (
    isObj(d) &&
    keys(d, ['url', 'kind', 'targetNamespace', 'sha256'], ['url', 'kind', 'sha256']) &&
    isStr(d.url) &&
    (d.kind === 'schema' || d.kind === 'linkbase' || d.kind === 'other') &&
    opt(d.targetNamespace, isStr) &&
    isStr(d.sha256) &&
    HEX64.test(d.sha256)
  );
}

function isSection(s: unknown): boolean {
  const k = ['name', 'offset', 'length', 'size', 'encoding'] as const;
  return (
    isObj(s) &&
    keys(s, k, k) &&
    isStr(s.name) &&
    SECTION_NAME.test(s.name) &&
    isCount(s.offset) &&
    isCount(s.length) &&
    isCount(s.size) &&
    (s.encoding === 'deflate' || s.encoding === 'none')
  );
}

/**
 * Whether `h` (a parsed header, any JSON value) matches `$defs.header` of `artifactSchema` (schemas/sbrv.schema.json):
 * the same answer as ajv compiling that definition gives, without ajv. Used by `readArtifact` (src/artifact/read.ts)
 * before it trusts a header; a false answer is explained by ajv (`headerSchemaError` in schema-ajv.ts). Never throws.
 */
export function isArtifactHeader(h: unknown): boolean {
  if (!isObj(h) || !keys(h, HEADER_KEYS, HEADER_REQUIRED)) return false;
  const { taxonomy, stats } = h;
  return (
    h.format === 'sbr-validator-artifact' &&
    isInt(h.formatVersion) &&
    h.formatVersion >= 1 &&
    isInt(h.compiledFormatVersion) &&
    h.compiledFormatVersion >= 1 &&
    opt(h.profile, isStr) &&
    isObj(taxonomy) &&
    keys(taxonomy, ['entryPoints', 'packages'], ['entryPoints', 'packages']) &&
    arrayOf(taxonomy.entryPoints, isStr) &&
    arrayOf(taxonomy.packages, isPackage) &&
    arrayOf(h.documents, isDocument) &&
    arrayOf(h.sections, isSection) &&
    isCount(h.payloadLength) &&
    isObj(stats) &&
    keys(stats, ['concepts', 'relationships', 'labelLanguages'], ['concepts', 'relationships', 'labelLanguages']) &&
    isCount(stats.concepts) &&
    isCount(stats.relationships) &&
    arrayOf(stats.labelLanguages, isStr)
  );
}
