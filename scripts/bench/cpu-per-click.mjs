// Main-thread CPU time (the DevTools protocol's ThreadTime) of one interaction, from the click or key
// press until the page has settled, as in ../shared/perf/cpu-per-click.mjs: an idle baseline over the
// same settle window is subtracted from every sample, the first pair warms up, the median of 20 is kept.
// One difference, for the app and the floor alike: the control is looked up before the CPU window.
// Wall time (input event to the next paint) is recorded beside it; on a loaded machine only CPU time
// means much.

const exact = (n) => new RegExp(`^\\s*${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
// The control may change its role (a button group may become radios): try the given role first.
const rolesFrom = (role) => [role, 'radio', 'button', 'tab', 'checkbox', 'link'].filter((r, i, a) => a.indexOf(r) === i);

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));

/** Arms a one-shot listener that stores the time from the next input event to the paint after it. */
const armWallClock = (page) =>
  page.evaluate(() => {
    window.__benchWall = null;
    const start = () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => (window.__benchWall = performance.now() - t0), 0));
    };
    window.addEventListener('click', start, { capture: true, once: true });
    window.addEventListener('keydown', start, { capture: true, once: true });
  });

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p90: q(0.9) };
}

/**
 * @param page a loaded page, the view drawn
 * @param action { role, on, off } (a click on `on`, then on `off`, or on `on` twice)
 *               or { type: selector, keys: [k1, k2] } (key presses into a field, in turn)
 */
export async function cpuPerClick(page, action, pairs = 10) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  const target = async (name) => {
    for (const r of rolesFrom(action.role)) {
      const c = page.getByRole(r, { name: exact(name) });
      if (await c.count()) return c.first();
    }
    throw new Error(`no control named ${name}`);
  };
  // The control is found before the CPU window opens: resolving a role and name runs Playwright's
  // accessibility scan in the page, on its main thread, and costs more on a bigger page.
  const control = async (i) => (action.type ? page.locator(action.type).first() : target(i % 2 === 0 ? action.on : (action.off ?? action.on)));
  const act = (c, i) => (action.type ? c.press(action.keys[i % 2]) : c.click());
  if (action.type) await page.locator(action.type).first().focus();

  const idle = [];
  for (let i = 0; i < 5; i++) {
    const c0 = await cpu();
    await settle(page);
    await page.waitForTimeout(150);
    idle.push((await cpu()) - c0);
  }
  const base = idle.sort((a, b) => a - b)[2];
  const cpuMs = [];
  const wallMs = [];
  for (let i = 0; i < 2 * (pairs + 1); i++) {
    const c = await (await control(i)).elementHandle();
    await armWallClock(page);
    const c0 = await cpu();
    await act(c, i);
    await settle(page);
    await page.waitForTimeout(150);
    const used = (await cpu()) - c0 - base;
    const wall = await page.evaluate(() => window.__benchWall);
    if (i >= 2) {
      cpuMs.push(used);
      if (typeof wall === 'number') wallMs.push(wall);
    }
  }
  await cdp.detach();
  return { cpu: stats(cpuMs), wall: stats(wallMs), samples: cpuMs.length };
}
