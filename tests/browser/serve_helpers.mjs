// Start-up helpers shared by the browser tests: index sample-corpus, serve it with lighttpd
// (web/serve.sh) and launch headless Debian chromium through playwright-core.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const sourceDir = resolve(process.env.UNRES_SOURCE_DIR ?? join(import.meta.dirname, '..', '..'));
export const binDir = resolve(process.env.UNRES_BIN_DIR ?? join(sourceDir, 'build', 'bin'));
const buildDir = resolve(binDir, '..');
const chromiumPath = process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium';

const freePort = () => new Promise((done, fail) => {
  const probe = createServer().once('error', fail);
  probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => done(port)); });
});

/**
 * Indexes the sample corpus (and the files in @p extra), starts lighttpd and chromium. Returns {base, db, page, context, stop}:
 * base is the CGI's URL, stop() closes the browser, the server and the work directory.
 */
export async function startSite(prefix = 'unres-browser-', extra = []) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const db = join(work, 'db');
  const corpus = join(sourceDir, 'sample-corpus');
  const files = readdirSync(corpus).filter((name) => name.startsWith('A-RES-')).map((name) => join(corpus, name));
  execFileSync(join(binDir, 'unres-index'), ['--quiet', '--db', db, ...files, ...extra]);
  const port = await freePort();
  const server = spawn('bash', [join(sourceDir, 'web', 'serve.sh'), buildDir, db, String(port)], {
    env: { ...process.env, UNRES_SERVE_DIR: join(work, 'serve') }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
  process.on('exit', stopServer);
  const base = `http://127.0.0.1:${port}/unres.cgi`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    assert.ok(i < 300 && server.exitCode === null, 'lighttpd did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 1000 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const stop = async () => {
    try { await context.close(); } finally {
      stopServer();
      rmSync(work, { recursive: true, force: true });
    }
  };
  return { base, db, page, context, stop };
}
