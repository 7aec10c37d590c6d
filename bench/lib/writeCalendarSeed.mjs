import fs from 'node:fs';
import path from 'node:path';
import { FEED_TAG, generateCalendarEntities } from './calendarSeedEntities.mjs';
import { BENCH_USER } from './seedEntities.mjs';
import { chunks, rootLocation, toYamlDocuments } from './writeSeed.mjs';

const EVENTS_PER_FILE = 1000;
const MANIFEST = 'manifest.json';
const ROOT_LOCATION = 'all.yaml';

function count(events, predicate) {
  return events.filter(predicate).length;
}

function eventCounts(events) {
  const content = e => e.spec.publishDate !== undefined;
  const recurring = e => e.spec.recurrence !== undefined;
  const rule = e => e.spec.recurrence?.rrule ?? '';
  const byType = {};
  for (const e of events) byType[e.spec.type] = (byType[e.spec.type] ?? 0) + 1;
  return {
    event: events.length,
    content: count(events, content),
    gathering: count(events, e => !content(e)),
    recurring: count(events, recurring),
    weekly: count(events, e => rule(e).startsWith('FREQ=WEEKLY')),
    monthly: count(events, e => rule(e).startsWith('FREQ=MONTHLY')),
    withCount: count(events, e => rule(e).includes('COUNT=')),
    withUntil: count(events, e => rule(e).includes('UNTIL=')),
    withExdates: count(events, e => e.spec.recurrence?.exdates !== undefined),
    endless: count(events, e => recurring(e) && !/COUNT=|UNTIL=/.test(rule(e))),
    allDay: count(events, e => e.spec.allDay === true),
    drafts: count(
      events,
      e => e.spec.status === 'draft' || e.spec.contentStatus === 'draft',
    ),
    feedEvents: count(events, e => e.metadata.tags.includes(FEED_TAG)),
    byType,
    byZone: events.reduce((acc, e) => {
      const zone = e.spec.timeZone ?? '(content)';
      acc[zone] = (acc[zone] ?? 0) + 1;
      return acc;
    }, {}),
  };
}

/** Writes the calendar seed to `dir` (replacing it) and returns its manifest. */
export function writeCalendarSeed(dir, sizes) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const entities = generateCalendarEntities(sizes);
  const files = [
    { name: 'groups.yaml', entities: entities.groups },
    { name: 'users.yaml', entities: entities.users },
    ...chunks(entities.events, EVENTS_PER_FILE).map((part, i) => ({
      name: `events-${String(i + 1).padStart(2, '0')}.yaml`,
      entities: part,
    })),
  ];
  for (const file of files) {
    fs.writeFileSync(path.join(dir, file.name), toYamlDocuments(file.entities));
  }
  fs.writeFileSync(
    path.join(dir, ROOT_LOCATION),
    toYamlDocuments([rootLocation(files.map(f => f.name))]),
  );
  const manifest = {
    suite: 'calendar',
    sizes,
    rootLocation: path.join(dir, ROOT_LOCATION),
    files: files.map(f => f.name),
    benchUser: BENCH_USER,
    feedTag: FEED_TAG,
    expected: {
      component: 0,
      partner: 0,
      user: entities.users.length,
      group: entities.groups.length,
      ...eventCounts(entities.events),
    },
  };
  fs.writeFileSync(
    path.join(dir, MANIFEST),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return manifest;
}
