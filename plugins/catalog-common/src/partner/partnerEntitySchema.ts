import { COMMUNITY_API_VERSION, PARTNER_TIERS, PARTNER_TYPES } from './PartnerEntity';

const entityRefList = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
} as const;

/**
 * JSON schema of the Partner kind, layered on the catalog's own Entity schema.
 *
 * @public
 */
export const partnerEntitySchema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  $id: 'PartnerV1alpha1',
  description:
    'A Partner is an organisation or person that sponsors or maintains community packages.',
  allOf: [
    { $ref: 'Entity' },
    {
      type: 'object',
      required: ['spec'],
      properties: {
        apiVersion: { enum: [COMMUNITY_API_VERSION] },
        kind: { enum: ['Partner'] },
        spec: {
          type: 'object',
          required: [
            'type',
            'tier',
            'since',
            'website',
            'emailDomains',
            'owner',
            'contacts',
          ],
          additionalProperties: false,
          properties: {
            type: { enum: [...PARTNER_TYPES] },
            tier: { enum: [...PARTNER_TIERS] },
            since: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
              description: 'ISO date the partnership started, YYYY-MM-DD.',
            },
            website: { type: 'string', pattern: '^https?://[^\\s/$.?#].[^\\s]*$' },
            emailDomains: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'string',
                pattern:
                  '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$',
              },
            },
            owner: { type: 'string', minLength: 1 },
            contacts: { ...entityRefList, minItems: 1 },
            sponsors: entityRefList,
            maintains: entityRefList,
          },
        },
      },
    },
  ],
} as const;
