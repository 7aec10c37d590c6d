import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';
import { supportMigrationsDirectory } from '../database/migrateDatabase';
import { KnexSupportStore } from './KnexSupportStore';
import { newQuestion } from './__testUtils__/testQuestions';

describe('KnexSupportStore on a SQLite file', () => {
  let directory: string;
  const clients: Knex[] = [];
  const open = (file: string) => {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
    clients.push(knex);
    return knex;
  };

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'support-store-'));
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map(knex => knex.destroy()));
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('has committed a question to the file when its create resolves', async () => {
    const file = path.join(directory, 'support.sqlite');
    const writer = open(file);
    await writer.migrate.latest({ directory: supportMigrationsDirectory });
    const store = new KnexSupportStore(writer);

    const created = [];
    for (let n = 0; n < 5; n++) {
      created.push(
        (await store.createQuestion(newQuestion({ title: `Question ${n}` })))
          .id,
      );
    }

    // Another connection, as a restarted backend would open, sees every one.
    const reader = new KnexSupportStore(open(file));
    for (const id of created) {
      expect(await reader.getQuestion(id)).toMatchObject({ id });
    }
  });
});
