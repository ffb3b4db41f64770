/** The price scatter on a phone: the frontier's names do not overlap, and no word of the chart is cut off. */
import { expect, test } from '@playwright/test';
import { LOAD_TIMEOUT, waitForViewLoaded } from './wait-long';

for (const width of [360, 1366]) {
  test(`at ${width} px the frontier's names do not overlap and every label stays inside the chart`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/price');
    await waitForViewLoaded(page, /^Intelligence vs price$/);
    const svg = page.locator('svg.price-chart__svg');
    await expect(svg).toBeVisible({ timeout: LOAD_TIMEOUT });
    await expect(svg.locator('.price-chart__labels text')).not.toHaveCount(0);
    const boxes = await svg.evaluate((el) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.left, y: r.top, right: r.right, bottom: r.bottom, text: e.textContent ?? '' };
      };
      return { chart: box(el), labels: [...el.querySelectorAll('.price-chart__labels text')].map(box), texts: [...el.querySelectorAll('text')].map(box) };
    });
    const { chart, labels, texts } = boxes;
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['DeepSeek-R1', 'o1']));
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
        expect(apart, `${a.text} and ${b.text} overlap`).toBe(true);
      }
    // Tick labels, axis titles and names: inside the chart's own box (an exported image clips there).
    for (const t of texts) {
      expect(t.x, t.text).toBeGreaterThanOrEqual(chart.x - 0.5);
      expect(t.right, t.text).toBeLessThanOrEqual(chart.right + 0.5);
      expect(t.bottom, t.text).toBeLessThanOrEqual(chart.bottom + 0.5);
    }
  });
}
