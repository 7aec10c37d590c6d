export const FLOOR_ENDPOINT = 'floor';

export function benchEndpoints(manifest) {
  return [
    { id: FLOOR_ENDPOINT, path: '/api/auth/v1/userinfo' },
    { id: 'by-query', path: '/api/catalog/entities/by-query?limit=20' },
    {
      id: 'by-query-no-total',
      path: '/api/catalog/entities/by-query?limit=20&totalItems=exclude',
    },
    {
      id: 'facets-spec.type',
      path: '/api/catalog/entity-facets?facet=spec.type',
    },
    {
      id: 'by-name',
      path: `/api/catalog/entities/by-name/component/default/${manifest.sampleComponent}`,
    },
  ];
}
