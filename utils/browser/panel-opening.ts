// How the toolbar icon opens the panel — the one place where Chrome and Firefox differ.
// Chrome: we open the side panel ourselves in action.onClicked, synchronously, because
// `openPanelOnActionClick` opens it without granting activeTab for the page.
// Firefox: there is no sidePanel API; the sidebar is toggled inside the user action.
import { browser } from 'wxt/browser';

export function openPanelFromToolbar(): void {
  if (import.meta.env.FIREFOX) {
    // WXT's browser types are Chrome's; Firefox's sidebarAction is declared here.
    const firefox = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.action.onClicked.addListener(() => {
      void firefox.sidebarAction.toggle();
    });
    return;
  }
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
  chrome.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void chrome.sidePanel.open({ tabId: tab.id });
  });
}
