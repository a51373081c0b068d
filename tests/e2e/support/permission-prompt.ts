// The browser's permission prompt ("Allow Heupwijzer on this site?") is browser UI that
// automation cannot click. For the stories that need the clinician's "yes": a stand-in
// for chrome.permissions.request in the panel page records what the click asked for and
// waits; the test grants that site as the clinician can (chrome://extensions, site
// access), then answers the stand-in.
import type { ExtensionBrowser } from './chromium';
import type { PanelPage } from './panel-page';

type Prompt = {
  asked?: string[];
  answer?: (granted: boolean) => void;
  request?: (r: object) => Promise<boolean>;
};

export async function standInForPermissionPrompt(panel: PanelPage): Promise<void> {
  await panel.page.evaluate(() => {
    const prompt: Prompt = {};
    const original = chrome.permissions.request.bind(chrome.permissions);
    Object.assign(window, { permissionPrompt: prompt });
    chrome.permissions.request = ((request: { origins?: string[] }) =>
      new Promise<boolean>((resolve) => {
        prompt.asked = request.origins ?? [];
        prompt.answer = resolve;
        prompt.request = () => original(request);
      })) as typeof chrome.permissions.request;
  });
}

export async function askedOrigins(panel: PanelPage): Promise<string[]> {
  await panel.page.waitForFunction(
    () => (window as unknown as { permissionPrompt: Prompt }).permissionPrompt.asked,
  );
  return panel.page.evaluate(
    () => (window as unknown as { permissionPrompt: Prompt }).permissionPrompt.asked ?? [],
  );
}

export async function answerPermissionPrompt(panel: PanelPage, granted: boolean): Promise<void> {
  if (!granted) {
    await panel.page.evaluate(() =>
      (window as unknown as { permissionPrompt: Prompt }).permissionPrompt.answer?.(false),
    );
    return;
  }
  // Ask the browser for real, from a real click (a user gesture), now that the site is allowed.
  await panel.page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'permission-prompt-yes';
    button.textContent = 'ja';
    button.onclick = () => {
      const prompt = (window as unknown as { permissionPrompt: Prompt }).permissionPrompt;
      void prompt.request?.({}).then((granted) => prompt.answer?.(granted));
    };
    document.body.prepend(button);
  });
  await panel.page.click('#permission-prompt-yes');
}

/** What "Allow" amounts to: site access for that pattern, set where the clinician can set it. */
export async function grantSiteAccess(browser: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    async ({ id, host }) => {
      const developer = (
        chrome as unknown as { developerPrivate: Record<string, (...args: unknown[]) => Promise<void>> }
      ).developerPrivate;
      await developer.updateExtensionConfiguration?.({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      await developer.addHostPermission?.(id, host);
    },
    { id: browser.extensionId, host: pattern },
  );
  await page.close();
}
