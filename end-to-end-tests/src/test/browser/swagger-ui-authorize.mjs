// Signs in through Swagger UI's Authorize button the way a developer does, in headless Chromium:
// authorization code flow with PKCE against Keycloak's login page, then "Try it out" on a secured
// operation. Prints one JSON line: the operation's status before and after authorizing.
//
// node swagger-ui-authorize.mjs <gateway URL> <user> <password> <operation tag> <operationId> <screenshot.png>
import { chromium } from 'playwright-core';

const [gateway, user, password, tag, operationId, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const STEP = 60_000;

// The flags keep a headless Chromium off the network it would call home on; this machine's closed
// network would refuse those connections, one at a time, at every start.
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
  context.setDefaultTimeout(STEP);
  const page = await context.newPage();
  const failures = [];
  page.on('pageerror', error => failures.push(String(error)));

  await page.goto(`${gateway}/q/swagger-ui/`);
  const operation = page.locator(`#operations-${tag}-${operationId}`);
  await operation.waitFor();
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button', { hasText: 'Try it out' }).click();

  const before = await execute(operation);
  await operation.locator('button', { hasText: 'Clear' }).click();
  await operation.locator('.live-responses-table').waitFor({ state: 'detached' });

  // Authorize: the authorization code block of the Keycloak scheme; its client id comes prefilled.
  await page.locator('.auth-wrapper .authorize').first().click();
  const codeFlow = page.locator('.auth-container').filter({ hasText: 'authorization_code' }).first();
  await codeFlow.waitFor();
  const [login] = await Promise.all([
    page.waitForEvent('popup'),
    codeFlow.locator('button.authorize').click(),
  ]);
  await login.locator('#username').fill(user);
  await login.locator('#password').fill(password);
  await Promise.all([login.waitForEvent('close'), login.locator('#kc-login').click()]);
  await codeFlow.locator('button', { hasText: 'Logout' }).waitFor();
  await page.locator('.modal-ux .close-modal').first().click();

  const after = await execute(operation);
  // The shot shows the operation (its lock closed), the curl line with the bearer token and the 200.
  await operation.locator('.opblock-summary').first().evaluate(summary => summary.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(JSON.stringify({ before, after, pageErrors: failures }));
} finally {
  await browser.close();
}

/** Clicks Execute and reads the status and body Swagger UI shows for the server's answer. */
async function execute(operation) {
  const table = operation.locator('.live-responses-table');
  await operation.locator('button', { hasText: 'Execute' }).click();
  const status = table.locator('.response .response-col_status').first();
  await status.waitFor();
  return {
    status: Number((await status.innerText()).trim()),
    body: (await table.locator('.response-col_description .microlight').first().innerText()).slice(0, 400),
  };
}
