// Accessibility of every view of the page: axe-core's WCAG 2.1 A and AA rules find nothing, at desktop and
// phone width, in English and in Arabic (right to left).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { accessibilityViolations } from './axe_helpers.mjs';
import { sourceDir, startSite } from './serve_helpers.mjs';

let site;

before(async () => {
  site = await startSite('unres-a11y-', [join(sourceDir, 'tests', 'fixtures', 'multilang')]);
});

after(async () => { await site?.stop(); });

const views = {
  home: '?',
  results: '?q=mines',
  'results with filters': '?q=the&session=79&session=78&kind=operative',
  'long facet': '?q=the&more=clause',
  resolution: `?show=${encodeURIComponent('A/RES/79/34')}&q=mines`,
  history: `?history=${encodeURIComponent('A/RES/79/34#pp12')}&q=mines`,
  'Arabic resolution': `?show=${encodeURIComponent('A/RES/78/901')}&lang=ar`,
  error: '?q=mines&limit=lots',
  precedents: `?like=${encodeURIComponent('Renews its urgent call upon all States to work together.\n\nInvites the moon.')}`,
};

for (const [name, query] of Object.entries(views)) {
  test(`${name}: no WCAG A/AA violation at desktop and phone width`, async () => {
    for (const [width, height] of [[1280, 900], [390, 844]]) {
      await site.page.setViewportSize({ width, height });
      await site.page.goto(`${site.base}${query}`);
      assert.deepEqual(await accessibilityViolations(site.page), [], `${name} at ${width}px`);
    }
  });
}
