// Background: wires the toolbar icon (and its keyboard shortcut, `_execute_action`)
// to the panel. Nothing runs in pages.
import { defineBackground } from 'wxt/utils/define-background';
import { openPanelFromToolbar } from '../utils/browser/panel-opening';

export default defineBackground(() => {
  openPanelFromToolbar();
});
