import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';

/** The support backend's settings, with their defaults. */
export interface SupportSettings {
  /** Entity refs of bot users; their replies are never a first response. */
  bots: string[];
  /** How often the breach scan runs. */
  breachScan: HumanDuration;
  /** The most characters of a question or answer body. */
  maxBodyLength: number;
  /** Group refs of community managers (told about escalated breaches). */
  communityManagers: string[];
  /**
   * Whether an empty support desk gets demo questions at start
   * (`support.demo.seed`); never when `auth.environment` is `production`.
   */
  demoSeed: boolean;
}

const DEFAULT_MAX_BODY_LENGTH = 20_000;
// The limit of a JSON request body stays above the longest body allowed.
const MAX_BODY_LENGTH_CEILING = 50_000;

function normaliseRef(ref: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
  );
}

/** Reads `support.*` and `communityHub.roles.communityManagers` from the app config. */
export function readSupportConfig(config: Config): SupportSettings {
  const support = config.getOptionalConfig('support');
  const maxBodyLength =
    support?.getOptionalNumber('maxBodyLength') ?? DEFAULT_MAX_BODY_LENGTH;
  if (
    !Number.isInteger(maxBodyLength) ||
    maxBodyLength < 1 ||
    maxBodyLength > MAX_BODY_LENGTH_CEILING
  ) {
    throw new Error(
      `Invalid config support.maxBodyLength: expected a whole number from 1 to ${MAX_BODY_LENGTH_CEILING}, got ${maxBodyLength}`,
    );
  }
  return {
    bots: (support?.getOptionalStringArray('bots') ?? []).map(ref =>
      normaliseRef(ref, 'user'),
    ),
    breachScan: support?.has('breachScan')
      ? readDurationFromConfig(support, { key: 'breachScan' })
      : { minutes: 1 },
    maxBodyLength,
    communityManagers: (
      config.getOptionalStringArray('communityHub.roles.communityManagers') ?? [
        'group:default/community-managers',
      ]
    ).map(ref => normaliseRef(ref, 'group')),
    demoSeed:
      (support?.getOptionalBoolean('demo.seed') ?? false) &&
      config.getOptionalString('auth.environment') !== 'production',
  };
}
