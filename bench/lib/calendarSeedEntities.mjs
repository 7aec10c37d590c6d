import { addDays, dateOfDay, isoDate, wallTime } from './calendarDates.mjs';
import { generateRecurrence } from './calendarRecurrence.mjs';
import { groups, pad, range, users } from './seedEntities.mjs';
import { createSeededRandom } from './seededRandom.mjs';

export const FEED_TAG = 'bench-feed';
export const CALENDAR_USERS = 200;
export const CALENDAR_GROUPS = 20;

const API_VERSION = 'communityhub.dev/v1alpha1';
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'UTC',
  'Europe/Lisbon',
  'America/Los_Angeles',
];
// Weighted by repetition: meetups are the most common gathering.
const ONE_OFF_TYPES = [
  'meetup',
  'meetup',
  'meetup',
  'workshop',
  'workshop',
  'conference',
  'hackathon',
  'office-hours',
  'community-call',
];
const RECURRING_TYPES = ['community-call', 'office-hours', 'meetup'];
const CONTENT_TYPES = ['blog-post', 'blog-post', 'newsletter', 'podcast'];
const DURATION_MINUTES = {
  meetup: 120,
  workshop: 180,
  conference: 480,
  hackathon: 600,
  'office-hours': 60,
  'community-call': 60,
};
const TAGS = [
  'connectors',
  'streaming',
  'beginners',
  'release',
  'roadmap',
  'testing',
  'observability',
  'security',
  'rfc',
  'community',
];
const CITIES = [
  'Berlin',
  'Lisbon',
  'New York',
  'Tokyo',
  'Los Angeles',
  'Online',
];
const CONTENT_SHARE = 0.15;

const eventName = i => `bench-event-${pad(i, 5)}`;

function shuffled(list, random) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function people(random, userNames, groupNames) {
  const ref = (kind, name) => `${kind}:default/${name}`;
  const owner =
    random.next() < 0.8
      ? ref('group', random.pick(groupNames))
      : ref('user', random.pick(userNames));
  const organisers = random
    .sample(userNames, random.int(1, 3))
    .map(n => ref('user', n));
  if (random.next() < 0.2)
    organisers.push(ref('group', random.pick(groupNames)));
  const speakers = random
    .sample(userNames, random.int(0, 2))
    .map(n => ref('user', n));
  return { owner, organisers, speakers };
}

function location(random, name) {
  const n = random.int(1, 400);
  const inPerson = {
    venue: `Bench venue ${n}`,
    address: `${n} Example Street, ${random.pick(CITIES)}`,
  };
  const online = { onlineUrl: `https://meet.bench.example/${name}` };
  const kind = random.next();
  return kind < 0.45
    ? inPerson
    : kind < 0.85
    ? online
    : { ...inPerson, ...online };
}

function gatheringStatus(random, inFeed) {
  const r = random.next();
  if (inFeed) return r < 0.95 ? 'scheduled' : 'cancelled';
  return r < 0.85 ? 'scheduled' : r < 0.9 ? 'cancelled' : 'draft';
}

function gatheringSpec(random, name, recurring, inFeed, refs) {
  const type = random.pick(recurring ? RECURRING_TYPES : ONE_OFF_TYPES);
  // One-off events from 2 January to 27 December, recurring ones start in the
  // first half (days up to 28 of a month); local times 08:00-20:30 never fall
  // into a daylight-saving gap and stay within 2027 in every zone.
  let startDate = dateOfDay(
    recurring ? random.int(2, 181) : random.int(2, 361),
  );
  if (recurring && startDate.getUTCDate() > 28)
    startDate = addDays(startDate, -3);
  const spec = { type, owner: refs.owner, timeZone: random.pick(ZONES) };
  const allDay =
    !recurring &&
    ['conference', 'hackathon'].includes(type) &&
    random.next() < 0.6;
  const hour = random.int(8, 20);
  const minute = random.pick([0, 30]);
  if (allDay) {
    spec.allDay = true;
    spec.start = isoDate(startDate);
    spec.end = isoDate(addDays(startDate, random.int(0, 2)));
  } else {
    const length = Math.min(DURATION_MINUTES[type], (23 - hour) * 60);
    const endMinutes = hour * 60 + minute + length;
    spec.start = wallTime(startDate, hour, minute);
    spec.end = wallTime(
      startDate,
      Math.floor(endMinutes / 60),
      endMinutes % 60,
    );
  }
  spec.location = location(random, name);
  if (recurring)
    spec.recurrence = generateRecurrence(random, startDate, hour, minute);
  spec.organisers = refs.organisers;
  if (refs.speakers.length > 0 && type !== 'office-hours')
    spec.speakers = refs.speakers;
  if (['meetup', 'workshop'].includes(type) && random.next() < 0.4) {
    spec.capacity = random.int(10, 200);
    if (!recurring) {
      spec.registration = {
        opens: wallTime(addDays(startDate, -30), 9, 0),
        closes: wallTime(addDays(startDate, -1), 18, 0),
      };
    }
  }
  spec.status = gatheringStatus(random, inFeed);
  return spec;
}

function contentSpec(random, refs, inFeed) {
  const r = random.next();
  const contentStatus = inFeed
    ? r < 0.5
      ? 'published'
      : 'scheduled'
    : r < 0.4
    ? 'published'
    : r < 0.8
    ? 'scheduled'
    : 'draft';
  return {
    type: random.pick(CONTENT_TYPES),
    owner: refs.owner,
    publishDate: isoDate(dateOfDay(random.int(2, 362))),
    contentStatus,
  };
}

function event(i, kind, inFeed, random, userNames, groupNames) {
  const name = eventName(i);
  const refs = people(random, userNames, groupNames);
  const spec =
    kind === 'content'
      ? contentSpec(random, refs, inFeed)
      : gatheringSpec(random, name, kind === 'recurring', inFeed, refs);
  const tags = random.sample(TAGS, random.int(1, 3));
  if (inFeed) tags.push(FEED_TAG);
  return {
    apiVersion: API_VERSION,
    kind: 'Event',
    metadata: {
      name,
      title: `Bench ${spec.type} ${i}`,
      description: `Synthetic ${spec.type} number ${i} of the calendar benchmark.`,
      tags,
    },
    spec,
  };
}

/**
 * The calendar benchmark's catalog: Groups, Users (one of them the demo
 * sign-in user `bench.user`) and Events, deterministic for a seed.
 * `sizes`: { seed, events, recurring, feedEvents }.
 */
export function generateCalendarEntities(sizes) {
  const random = createSeededRandom(sizes.seed);
  const groupList = groups(CALENDAR_GROUPS);
  const groupNames = groupList.map(e => e.metadata.name);
  const userList = users(CALENDAR_USERS, groupNames, random);
  const userNames = userList.map(e => e.metadata.name);

  const order = shuffled(range(sizes.events), random);
  const contentCount = Math.round(sizes.events * CONTENT_SHARE);
  const kindOf = new Map();
  order.forEach((i, position) =>
    kindOf.set(
      i,
      position < sizes.recurring
        ? 'recurring'
        : position < sizes.recurring + contentCount
        ? 'content'
        : 'one-off',
    ),
  );
  const inFeed = new Set(
    shuffled(range(sizes.events), random).slice(0, sizes.feedEvents),
  );
  const events = range(sizes.events).map(i =>
    event(i, kindOf.get(i), inFeed.has(i), random, userNames, groupNames),
  );
  return { groups: groupList, users: userList, events };
}
