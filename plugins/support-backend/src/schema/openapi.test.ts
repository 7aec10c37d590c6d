import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createRouter } from '../service/router';
import { SupportService } from '../service/SupportService';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Spec {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

function loadSpec(): Spec {
  return parse(fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'));
}

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/** `METHOD /path` of every route of an express router, `:id` written `{id}`. */
function routesOf(router: express.Router): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          const openApiPath = layer.route.path.replace(/:(\w+)/g, '{$1}');
          found.push(`${method.toUpperCase()} ${openApiPath}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((router as unknown as { stack: Layer[] }).stack);
  return found.sort();
}

function routesOfSpec(spec: Spec): string[] {
  return Object.entries(spec.paths)
    .flatMap(([route, item]) =>
      Object.keys(item)
        .filter(key => METHODS.includes(key))
        .map(method => `${method.toUpperCase()} ${route}`),
    )
    .sort();
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
    );
  }
  return [];
}

describe('openapi.yaml', () => {
  const spec = loadSpec();
  const router = createRouter({
    httpAuth: mockServices.httpAuth(),
    service: {} as SupportService,
    maxBodyLength: 20_000,
  });

  it('is OpenAPI 3.0', () => {
    expect(spec.openapi).toMatch(/^3\.0\./);
  });

  it('describes exactly the routes the router registers', () => {
    const registered = routesOf(router);
    const described = routesOfSpec(spec);
    expect(registered.length).toBeGreaterThan(20);
    expect(registered.filter(route => !described.includes(route))).toEqual([]);
    expect(described.filter(route => !registered.includes(route))).toEqual([]);
  });

  it('resolves every reference', () => {
    const missing = refsIn(spec).filter(ref => {
      const [, section, name] = ref.split('/').slice(1);
      return !spec.components[section]?.[name];
    });
    expect(missing).toEqual([]);
  });

  it('documents 401 and a 200-range response for every operation', () => {
    for (const [route, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as
          | { responses: Record<string, unknown> }
          | undefined;
        if (!operation) continue;
        const codes = Object.keys(operation.responses);
        expect([route, method, codes.includes('401')]).toEqual([
          route,
          method,
          true,
        ]);
        expect(codes.some(code => code.startsWith('2'))).toBe(true);
      }
    }
  });
});
