import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DESKTOP } from './harness';

const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A laptop and the smallest phone a page must work on (WCAG 1.4.10 reflow is checked at 320 px). */
const WIDTHS = [DESKTOP.width, 320];
const NARROWEST = 320;

/** Fails on any serious or critical WCAG 2.2 AA violation axe-core finds on the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const report = serious
      .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
      .join('\n');
    throw new Error(`axe-core found ${serious.length} serious or critical violation(s) on ${page.url()}:\n${report}`);
  }
}

/**
 * Every main screen in every journey: axe at desktop and phone widths, a
 * full-page screenshot at each, kept under test-artifacts/screenshots/, and
 * at 320 px no page wider than the screen (no sideways scrolling), which axe
 * does not check.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: DESKTOP.height });
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    if (width === NARROWEST) await expectFitsNarrowScreen(page, NARROWEST, name);
  }
  await page.setViewportSize(DESKTOP);
}

/**
 * Fails when the page is wider than a 320 px viewport (WCAG 1.4.10 reflow):
 * measured as the document's scroll width, which axe does not check. Names
 * the widest elements that stick out, to say what to fix.
 */
export async function expectFitsNarrowScreen(page: Page, width = NARROWEST, name?: string): Promise<void> {
  await page.setViewportSize({ width, height: DESKTOP.height });
  const { documentWidth, culprits } = await page.evaluate((viewport) => {
    const wide = [...document.querySelectorAll('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter((x) => x.right > viewport + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map((x) => `${x.el.tagName.toLowerCase()}${x.el.id ? `#${x.el.id}` : ''}.${[...x.el.classList].join('.')} (${Math.round(x.right)} px)`);
    return { documentWidth: document.documentElement.scrollWidth, culprits: wide };
  }, width);
  await page.setViewportSize(DESKTOP);
  if (documentWidth > width) throw new Error(`${name ? `${name} (${page.url()})` : page.url()} is ${documentWidth} px wide at a ${width} px viewport. Widest: ${culprits.join(', ')}`);
}
