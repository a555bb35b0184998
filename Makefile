# Leercultuur Hub — developer commands.  `make` (or `make help`) lists them.
#
# No Docker needed: `make run` and `make test` start embedded PostgreSQL, Keycloak and OpenSearch
# from infra/bin/. Every Maven call uses a JDK >= 21 found by infra/bin/lib.sh (JAVA_HOME, then
# `java` on PATH, then /usr/lib/jvm/temurin-25-jdk-amd64).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

# Prefix for recipes that run Maven: exports JAVA_HOME of a JDK >= 21 (or stops with a clear message).
WITH_JDK := source infra/bin/lib.sh && find_jdk &&
# Section header in the output.
say = printf '\n==> %s\n' "$(1)"
# `make test` builds the backend once (in backend-test); the later steps reuse that build.
SKIP_BACKEND_BUILD ?= 0
export SKIP_BACKEND_BUILD

SCHEMA := frontend/src/api/schema.d.ts
OPENAPI := backend/target/openapi/openapi.json

.PHONY: help run run-check test client-journey backend-test frontend-test openapi-document api-types api-types-check contract-snapshot contract-lint e2e bench reindex lighthouse lint up down clean distclean

help: ## List the targets
	@echo "Leercultuur Hub — make targets"
	@echo
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'
	@echo
	@echo "Start with 'make run' (whole stack, no Docker) and 'make test' (every test of every layer)."

run: ## Start PostgreSQL, OpenSearch, Keycloak, GreenMail, the API (dev mode) and the web app; Ctrl-C stops all
	@infra/bin/run.sh

run-check: ## Start the stack as `make run` does, check that every service answers, then stop it all (CI runs it after make test)
	@$(call say,run-check (make run starts the whole stack))
	@RUN_CHECK=1 infra/bin/run.sh

test: ## Every test: backend-test, frontend-test, api-types-check, contract-lint, e2e (in that order, stops at the first failure)
	@start=$$(date +%s); summary=""; \
	for step in backend-test frontend-test "api-types-check SKIP_BACKEND_BUILD=1" contract-lint "e2e SKIP_BACKEND_BUILD=1"; do \
	  t=$$(date +%s); rc=0; \
	  $(MAKE) $$step || rc=$$?; \
	  summary+="$$(printf '  %-16s %4d s' "$${step%% *}" $$(( $$(date +%s) - t )))$$( [ $$rc = 0 ] || echo '  FAILED')\n"; \
	  if [ $$rc != 0 ]; then printf '\n==> make test FAILED in %s\n%b' "$${step%% *}" "$$summary"; exit $$rc; fi; \
	done; \
	printf '\n==> make test passed\n%b  %-16s %4d s\n' "$$summary" total $$(( $$(date +%s) - start ))

backend-test: ## Backend unit and @QuarkusTest tests against embedded PostgreSQL and an OpenSearch node (mvnw verify)
	@$(call say,backend tests (mvnw verify))
	@$(WITH_JDK) cd backend && ./mvnw -B -ntp verify

frontend-test: ## Web app: npm ci, lint, typecheck, Vitest
	@$(call say,frontend tests (lint, typecheck, vitest))
	@cd frontend && npm ci --no-audit --no-fund && npm run lint --if-present && npm run typecheck --if-present && npm test && npm run build && npm run check:budget

openapi-document:
	@if [[ "$(SKIP_BACKEND_BUILD)" == 1 && -f $(OPENAPI) ]]; then echo "using the existing $(OPENAPI)"; \
	else $(call say,building the backend for its OpenAPI document); \
	  $(WITH_JDK) cd backend && ./mvnw -B -ntp -q package -DskipTests; fi

api-types: openapi-document ## Regenerate the web app's API types (frontend/src/api/schema.d.ts) from the OpenAPI document
	@cd frontend && npx --no-install openapi-typescript ../$(OPENAPI) -o src/api/schema.d.ts
	@echo "updated $(SCHEMA) — commit it together with the API change"

