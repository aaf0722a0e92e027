// Browser test of the page in six languages: a French search, an Arabic (right-to-left) search, and
// the language switcher of the resolution view, over sample-corpus plus tests/fixtures/multilang.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sourceDir, startSite } from './serve_helpers.mjs';

let site;
const errors = [];

before(async () => {
  site = await startSite('unres-multilang-', [join(sourceDir, 'tests', 'fixtures', 'multilang')]);
  site.page.on('pageerror', (error) => errors.push(String(error)));
});

after(async () => { await site?.stop(); });

test('a French search finds the French paragraphs, marked lang="fr", with links to the other languages', async () => {
  const { page, base } = site;
  await page.goto(`${base}?q=${encodeURIComponent('eau potable')}&lang=fr`);
  assert.equal(await page.locator('#lang').inputValue(), 'fr');
  const ids = await page.$$eval('li.hit', (items) => items.map((item) => item.dataset.id));
  assert.ok(ids.length >= 3, `hits: ${ids}`);
  assert.ok(ids.every((id) => id.startsWith('A/RES/78/901#')), `hits: ${ids}`);
  const snippet = page.locator('li.hit .hit__snippet').first();
  assert.equal(await snippet.getAttribute('lang'), 'fr');
  assert.equal(await snippet.getAttribute('dir'), 'ltr');
  assert.match(await page.locator('li.hit mark').first().textContent(), /eau|potable/i);
  const others = page.locator('li.hit').first().locator('.hit__lang');
  assert.equal(await others.count(), 5);

  await page.locator('li.hit h2 a').first().click();
  await page.waitForURL(/show=/);
  const article = page.locator('article.resolution');
  assert.equal(await article.getAttribute('lang'), 'fr');
  assert.equal((await page.locator('.resolution__opening').textContent()).trim(), 'L’Assemblée générale,');
  assert.equal(await page.locator('.lang-switch .is-current').textContent(), 'Français');
  assert.equal(await page.locator('.is-target').count(), 1);
});

test('the resolution view switches language on the same paragraph, right to left for Arabic', async () => {
  const { page, base } = site;
  await page.goto(`${base}?show=${encodeURIComponent('A/RES/78/901#op2')}&lang=fr`);
  assert.match(await page.locator('#op2 .para__text').textContent(), /Prie le Secrétaire général/);
  await page.locator('.lang-switch a[hreflang="ar"]').click();
  await page.waitForURL(/lang=ar/);
  const article = page.locator('article.resolution');
  assert.equal(await article.getAttribute('dir'), 'rtl');
  assert.equal(await article.getAttribute('lang'), 'ar');
  assert.equal(await article.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  assert.equal(await page.locator('#op2.is-target').count(), 1);
  assert.match(await page.locator('#op2 .para__text').textContent(), /تطلب إلى الأمين العام/);
  assert.equal(await page.locator('#op2 .subparas li').count(), 2);
  // Mirrored: the paragraph label stands at the right of its text, the sub-paragraphs indent from the right.
  const box = async (selector) => page.locator(selector).first().boundingBox();
  const [label, text, sub, para] = await Promise.all(['#op2 .para__label', '#op2 .para__text', '#op2 .subparas',
    '#op2'].map(box));
  assert.ok(label.x > text.x + text.width - 1, `label at ${label.x}, text ends at ${text.x + text.width}`);
  assert.ok(sub.x + sub.width < para.x + para.width - 20, 'sub-paragraphs indented from the right');
  // and back to English from the paragraph's own links
  await page.locator('#op2 .para__langs a[hreflang="en"]').click();
  await page.waitForURL(/lang=en/);
  assert.match(await page.locator('#op2 .para__text').textContent(), /Requests the Secretary-General/);
});

test('an Arabic search typed in the box is analysed as Arabic and shown right to left', async () => {
  const { page, base } = site;
  await page.goto(base);
  await page.fill('#q', 'الدول');
  await page.locator('.search__button').click();
  await page.waitForURL(/q=/);
  const hit = page.locator('li.hit').first();
  assert.equal(await hit.getAttribute('data-id'), 'A/RES/78/901#op1');
  const snippet = hit.locator('.hit__snippet');
  assert.equal(await snippet.getAttribute('dir'), 'rtl');
  assert.equal(await snippet.getAttribute('lang'), 'ar');
  assert.equal(await snippet.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  assert.equal((await hit.locator('mark').first().textContent()).trim(), 'الدول');
  // Without tatweel or harakat typed, and with them, the same hit.
  await page.goto(`${base}?q=${encodeURIComponent('الـدول')}`);
  assert.equal(await page.locator('li.hit').first().getAttribute('data-id'), 'A/RES/78/901#op1');
  assert.deepEqual(errors, []);
});
