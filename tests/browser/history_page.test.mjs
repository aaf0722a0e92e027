// Browser test of the agreed-language views of unres.cgi: change badges on hits, the history view
// (timeline and <del>/<ins> diff) and the marks and "Cited by" list of the resolution view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSite } from './serve_helpers.mjs';

let site;
const errors = [];

before(async () => {
  site = await startSite('unres-history-');
  site.page.on('pageerror', (error) => errors.push(String(error)));
});

after(async () => { await site?.stop(); });

test('a hit carries a "changed since" badge that opens the history view', async () => {
  const { page, base } = site;
  await page.goto(`${base}?q=${encodeURIComponent('"deep regret"')}&session=78`);
  const badge = page.locator('li.hit .badge--edited a').first();
  assert.equal((await badge.textContent()).trim(), 'Changed since A/RES/76/26');
  await badge.click();
  await page.waitForURL(/history=/);
  assert.equal(new URL(page.url()).searchParams.get('history'), 'A/RES/78/45#pp12');
  // The history view keeps the search: its box holds the query, its filters and a working language selector.
  assert.equal(await page.inputValue('#q'), '"deep regret"');
  assert.equal(await page.locator('input[type="hidden"][name="session"]').getAttribute('value'), '78');
  assert.ok(await page.locator('#lang option').count() >= 7, 'the language selector lists the languages');
  await page.locator('.search__button').click();
  await page.waitForURL((url) => url.searchParams.get('session') === '78' && !url.searchParams.has('history'));
  assert.ok(await page.locator('li.hit').count() > 0);
});

test('the history view shows the timeline newest first and the word diff', async () => {
  const { page, base } = site;
  const response = await page.goto(`${base}?history=${encodeURIComponent('A/RES/79/34#pp12')}`);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').textContent(), 'History of A/RES/79/34 PP12');
  const sessions = await page.$$eval('.timeline__session', (items) => items.map((item) => item.textContent));
  assert.deepEqual(sessions, ['79', '78', '76', '75']);
  const versions = await page.$$eval('li.version', (items) => items.map((item) => item.dataset.id));
  assert.deepEqual(versions, ['A/RES/79/34#pp12', 'A/RES/78/45#pp12', 'A/RES/76/26#pp12', 'A/RES/75/52#pp12']);
  assert.deepEqual(await page.$$eval('li.version ins', (items) => items.map((item) => item.textContent)), ['deep']);
  assert.equal(await page.locator('li.version del').count(), 0);
  assert.match(await page.locator('li.version').nth(1).locator('.badge').textContent(), /Changed since A\/RES\/76\/26/);
  // A timeline entry jumps to its version.
  await page.locator('.timeline__item a').nth(1).click();
  assert.equal(new URL(page.url()).hash, '#s78-1');
});

test('the history view of an edited operative paragraph strikes and inserts words', async () => {
  const { page, base } = site;
  await page.goto(`${base}?history=${encodeURIComponent('A/RES/79/34#op10')}`);
  const deleted = await page.locator('li.version').first().locator('del').allTextContents();
  const inserted = await page.locator('li.version').first().locator('ins').allTextContents();
  assert.deepEqual(deleted, ['Fifth Review Conference', 'Fifth Review Conference']);
  assert.deepEqual(inserted, ['Twenty-second Meeting', 'Twenty-second Meeting of the States Parties']);
});

test('the resolution view marks edited paragraphs and lists who cites it', async () => {
  const { page, base } = site;
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/76/26')}`);
  const edited = await page.$$eval('.para--edited', (items) => items.map((item) => item.id));
  assert.deepEqual(edited, ['pp1', 'pp6', 'op9', 'op10', 'op12']);
  const citing = await page.$$eval('ul.cited-by > li > a:first-child', (items) => items.map((item) => item.textContent));
  assert.deepEqual(citing, ['A/RES/78/45', 'A/RES/79/34']);
  await page.locator('#pp6 .badge--edited').click();
  await page.waitForURL(/history=/);
  assert.equal(new URL(page.url()).searchParams.get('history'), 'A/RES/76/26#pp6');
});

test('no script errors on these pages', () => { assert.deepEqual(errors, []); });