api-types-check: openapi-document ## Fail when the committed API types are stale
	@$(call say,checking that $(SCHEMA) matches the OpenAPI document)
	@tmp="$$(mktemp --suffix=.d.ts)"; trap 'rm -f "$$tmp"' EXIT; \
	(cd frontend && npx --no-install openapi-typescript ../$(OPENAPI) -o "$$tmp" >/dev/null); \
	if ! diff -u $(SCHEMA) "$$tmp"; then \
	  echo; echo "ERROR: $(SCHEMA) is stale: the API changed. Run 'make api-types' and commit the result." >&2; exit 1; \
	fi; echo "API types are up to date."

contract-snapshot: openapi-document ## Write the API's OpenAPI document to contract/openapi.json (commit it with the API change)
	@cp $(OPENAPI) contract/openapi.json
	@echo "updated contract/openapi.json — commit it together with the API change (OpenApiContractTest compares them)"

contract-lint: ## Lint contract/openapi.json with Spectral and the OWASP API Security ruleset (fails on any error)
	@$(call say,contract lint (Spectral + OWASP API Security ruleset))
	@cd contract && npm ci --no-audit --no-fund --loglevel=error && npx --no-install spectral lint --fail-severity=error --ruleset .spectral.yaml openapi.json

e2e: ## End-to-end tests (Playwright + Chromium) against a fresh stack on ports 55433/9211/8181/8081/4173
	@$(call say,end-to-end tests)
	@infra/bin/e2e.sh

client-journey: ## The partner-system journey with a generated Java client, against `make run` (API 8080, Keycloak 8180)
	@$(call say,partner-system journey (client generated from contract/openapi.json))
	@$(WITH_JDK) E2E_API_URL=$${E2E_API_URL:-http://localhost:8080} E2E_KEYCLOAK_URL=$${E2E_KEYCLOAK_URL:-http://localhost:8180} \
	  backend/mvnw -B -ntp -f contract/java-client/pom.xml verify

bench: ## Search benchmark at 100,000 items: the API beside its own OpenSearch requests, rebuild time, RSS, start (infra/bin/bench.sh, ~15 min; not in make test)
	@infra/bin/bench.sh

reindex: ## Rebuild the knowledge search index from PostgreSQL through the running API (MGMT_URL, default make run's http://localhost:9080)
	@infra/bin/reindex.sh

lighthouse: ## Lighthouse (mobile) on the nginx-served build against `make run`'s API (make e2e runs it on its own stack)
	@$(call say,Lighthouse (mobile) on the production build served by nginx)
	@infra/bin/lighthouse.sh

lint: ## Lint the web app (eslint, tsc) and the shell scripts (bash -n, shellcheck when installed)
	@$(call say,lint)
	@cd frontend && npm run lint && npm run typecheck
	@for f in infra/bin/*.sh .ci/run; do bash -n "$$f"; done
	@if command -v shellcheck >/dev/null; then shellcheck -x infra/bin/*.sh .ci/run; else echo "(shellcheck not installed: skipped)"; fi

up: ## Run the whole stack with Docker Compose (needs Docker; not exercised by CI)
	docker compose up -d --build
	@echo "Web app http://localhost:5173 · API http://localhost:8080 · Keycloak http://localhost:8180 — 'make down' stops it"

down: ## Stop the Docker Compose stack
	docker compose down

clean: ## Remove build outputs and logs (keeps downloads, PostgreSQL and OpenSearch data, and Keycloak)
	rm -rf backend/target frontend/dist frontend/coverage frontend/test-results frontend/playwright-report frontend/blob-report .local/logs

distclean: ## clean + remove .local/ entirely (downloads, PostgreSQL and OpenSearch data, Keycloak) and node_modules
	@infra/bin/postgres.sh stop >/dev/null 2>&1 || true
	@infra/bin/keycloak.sh stop >/dev/null 2>&1 || true
	@infra/bin/opensearch.sh stop >/dev/null 2>&1 || true
	@$(MAKE) clean
	rm -rf .local frontend/node_modules
