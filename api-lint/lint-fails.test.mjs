// Proves the checks run by ./mvnw verify fail on the mistakes issue 14 found: each test plants one mistake in a
// copy of a stored document and expects the linter (with this module's redocly.yaml) or the AsyncAPI parser to
// refuse it. The unplanted copy must pass, so a refusal comes from the plant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STATS = '../stats-service/target/openapi/openapi.json';
const work = mkdtempSync(join(tmpdir(), 'samt-api-lint-'));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function lint(plant) {
  const document = JSON.parse(readFileSync(STATS, 'utf8'));
  plant(document);
  const file = join(work, `openapi-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(document));
  const run = spawnSync('node_modules/.bin/redocly', ['lint', '--config', 'redocly.yaml', file], { env, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

function validateAsyncApi(plant) {
  const file = join(work, `asyncapi-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, plant(readFileSync('../docs/asyncapi.yaml', 'utf8')));
  const run = spawnSync(process.execPath, ['validate-asyncapi.mjs', file], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const rankings = (document) => document.paths['/stats/rankings'].get;

test('the stored document as it is passes', () => {
  const result = lint(() => {});
  assert.equal(result.status, 0, result.output);
});

test('an operation without an operationId fails', () => {
  const result = lint((document) => delete rankings(document).operationId);
  assert.notEqual(result.status, 0);
  assert.match(result.output, /operation-operationId/);
});

test('a document without servers fails', () => {
  const result = lint((document) => delete document.servers);
  assert.notEqual(result.status, 0);
  assert.match(result.output, /no-empty-servers/);
});

test('an operation whose security is undeclared fails', () => {
  const result = lint((document) => delete rankings(document).security);
  assert.notEqual(result.status, 0);
  assert.match(result.output, /security-defined/);
});

test('an operation without a 4xx response fails', () => {
  const result = lint((document) => {
    const responses = rankings(document).responses;
    Object.keys(responses).filter((status) => status.startsWith('4')).forEach((status) => delete responses[status]);
  });
  assert.notEqual(result.status, 0);
  assert.match(result.output, /operation-4xx-response/);
});

test('a refusal documented without a body fails', () => {
  const result = lint((document) => delete rankings(document).responses['400'].content);
  assert.notEqual(result.status, 0);
  assert.match(result.output, /problem-response-has-content/);
});

test('a refusal documented as plain JSON instead of a problem fails', () => {
  const result = lint((document) => {
    rankings(document).responses['400'].content = { 'application/json': { schema: { type: 'object' } } };
  });
  assert.notEqual(result.status, 0);
  assert.match(result.output, /problem-response-is-problem-json/);
});

test('the AsyncAPI document as it is passes', () => {
  const result = validateAsyncApi((text) => text);
  assert.equal(result.status, 0, result.output);
});

test('an AsyncAPI channel naming a message that does not exist fails', () => {
  const result = validateAsyncApi((text) => text.replace("$ref: '#/components/messages/PermitEvent'", "$ref: '#/components/messages/NoSuchEvent'"));
  assert.notEqual(result.status, 0);
});

test('an AsyncAPI operation with an unknown action fails', () => {
  const result = validateAsyncApi((text) => text.replace('action: send', 'action: publish'));
  assert.notEqual(result.status, 0);
});
