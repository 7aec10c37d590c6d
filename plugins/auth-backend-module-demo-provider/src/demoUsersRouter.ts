import { AuthService } from '@backstage/backend-plugin-api';
import { UserEntity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';

/** A user the demo sign-in page offers, with the groups that give it its roles. */
export interface DemoUser {
  name: string;
  displayName: string;
  email?: string;
  groups: string[];
}

/**
 * Lists the catalog's users so the demo sign-in page can offer them. Open
 * without credentials because it serves the page people see before they sign in.
 */
export function createDemoUsersRouter(options: {
  catalog: CatalogService;
  auth: AuthService;
}): express.Router {
  const { catalog, auth } = options;
  const router = Router();
  router.get('/demo-users', async (_req, res) => {
    const { items } = await catalog.getEntities(
      {
        filter: { kind: 'User' },
        fields: ['metadata.name', 'spec.profile', 'spec.memberOf'],
        order: { field: 'metadata.name', order: 'asc' },
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const users: DemoUser[] = (items as UserEntity[]).map(user => ({
      name: user.metadata.name,
      displayName: user.spec?.profile?.displayName ?? user.metadata.name,
      email: user.spec?.profile?.email,
      groups: user.spec?.memberOf ?? [],
    }));
    res.json({ users });
  });
  return router;
}
