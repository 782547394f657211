import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP } from './harness';
import { expectNoSeriousAxeViolations } from './screens';

const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');
/** The young person's portal is phone first: the smallest phone, a common phone, and a laptop. */
const YOUNG_WIDTHS = [320, 375, DESKTOP.width];

/** axe-core at each width (no serious or critical violation) and a full-page screenshot, kept under test-artifacts/. */
export async function checkYoungScreen(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of YOUNG_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoSeriousAxeViolations(page);
    // Nothing may be wider than the phone: no sideways scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) throw new Error(`${name} is ${overflow}px wider than a ${width}px screen`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `young-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}
