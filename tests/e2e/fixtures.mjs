// The test function every spec uses: Playwright's, with one automatic
// check around each test. Any Content-Security-Policy violation the page
// or its workers log fails the test that caused it: the policy is the
// app's promise (docs/SECURITY.md), and a violation means either something
// the app needs was refused (an unstyled preview, a chart measured wrong)
// or something was tried that must never be.
import { test as base, expect } from "@playwright/test";

const CSP = /Content[ -]Security[ -]Policy|Refused to (apply|load|execute|connect|frame|create)/i;

export const test = base.extend({
  // Violations a test provokes on purpose (the CSP's own test tries an
  // inline script and a foreign request): one pattern, set with test.use.
  allowedCsp: [null, { option: true }],
  cspViolations: [
    async ({ context, allowedCsp }, use) => {
      const seen = [];
      const listen = (source) => (message) => {
        const text = message.text();
        if (CSP.test(text) && !allowedCsp?.test(text)) {
          seen.push(`${source}: ${text.slice(0, 300)}`);
        }
      };
      context.on("console", listen("page"));
      const watchWorkers = (page) => page.on("worker", (worker) => worker.on?.("console", listen("worker")));
      context.pages().forEach(watchWorkers);
      context.on("page", watchWorkers);
      await use(seen);
      expect(seen, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
