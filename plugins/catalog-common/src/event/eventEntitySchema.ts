import { COMMUNITY_API_VERSION } from '../partner/PartnerEntity';
import { CONTENT_TYPES, GATHERING_TYPES } from './EventEntity';

const refList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;
const wallTime = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$',
} as const;

const gatheringSpec = {
  required: ['start', 'end', 'timeZone', 'location', 'organisers', 'status'],
  properties: {
    type: { enum: [...GATHERING_TYPES] },
    publishDate: false,
    contentStatus: false,
  },
} as const;

const contentSpec = {
  required: ['publishDate', 'contentStatus'],
  properties: {
    type: { enum: [...CONTENT_TYPES] },
    start: false,
    end: false,
    location: false,
    recurrence: false,
    capacity: false,
    registration: false,
  },
} as const;

/**
 * JSON schema of the Event kind, layered on the catalog's own Entity schema.
 *
 * @public
 */
export const eventEntitySchema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  $id: 'EventV1alpha1',
  description: 'A community event (meetup, workshop, ...) or content calendar item.',
  allOf: [
    { $ref: 'Entity' },
    {
      type: 'object',
      required: ['spec', 'metadata'],
      properties: {
        apiVersion: { enum: [COMMUNITY_API_VERSION] },
        kind: { enum: ['Event'] },
        metadata: { type: 'object', required: ['title'] },
        spec: {
          type: 'object',
          required: ['type', 'owner'],
          additionalProperties: false,
          properties: {
            type: { enum: [...GATHERING_TYPES, ...CONTENT_TYPES] },
            owner: { type: 'string', minLength: 1 },
            description: { type: 'string' },
            tags: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9:+#-]+$' } },
            packages: refList,
            partners: refList,
            start: wallTime,
            end: wallTime,
            allDay: { type: 'boolean' },
            timeZone: { type: 'string', minLength: 1 },
            location: {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              properties: {
                venue: { type: 'string', minLength: 1 },
                address: { type: 'string', minLength: 1 },
                onlineUrl: { type: 'string', pattern: '^https?://[^\\s]+$' },
              },
            },
            recurrence: {
              type: 'object',
              additionalProperties: false,
              required: ['rrule'],
              properties: {
                rrule: { type: 'string', pattern: '^FREQ=' },
                exdates: { type: 'array', items: wallTime },
              },
            },
            capacity: { type: 'integer', minimum: 1 },
            registration: {
              type: 'object',
              additionalProperties: false,
              properties: { opens: wallTime, closes: wallTime },
            },
            organisers: { ...refList, minItems: 1 },
            speakers: refList,
            status: { enum: ['draft', 'scheduled', 'cancelled'] },
            publishDate: wallTime,
            contentStatus: { enum: ['draft', 'scheduled', 'published'] },
          },
          if: { properties: { type: { enum: [...CONTENT_TYPES] } } },
          then: contentSpec,
          else: gatheringSpec,
        },
      },
    },
  ],
} as const;
