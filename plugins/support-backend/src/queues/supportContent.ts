import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  parseIsoDuration,
  ResponseGuideline,
  SUPPORT_PRIORITIES,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The file of queue definitions inside the content directory. */
export const QUEUES_FILE = 'queues.yaml';
/** The file of response guidelines inside the content directory. */
export const GUIDELINES_FILE = 'response-guidelines.yaml';

/** The id of the guideline that package queues derived from the catalog use. */
export const DEFAULT_GUIDELINE_ID = 'default';

/** A queue as `queues.yaml` defines it: the guideline is named by id. */
export interface QueueDefinition extends Omit<SupportQueue, 'guideline'> {
  guideline: string;
  /** Who answers first, as the handbook shows it. */
  answeredBy?: string;
}

/** A guideline as `response-guidelines.yaml` defines it. */
export interface GuidelineDefinition extends ResponseGuideline {
  /** What the guideline is for, as the handbook shows it. */
  description?: string;
}

/** Both content files, validated and cross-checked. */
export interface SupportContent {
  queues: QueueDefinition[];
  guidelines: GuidelineDefinition[];
}

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().max(63).regex(idPattern, {
  message: 'must be lowercase letters and digits joined by hyphens',
});
const text = z.string().trim().min(1, { message: 'must not be empty' });

function entityRef(kind?: string) {
  return z.string().transform((value, ctx) => {
    try {
      const ref = parseEntityRef(value);
      if (kind && ref.kind.toLocaleLowerCase('en-US') !== kind) {
        throw new Error(`not a ${kind}`);
      }
      return stringifyEntityRef(ref);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: kind
          ? `must be a ${kind} entity ref such as ${kind}:default/<name>, got '${value}'`
          : `must be an entity ref such as component:default/<name>, got '${value}'`,
      });
      return z.NEVER;
    }
  });
}

const duration = z.string().superRefine((value, ctx) => {
  let total = 0;
  try {
    const parts = parseIsoDuration(value);
    total = parts.days + parts.hours + parts.minutes;
  } catch {
    // reported below
  }
  if (total <= 0) {
    ctx.addIssue({
      code: 'custom',
      message: `must be an ISO 8601 duration longer than zero such as PT4H or P1D, got '${value}'`,
    });
  }
});

const queueSchema = z.strictObject({
  id,
  title: text,
  description: text,
  team: entityRef('group'),
  entityRef: entityRef().optional(),
  visibility: z.enum(['public', 'private']),
  guideline: id,
  answeredBy: text.optional(),
});

const targetSchema = z.strictObject({
  priority: z.enum(SUPPORT_PRIORITIES as ['urgent', 'normal', 'low']),
  firstResponse: duration,
  resolution: duration,
  clock: z.enum(['calendar', 'business-days']),
});

const guidelineSchema = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  escalateAfter: duration,
  targets: z.array(targetSchema).superRefine((targets, ctx) => {
    for (const priority of SUPPORT_PRIORITIES) {
      const count = targets.filter(t => t.priority === priority).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `needs exactly one target with priority '${priority}', found ${count}`,
        });
      }
    }
  }),
});

const queuesFileSchema = z.strictObject({
  queues: z.array(queueSchema).min(1, { message: 'needs at least one queue' }),
});
const guidelinesFileSchema = z.strictObject({
  guidelines: z
    .array(guidelineSchema)
    .min(1, { message: 'needs at least one guideline' }),
});

/** A readable field path: `queues[3] (kestrel-retry).team`. */
function fieldPath(pathParts: PropertyKey[], document: unknown): string {
  let out = '';
  let node: unknown = document;
  for (const part of pathParts) {
    node =
      node && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[part]
        : undefined;
    if (typeof part === 'number') {
      const itemId =
        node && typeof node === 'object'
          ? (node as { id?: unknown }).id
          : undefined;
      out += `[${part}]${typeof itemId === 'string' ? ` (${itemId})` : ''}`;
    } else {
      out += `${out ? '.' : ''}${String(part)}`;
    }
  }
  return out || '(top level)';
}

