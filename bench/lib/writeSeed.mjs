import fs from 'node:fs';
import path from 'node:path';
import { BENCH_USER, generateSeedEntities } from './seedEntities.mjs';

const ENTITIES_PER_FILE = 1000;
const MANIFEST = 'manifest.json';
const ROOT_LOCATION = 'all.yaml';

export function toYamlDocuments(entities) {
  return `${entities.map(e => JSON.stringify(e, null, 1)).join('\n---\n')}\n`;
}

export function chunks(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function filesFor(entities) {
  const files = [];
  const add = (prefix, list) => {
    const parts = chunks(list, ENTITIES_PER_FILE);
    parts.forEach((part, i) => {
      const suffix =
        parts.length > 1 ? `-${String(i + 1).padStart(2, '0')}` : '';
      files.push({ name: `${prefix}${suffix}.yaml`, entities: part });
    });
  };
  add('groups', entities.groups);
  add('users', entities.users);
  add('systems', entities.systems);
  add('components', entities.components);
  add('partners', entities.partners);
  return files;
}

export function rootLocation(fileNames) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: {
      name: 'bench-seed',
      description: 'Synthetic benchmark catalog',
    },
    spec: { targets: fileNames.map(name => `./${name}`) },
  };
}

function byNameSample(entities) {
  const sponsored = entities.partners.find(p => p.spec.sponsors.length > 0);
  const ref =
    sponsored?.spec.sponsors[0] ??
    `component:default/${entities.components[0].metadata.name}`;
  return ref.split('/').pop();
}

export function writeSeed(dir, sizes) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const entities = generateSeedEntities(sizes);
  const files = filesFor(entities);
  for (const file of files) {
    fs.writeFileSync(path.join(dir, file.name), toYamlDocuments(file.entities));
  }
  fs.writeFileSync(
    path.join(dir, ROOT_LOCATION),
    toYamlDocuments([rootLocation(files.map(f => f.name))]),
  );
  const manifest = {
    sizes,
    rootLocation: path.join(dir, ROOT_LOCATION),
    files: files.map(f => f.name),
    benchUser: BENCH_USER,
    sampleComponent: byNameSample(entities),
    expected: {
      component: entities.components.length,
      partner: entities.partners.length,
      user: entities.users.length,
      group: entities.groups.length,
      system: entities.systems.length,
      location: files.length + 2,
    },
  };
  fs.writeFileSync(
    path.join(dir, MANIFEST),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return manifest;
}

export function readSeedManifest(dir) {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) {
    throw new Error(`No seed in ${dir}; run without --skip-seed first`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
