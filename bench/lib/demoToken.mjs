import { setTimeout as sleep } from 'node:timers/promises';

export async function fetchDemoToken(baseUrl, userName) {
  const res = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
    headers: {
      'x-community-hub-demo-user': userName,
      'x-requested-with': 'XMLHttpRequest',
    },
  });
  if (!res.ok) {
    throw new Error(
      `demo sign-in as ${userName}: HTTP ${res.status} ${(
        await res.text()
      ).slice(0, 200)}`,
    );
  }
  const body = await res.json();
  const token = body?.backstageIdentity?.token;
  if (!token) {
    throw new Error(`demo sign-in as ${userName}: no token in the answer`);
  }
  return token;
}

export async function waitForDemoToken(baseUrl, userName, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  let lastError;
  while (performance.now() < deadline) {
    try {
      return await fetchDemoToken(baseUrl, userName);
    } catch (error) {
      lastError = error;
      await sleep(500);
    }
  }
  throw new Error(
    `No demo token within ${timeoutMs / 1000} s: ${lastError?.message}`,
  );
}
