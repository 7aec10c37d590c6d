export async function catalogGet(baseUrl, token, pathAndQuery) {
  const res = await fetch(`${baseUrl}/api/catalog${pathAndQuery}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) {
    throw new Error(
      `GET ${pathAndQuery}: HTTP ${res.status} ${(await res.text()).slice(
        0,
        200,
      )}`,
    );
  }
  return res.json();
}

export async function countEntities(baseUrl, token, kind) {
  const body = await catalogGet(
    baseUrl,
    token,
    `/entities/by-query?limit=1&filter=${encodeURIComponent(`kind=${kind}`)}`,
  );
  return body.totalItems;
}
