/**
 * Demo sign-in for Community Hub: pick any catalog user on the sign-in page.
 * Development and demos only.
 *
 * @packageDocumentation
 */
export { authModuleDemoProvider as default } from './module';
export { DEMO_USER_HEADER } from './demoAuthenticator';
export type { DemoUser } from './demoUsersRouter';
