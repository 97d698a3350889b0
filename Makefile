# The two commands a new engineer needs (README): `make serve`, `make test`.
# Each installs what it is missing first (tools/setup.sh).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: serve test build bench setup setup-test setup-bench lint test-native test-schema test-wasm test-wasm-firefox test-wasm-webkit test-e2e test-e2e-firefox test-deploy test-rebuild fuzz fuzz-long clean

## Build the release app and serve it on http://127.0.0.1:$(PORT)
serve: build
	node tools/serve.mjs --dir dist --port $(PORT)

## Run every test layer: native, wasm in headless Chromium, end-to-end, deployment
test: setup-test
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory fuzz
	$(MAKE) --no-print-directory test-schema
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-wasm-firefox
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory test-e2e-firefox
	$(MAKE) --no-print-directory test-deploy
	$(MAKE) --no-print-directory test-rebuild

build: setup
	trunk build --release --offline

## Speed and memory next to bcftools and the browser's own inflate (prints tables).
bench: setup-bench build
	tools/bench.sh

setup:
	tools/setup.sh app

setup-test:
	tools/setup.sh test

setup-bench:
	tools/setup.sh bench

## Formatting, clippy and the doc comments' links, warnings as errors, for the native crates and the app.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --exclude tolk --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p tolk --lib --bins --tests -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --exclude tolk --no-deps
	RUSTDOCFLAGS="-D warnings" cargo doc --target wasm32-unknown-unknown -p tolk --no-deps

## The engine and the CLI (the app's own tests run in the browser).
test-native:
	cargo test --workspace --exclude tolk

## The golden notes against their JSON Schemas: the note model's (docs/) and HL7's FHIR R4.
test-schema:
	node tests/schema/validate.mjs

## Every parser of what a user opens, fuzzed for 30 s each from tests/data (tools/fuzz.sh).
fuzz:
	tools/fuzz.sh 30

## The long run the issue notes report (1 hour per target).
fuzz-long:
	tools/fuzz.sh 3600

## The app and engine compiled to wasm, in headless Chromium.
test-wasm:
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target wasm32-unknown-unknown -p tolk --lib --test browser

## The same wasm tests in headless Firefox ESR through geckodriver (the test binary test-wasm built).
test-wasm-firefox:
	GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown -p tolk --lib --test browser

## Playwright against the release build in dist/.
test-e2e:
	npx playwright test --config tests/e2e/playwright.config.mjs

## The main flows (open, narrow, classify, export, reload) in Firefox ESR, against dist/ (docs/BROWSERS.md).
test-e2e-firefox:
	node tests/firefox/flows.mjs --browser firefox

## The wasm tests in WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb: not in `make test`
## (docs/BROWSERS.md). Needs Debian's webkit2gtk-driver and xvfb.
test-wasm-webkit:
	@command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null || { echo "test-wasm-webkit needs: apt-get install webkit2gtk-driver xvfb"; exit 1; }
	SAFARIDRIVER=$$(command -v WebKitWebDriver) xvfb-run -a cargo test --target wasm32-unknown-unknown -p tolk --lib --test browser

## The release build in dist/ behind nginx and Apache with deploy/'s configurations,
## and behind tools/serve.mjs: every header of tools/headers.mjs, and a Playwright smoke run;
## first, the service worker's kill-switch and minimum-version rules on the cases the engine's are held to.
test-deploy:
	node tests/hosting/sw-rules.mjs
	tests/deploy/run.sh dist

## The release build made again from a clean clone of HEAD in another directory: every file the same.
test-rebuild:
	tests/rebuild/run.sh dist

clean:
	cargo clean
	rm -rf dist test-results
