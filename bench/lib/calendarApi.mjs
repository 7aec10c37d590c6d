async function failure(res, what) {
  return new Error(
    `${what}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`,
  );
}

/** GET of a calendar path; returns the parsed body and its size. */
export async function calendarGet(baseUrl, token, path) {
  const res = await fetch(`${baseUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) {
    throw await failure(res, `GET ${path}`);
  }
  const text = await res.text();
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

/** The number of distinct events and of occurrences a range query answers with. */
export async function countOccurrences(baseUrl, token, path) {
  const { body, bytes } = await calendarGet(baseUrl, token, path);
  return {
    events: Object.keys(body.events ?? {}).length,
    occurrences: body.occurrences?.length ?? 0,
    bytes,
  };
}

/** Subscribes the token's user to a tag; returns the secret feed URL. */
export async function createTagFeed(baseUrl, token, tag) {
  const res = await fetch(`${baseUrl}/api/calendar/feed-tokens`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ feed: { kind: 'tag', tag } }),
  });
  if (res.status !== 201) {
    throw await failure(res, `POST /api/calendar/feed-tokens (tag ${tag})`);
  }
  const body = await res.json();
  if (!body?.url?.endsWith('.ics')) {
    throw new Error(
      `feed token without an .ics URL: ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  return body;
}

/** Fetches a feed without credentials; counts its events. */
export async function inspectFeed(url) {
  const res = await fetch(url);
  if (!res.ok) {
    throw await failure(
      res,
      `GET feed ${new URL(url).pathname.replace(
        /[^/]+\.ics$/,
        '<secret>.ics',
      )}`,
    );
  }
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    bytes: Buffer.byteLength(text),
    vevents: text.split('BEGIN:VEVENT').length - 1,
    vtimezones: text.split('BEGIN:VTIMEZONE').length - 1,
  };
}
