/** Must match the header the demo auth provider reads on the backend. */
export const DEMO_USER_HEADER = 'x-community-hub-demo-user';

const STORAGE_KEY = 'communityHub.demoUser';

/** A catalog user offered on the demo sign-in page. */
export interface DemoUser {
  name: string;
  displayName: string;
  email?: string;
  groups: string[];
}

export const chosenDemoUser = {
  get: () => window.localStorage.getItem(STORAGE_KEY) ?? undefined,
  set: (name: string) => window.localStorage.setItem(STORAGE_KEY, name),
  clear: () => window.localStorage.removeItem(STORAGE_KEY),
};
