// Writes docs/screenshots/*.png: each view of the page at desktop and phone width, from sample-corpus,
// served as in production (web/serve.sh). Run: node tests/browser/screenshots.mjs (after a build).
import { join } from 'node:path';
import { sourceDir, startSite } from './serve_helpers.mjs';

const views = [
  ['results', '?q=mines'],
  ['results-filtered', '?q=the&session=79&session=78'],
  ['resolution', `?show=${encodeURIComponent('A/RES/79/34')}&q=mines#op7`],
  ['history', `?history=${encodeURIComponent('A/RES/79/34#pp12')}&q=mines`],
  ['arabic', `?show=${encodeURIComponent('A/RES/78/901')}&lang=ar`],
];
const widths = [['desktop', 1280, 900], ['phone', 390, 844]];
const site = await startSite('unres-screenshots-', [join(sourceDir, 'tests', 'fixtures', 'multilang')]);
try {
  for (const [name, query] of views) {
    for (const [device, width, height] of widths) {
      await site.page.setViewportSize({ width, height });
      await site.page.goto(`${site.base}${query}`);
      const file = join(sourceDir, 'docs', 'screenshots', `${name}-${device}.png`);
      await site.page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
  }
} finally {
  await site.stop();
}
