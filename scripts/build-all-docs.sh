#!/usr/bin/env bash
# Builds every TechDocs site of the catalog through a running portal, as a
# reader's first visit would. Usage: scripts/build-all-docs.sh [portal-url]
set -euo pipefail
URL="${1:-http://localhost:7007}"
token="$(curl -sf "$URL/api/auth/demo/refresh" -H 'x-community-hub-demo-user: amara.okafor' |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backstageIdentity.token))')"
names="$(curl -sf -H "Authorization: Bearer $token" \
  "$URL/api/catalog/entities/by-query?filter=metadata.annotations.backstage.io/techdocs-ref&fields=metadata.name&limit=500" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items.map(e=>e.metadata.name).join("\n")))')"
for name in $names; do
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 180 -H "Authorization: Bearer $token" \
    "$URL/api/techdocs/sync/default/component/$name")"
  echo "$name $code"
done
