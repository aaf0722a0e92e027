// Browser test of unres.cgi: indexes sample-corpus, serves it with lighttpd (web/serve.sh) and drives
// headless Debian chromium through playwright-core. Run: node --test (see tests/e2e/cgi_browser.sh).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const sourceDir = resolve(process.env.UNRES_SOURCE_DIR ?? join(import.meta.dirname, '..', '..'));
const binDir = resolve(process.env.UNRES_BIN_DIR ?? join(sourceDir, 'build', 'bin'));
const buildDir = resolve(binDir, '..');
const chromiumPath = process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'unres-browser-'));
const db = join(work, 'db');
const XSS = `"'><script>window.__xss=1</script><img src=x onerror="window.__xss=2;alert(2)"><svg onload=alert(3)>`;

let server;
let context;
let page;
let base;
const dialogs = [];

const freePort = () => new Promise((done, fail) => {
  const probe = createServer().once('error', fail);
  probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => done(port)); });
});

const stopServer = () => { if (server && server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stopServer);

/** The CLI's JSON for the same query, the reference the page must agree with. */
const cliJson = (...args) =>
  JSON.parse(execFileSync(join(binDir, 'unres-search'), ['--db', db, '--format', 'json', ...args], { encoding: 'utf8' }));

/**
 * GET @p url from the test (not the page) on a connection of its own: the server drops keep-alive
 * connections idle for 5 s, and Playwright's request client, unlike a browser, does not resend a request
 * such a close cut (ECONNRESET), so a reused connection would make the test depend on timing.
 */
const getOwnConnection = (url) => page.request.get(url, { headers: { Connection: 'close' } });

/** The CGI's own JSON for the page currently shown (format=json on the same URL). */
const pageJson = async () => {
  const url = new URL(page.url());
  url.searchParams.set('format', 'json');
  url.hash = '';
  const response = await getOwnConnection(url.toString());
  return response.json();
};

const hitIds = () => page.$$eval('li.hit', (items) => items.map((item) => item.dataset.id));

before(async () => {
  // Resolution files only: sample-corpus/ also holds notes (ORIGIN.md) that are not resolutions.
  const corpus = join(sourceDir, 'sample-corpus');
  const files = readdirSync(corpus).filter((name) => name.startsWith('A-RES-')).map((name) => join(corpus, name));
  execFileSync(join(binDir, 'unres-index'), ['--quiet', '--db', db, ...files]);
  const port = await freePort();
  server = spawn('bash', [join(sourceDir, 'web', 'serve.sh'), buildDir, db, String(port)], {
    env: { ...process.env, UNRES_SERVE_DIR: join(work, 'serve') }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = `http://127.0.0.1:${port}/unres.cgi`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    assert.ok(i < 300 && server.exitCode === null, 'lighttpd did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 1000 },
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
});

after(async () => {
  try { await context?.close(); } finally {
    stopServer();
    rmSync(work, { recursive: true, force: true });
  }
});

test('a search shows the same hits, total and facets as the CLI', async () => {
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(base);
  await page.fill('#q', 'mines');
  await page.keyboard.press('Enter');
  await page.waitForSelector('li.hit');
  const expected = cliJson('mines');
  assert.equal(await page.inputValue('#q'), 'mines');
  assert.equal(await page.textContent('[data-total]'), expected.total.toLocaleString('en-US'));
  assert.deepEqual(await hitIds(), expected.hits.map((hit) => hit.id));
  assert.ok(await page.locator('li.hit mark').count() > 0, 'matched words are marked');
  const sessions = await page.$$eval('details[data-facet="session"] a', (links) =>
    Object.fromEntries(links.map((a) => [a.dataset.value, Number(a.querySelector('.facet__count').textContent)])));
  assert.deepEqual(sessions, Object.fromEntries(Object.entries(expected.facets.session)));
  assert.equal(await page.locator('.chart__bars li').count(), Object.keys(expected.facets.session).length);
  assert.deepEqual(errors, [], 'no console errors (CSP violations would show here)');
  await page.screenshot({ path: join(buildDir, 'unres-results.png') });
});

test('clicking a facet adds and removes the filter', async () => {
  await page.goto(`${base}?q=mines`);
  await page.click('details[data-facet="kind"] a[data-value="operative"]');
  await page.waitForURL(/kind=operative/);
  const filtered = await pageJson();
  assert.deepEqual(await hitIds(), filtered.hits.map((hit) => hit.id));
  assert.ok(filtered.hits.every((hit) => hit.kind === 'operative'));
  assert.equal(await page.textContent('[data-total]'), String(filtered.total));
  assert.deepEqual(filtered.hits.map((h) => h.id), cliJson('mines kind:operative').hits.map((h) => h.id));
  await page.click('.active-filters .chip');
  await page.waitForURL((url) => !url.search.includes('kind='));
  assert.equal(await page.locator('.active-filters').count(), 0);
});

test('the committee facet names the Main Committee and filters by it', async () => {
  await page.goto(`${base}?q=mines`);
  const committee = page.locator('details[data-facet="committee"] a[data-value="first"]');
  assert.match(await committee.textContent(), /First Committee/);
  await committee.click();
  await page.waitForURL(/committee=first/);
  assert.equal(await page.textContent('[data-total]'), String(cliJson('mines committee:first').total));
  assert.match(await page.textContent('.active-filters .chip'), /Committee: First Committee/);
});

test('values of one facet OR: choosing a session keeps the others, each chip names its facet', async () => {
  const sessionCounts = () => page.$$eval('details[data-facet="session"] a.facet__value', (links) =>
    Object.fromEntries(links.map((a) => [a.dataset.value, Number(a.querySelector('.facet__count').textContent)])));
  await page.goto(`${base}?q=the`);
  const before = await sessionCounts();
  assert.ok(Object.keys(before).length >= 4);
  await page.click('details[data-facet="session"] a[data-value="79"]');
  await page.waitForURL(/session=79/);
  assert.deepEqual(await sessionCounts(), before, 'every session stays listed with its count');
  await page.click('details[data-facet="session"] a[data-value="78"]');
  await page.waitForURL(/session=78/);
  assert.equal(await page.textContent('[data-total]'), String(before['78'] + before['79']));
  assert.deepEqual(await page.locator('.active-filters .chip span:first-child').allTextContents(),
    ['Session: 79', 'Session: 78']);
  assert.deepEqual(await page.$$eval('details[data-facet="session"] a.is-active', (links) =>
    links.map((a) => a.dataset.value).sort()), ['78', '79']);
});

test('a long facet shows its first ten values and the rest on "More…"', async () => {
  await page.goto(`${base}?q=the`);
  const facet = page.locator('details.facet:has(a.facet__more)').first();
  const name = await facet.getAttribute('data-facet');
  const all = Object.keys((await pageJson()).facets[name]).length;
  assert.ok(all > 10, `${name} has ${all} values`);
  assert.equal(await facet.locator('a.facet__value').count(), 10);
  await facet.locator('a.facet__more').click();
  await page.waitForURL(new RegExp(`more=${name}`));
  assert.equal(await page.locator(`details[data-facet="${name}"] a.facet__value`).count(), all);
});

test('a cited resolution the index lacks links to the official document, printed as the UN prints it', async () => {
  await page.goto(`${base}?show=A/RES/79/34`);
  const external = page.locator('ul.cites a.cite--external');
  assert.ok(await external.count() > 0);
  const lettered = page.locator('ul.cites a.cite--external', { hasText: 'A/RES/54/54 B' });
  assert.equal(await lettered.getAttribute('href'), 'https://undocs.org/A/RES/54/54B');
  assert.match(await lettered.locator('xpath=..').textContent(), /not indexed/);
  const internal = page.locator('ul.cites a:not(.cite--external)', { hasText: 'A/RES/78/45' });
  assert.match(await internal.getAttribute('href'), /^\?show=A%2FRES%2F78%2F45/);
});

test('each paragraph has its citation to copy and a clean permalink; the resolution its canonical URL and PDFs', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/78/45')}&q=mines&session=78`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  assert.match(canonical, /^http:\/\/127\.0\.0\.1:\d+\/unres\.cgi\?show=A%2FRES%2F78%2F45$/);
  const op7 = page.locator('#op7');
  assert.equal(await op7.locator('.para__label').getAttribute('href'), `${canonical}#op7`);
  const copy = op7.locator('button.para__copy');
  assert.ok(await copy.isVisible());
  await copy.click();
  await page.waitForFunction(() => document.querySelector('#op7 button.para__copy').dataset.copied);
  assert.equal(await copy.getAttribute('data-copied'), `A/RES/78/45, para. 7 ${canonical}#op7`);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `A/RES/78/45, para. 7 ${canonical}#op7`);
  assert.equal(await page.locator('#pp3 button.para__copy').getAttribute('data-cite'), 'A/RES/78/45, PP3');
  const pdfs = await page.$$eval('.official a', (links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(pdfs, ['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((code) => `https://undocs.org/${code}/A/RES/78/45`));
});

test('the search words are marked in the resolution, with previous and next match', async () => {
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/79/34')}&q=mines`);
  const marks = page.locator('article.resolution mark');
  const total = await marks.count();
  assert.ok(total >= 3, `${total} marks`);
  assert.deepEqual([...new Set((await marks.allTextContents()).map((w) => w.toLowerCase()))].sort(), ['mine', 'mines']);
  assert.equal(await page.textContent('.matches__count'), `${total} matches`);
  await page.click('.matches__next');
  assert.equal(await page.textContent('.matches__count'), `Match 1 of ${total}`);
  assert.equal(await page.locator('mark.is-current').count(), 1);
  assert.equal(await marks.nth(0).getAttribute('class'), 'is-current');
  await page.click('.matches__prev');
  assert.equal(await page.textContent('.matches__count'), `Match ${total} of ${total}`);
  assert.equal(await marks.nth(total - 1).getAttribute('class'), 'is-current');
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/79/34')}`);
  assert.equal(await page.locator('article.resolution mark').count(), 0);
  assert.equal(await page.locator('nav.matches').count(), 0);
});

test('results show long dates and session years; per page and one-per-resolution switch the list', async () => {
  await page.goto(`${base}?q=mines`);
  const first = page.locator('li.hit').first();
  assert.match(await first.locator('.hit__date').textContent(), /^Adopted \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
  assert.match(await first.locator('.tag').first().textContent(), /^\d+(st|nd|rd|th) session \(\d{4}–\d{4}\)$/);
  await page.click('.view-options__option:text-is("20")');
  await page.waitForURL(/limit=20/);
  assert.equal(await page.locator('li.hit').count(), Math.min(20, Number(await page.getAttribute('[data-total]', 'data-total'))));
  await page.click('.view-options__toggle');
  await page.waitForURL(/collapse=1/);
  const symbols = await page.$$eval('li.hit', (items) => items.map((item) => item.dataset.id.split('#')[0]));
  assert.equal(new Set(symbols).size, symbols.length, 'one hit per resolution');
  assert.equal(await page.getAttribute('.view-options__toggle', 'aria-checked'), 'true');
});

test('past the last page says so; an empty result has no Refine box', async () => {
  await page.goto(`${base}?q=mines&offset=500`);
  assert.match(await page.textContent('.empty'), /no more results: this search found 48 paragraphs/);
  await page.click('.empty a');
  await page.waitForURL((url) => !url.search.includes('offset'));
  assert.ok(await page.locator('li.hit').count() > 0);
  await page.goto(`${base}?q=qqqzzzxxy`);
  assert.match(await page.textContent('.empty'), /Nothing matched/);
  assert.equal(await page.locator('aside.sidebar').count(), 0);
});

test('printing a results list prints the query; dark mode follows the reader\'s scheme', async () => {
  await page.goto(`${base}?q=mines&session=79`);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.print-query').isVisible());
  assert.match(await page.textContent('.print-query'), /Search: mines · Session: 79/);
  assert.equal(await page.locator('aside.sidebar').isVisible(), false);
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
  assert.ok(luminance(dark) < 150 && luminance(light) > 600, `dark ${dark}, light ${light}`);
  await page.emulateMedia({ media: null, colorScheme: null });
});

test('a draft pasted on the home page gets its precedents table', async () => {
  const op7 = cliJson('--show', 'A/RES/79/34#op7');
  const text = (op7.paragraphs ?? op7.resolution?.paragraphs ?? []).find((p) => p.id === 'op7')?.text
    ?? 'Renews its call upon all States and other relevant parties to work together to promote, support and advance the care, rehabilitation and social and economic reintegration of mine victims, mine risk education and reduction programmes and the removal and destruction of anti-personnel mines placed or stockpiled throughout the world;';
  const moon = 'Invites the delegations of the moon to consider interplanetary cheese trade on Tuesdays.';
  const added = 'Calls for tea on Saturdays among all penguins.';
  const draft = `${text.replace('Renews its call', 'Renews its urgent call')} ${added}\n\n${moon}`;
  await page.goto(base);
  await page.fill('textarea#like', draft);
  await page.click('.draft-form button');
  await page.waitForSelector('table.precedents__table');
  const rows = page.locator('table.precedents__table tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).locator('.precedent__id').textContent(), /^A\/RES\/79\/34#op7$/);
  assert.match(await rows.nth(0).locator('.precedent__meta').textContent(), /adopted in 4 resolutions/);
  assert.deepEqual(await rows.nth(0).locator('ins').allTextContents(), ['urgent', added]);
  assert.equal(await rows.nth(0).locator('del').count(), 0);
  assert.match(await rows.nth(1).textContent(), /No precedent/);
  assert.deepEqual(await rows.nth(0).locator('.precedent__new-sentence').allTextContents(), [added]);
  assert.match(await page.textContent('.precedents__summary'), /Agreed language: \d+% of \d+ words/);
  assert.match(await page.textContent('.precedents__summary'), /2 sentences are new/);
  assert.equal(await page.inputValue('textarea#like'), draft.replace(/\r/g, ''));
});

test('the home page says what the index holds', async () => {
  await page.goto(base);
  const text = (await page.textContent('.home__overview')).replace(/\s+/g, ' ');
  assert.match(text, /The index holds 4 resolutions \(96 paragraphs\) of sessions 75–79, in English; the newest was adopted in 2024\./);
});

test('a query the syntax refuses offers its words alone', async () => {
  const response = await page.goto(`${base}?q=${encodeURIComponent('session:abc mines')}`);
  assert.equal(response.status(), 400);
  assert.match(await page.textContent('.notice__instead'), /Search these words instead: session abc mines/);
  await page.click('.notice__instead a');
  await page.waitForURL(/q=session\+abc\+mines|q=session%20abc%20mines/);
});

test('paging forward shows the next hits', async () => {
  await page.goto(`${base}?q=mines`);
  await page.click('a[rel="next"]');
  await page.waitForURL(/offset=10/);
  const second = cliJson('--offset', '10', 'mines');
  assert.deepEqual(await hitIds(), second.hits.map((hit) => hit.id));
  assert.equal(await page.getAttribute('li.hit', 'data-rank'), '11');
  assert.equal(await page.textContent('.pager__page.is-current'), '2');
});

test('a hit opens its paragraph in the resolution view', async () => {
  await page.goto(`${base}?q=mines`);
  const first = cliJson('mines').hits[0];
  await page.click('li.hit .hit__heading a');
  await page.waitForURL(/show=/);
  assert.equal(new URL(page.url()).hash, `#${first.paragraph}`);
  assert.equal(await page.$eval(':target', (el) => el.id), first.paragraph);
  assert.equal(await page.textContent('.resolution__symbol'), first.symbol);
  const text = await page.$eval(':target .para__text', (el) => el.textContent.replace(/\s+/g, ' ').trim());
  assert.ok(text.includes(first.text.slice(-60)), 'the paragraph text is the hit text');
  assert.ok(await page.locator('.meta dd').count() >= 3, 'metadata is shown');
  const cite = page.locator('.cites a:not(.cite--external)').first();
  assert.match(await cite.getAttribute('href'), /^\?show=A%2FRES%2F/);
  await page.click('.crumbs a');
  await page.waitForURL((url) => url.search.startsWith('?q=mines'));
});

test('the whole result set downloads as CSV and JSON Lines from the results page', async () => {
  await page.goto(`${base}?q=mines&limit=5`);
  const total = cliJson('mines').total;
  assert.match(await page.textContent('.api-link'), new RegExp(`Download all ${total}: CSV · JSON Lines`));
  const csvHref = await page.getAttribute('a.export-link >> nth=0', 'href');
  const csv = await getOwnConnection(new URL(csvHref, page.url()).href);
  assert.equal(csv.headers()['content-type'], 'text/csv; charset=utf-8');
  assert.match(csv.headers()['content-disposition'], /attachment/);
  const rows = (await csv.text()).trim().split('\r\n').filter((line) => /^\d+,A\/RES\//.test(line));
  assert.equal(rows.length, total, 'every hit, not the 5 on the page');
  const jsonlHref = await page.getAttribute('a.export-link >> nth=1', 'href');
  const jsonl = await getOwnConnection(new URL(jsonlHref, page.url()).href);
  assert.equal((await jsonl.text()).trim().split('\n').length, total);
});

test('a paragraph anchor typed as results print it (#OP12, show=…#OP12) lands on that paragraph', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/79/34')}#OP12`);
  assert.ok(await page.locator('#op12').isVisible());
  const inView = await page.$eval('#op12', (el) => el.getBoundingClientRect().top < window.innerHeight);
  assert.ok(inView, 'the page scrolled to op12');
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/79/34#OP12')}`);
  assert.equal(await page.locator('.is-target').getAttribute('id'), 'op12');
});

test('on a phone (390×844) the search box gets the row, facets fold into "Refine" and the first hit is in view', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await page.goto(`${base}?q=mines`);
    const box = async (selector) => page.locator(selector).first().boundingBox();
    const [input, lang, button, hit] = await Promise.all(['#q', '#lang', '.search__button', 'li.hit'].map(box));
    assert.ok(input.width >= 300, `search box ${input.width}px wide`);
    assert.ok(lang.y > input.y + input.height - 1, 'the language selector is on the next row');
    assert.ok(Math.abs(button.y - lang.y) < 10, 'the language selector and the button share a row');
    assert.equal(await page.locator('details.refine').getAttribute('open'), null, 'the drawer starts folded');
    assert.ok(hit.y + 60 < 844, `the first hit starts at ${hit.y}px`);
    const tops = await page.$$eval('.sort__option', (links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `sort buttons on one line: ${tops}`);
    await page.locator('.refine__toggle').click();
    assert.ok(await page.locator('details[data-facet="session"] summary').isVisible(), 'the drawer opens on the facets');
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 390, `page is ${width}px wide`);
  } finally {
    await page.setViewportSize({ width: 1280, height: 1000 });
  }
});

test('the page is readable at 375px without horizontal scrolling', async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    await page.goto(`${base}?q=mines`);
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 375, `page is ${width}px wide`);
    await page.screenshot({ path: join(buildDir, 'unres-results-375.png') });
  } finally {
    await page.setViewportSize({ width: 1280, height: 1000 });
  }
});

test('XSS payloads in every parameter render inert', async () => {
  const names = ['q', 'session', 'kind', 'verb', 'clause', 'change', 'sort', 'limit', 'offset', 'collapse',
    'format', 'show', 'opensearch', 'unknown', XSS];
  for (const name of names) {
    for (const extra of ['', '&q=mines']) {
      const url = `${base}?${encodeURIComponent(name)}=${encodeURIComponent(XSS)}${name === 'q' ? '' : extra}`;
      const response = await page.goto(url);
      assert.ok([200, 400, 404].includes(response.status()), `${name}: status ${response.status()}`);
      const csp = response.headers()['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'self'/);
      const state = await page.evaluate(() => ({
        xss: window.__xss,
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
      }));
      assert.equal(state.xss, undefined, `${name}: script ran`);
      assert.equal(state.injected, 0, `${name}: element injected`);
      assert.ok(state.scripts.every((src) => src && src.endsWith('/unres.js')), `${name}: extra script`);
    }
  }
  assert.deepEqual(dialogs, [], 'no dialog opened');
});

test('errors are friendly pages with the right status', async () => {
  let response = await page.goto(`${base}?q=mines&limit=lots`);
  assert.equal(response.status(), 400);
  assert.match(await page.textContent('.notice__message'), /limit must be a whole number/);
  response = await page.goto(`${base}?show=A%2FRES%2F1%2F1`);
  assert.equal(response.status(), 404);
  const description = await getOwnConnection(`${base}?opensearch=1`);
  assert.match(description.headers()['content-type'], /opensearchdescription/);
  assert.match(await description.text(), /template="http:\/\/127\.0\.0\.1:\d+\/unres\.cgi\?q=\{searchTerms\}"/);
});