function invalid(file: string, problems: string[]): Error {
  return new Error(
    `Invalid support content in ${file}:\n${problems
      .map(p => `  - ${p}`)
      .join('\n')}`,
  );
}

function parseFile<T>(file: string, source: string, schema: z.ZodType<T>): T {
  let document: unknown;
  try {
    document = parseYaml(source);
  } catch (error) {
    throw invalid(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(document);
  if (!result.success) {
    throw invalid(
      file,
      result.error.issues.map(
        issue => `${fieldPath(issue.path, document)}: ${issue.message}`,
      ),
    );
  }
  return result.data;
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((value, i) => ids.indexOf(value) !== i))];
}

/**
 * Validates the text of both content files and checks them against each
 * other. Throws an error naming the file and the field of every problem.
 * `files` are the names used in messages.
 */
export function parseSupportContent(options: {
  queues: string;
  guidelines: string;
  files?: { queues: string; guidelines: string };
}): SupportContent {
  const files = options.files ?? {
    queues: QUEUES_FILE,
    guidelines: GUIDELINES_FILE,
  };
  const { guidelines } = parseFile(
    files.guidelines,
    options.guidelines,
    guidelinesFileSchema,
  );
  const guidelineProblems = duplicates(guidelines.map(g => g.id)).map(
    dup => `guidelines: the id '${dup}' is used more than once`,
  );
  if (!guidelines.some(g => g.id === DEFAULT_GUIDELINE_ID)) {
    guidelineProblems.push(
      `guidelines: needs a guideline with id '${DEFAULT_GUIDELINE_ID}' (used by package queues from the catalog)`,
    );
  }
  if (guidelineProblems.length) {
    throw invalid(files.guidelines, guidelineProblems);
  }

  const { queues } = parseFile(files.queues, options.queues, queuesFileSchema);
  const known = new Set(guidelines.map(g => g.id));
  const queueProblems = duplicates(queues.map(q => q.id)).map(
    dup => `queues: the id '${dup}' is used more than once`,
  );
  queues.forEach((queue, index) => {
    if (!known.has(queue.guideline)) {
      queueProblems.push(
        `queues[${index}] (${queue.id}).guideline: no guideline '${
          queue.guideline
        }' in ${files.guidelines} (it has ${[...known].join(', ')})`,
      );
    }
  });
  if (queueProblems.length) {
    throw invalid(files.queues, queueProblems);
  }
  return {
    queues,
    guidelines: guidelines.map(g => ({
      ...g,
      // Targets in priority order, whatever the file's order
      targets: SUPPORT_PRIORITIES.map(
        priority => g.targets.find(t => t.priority === priority)!,
      ),
    })),
  };
}

/** Reads and validates `queues.yaml` and `response-guidelines.yaml` of a directory. */
export function readSupportContent(directory: string): SupportContent {
  const read = (name: string) => {
    const file = path.join(directory, name);
    try {
      return { file, source: fs.readFileSync(file, 'utf8') };
    } catch (error) {
      throw new Error(
        `Cannot read support content ${file}: ${(error as Error).message}`,
      );
    }
  };
  const queues = read(QUEUES_FILE);
  const guidelines = read(GUIDELINES_FILE);
  return parseSupportContent({
    queues: queues.source,
    guidelines: guidelines.source,
    files: { queues: queues.file, guidelines: guidelines.file },
  });
}

/** A defined queue as the API shows it: the guideline itself instead of its id. */
export function toSupportQueue(
  queue: QueueDefinition,
  guidelines: Map<string, ResponseGuideline>,
): SupportQueue {
  const guideline = guidelines.get(queue.guideline)!;
  return {
    id: queue.id,
    title: queue.title,
    description: queue.description,
    team: queue.team,
    ...(queue.entityRef ? { entityRef: queue.entityRef } : {}),
    visibility: queue.visibility,
    guideline,
  };
}

/** Guidelines by id, without the handbook-only fields. */
export function guidelinesById(
  content: SupportContent,
): Map<string, ResponseGuideline> {
  return new Map(
    content.guidelines.map(g => [
      g.id,
      {
        id: g.id,
        title: g.title,
        targets: g.targets,
        escalateAfter: g.escalateAfter,
      },
    ]),
  );
}
