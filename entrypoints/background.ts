// Background: wires the toolbar icon (and its keyboard shortcut, `_execute_action`)
// to the panel, and the insert menu item and shortcut. Nothing runs in pages until the
// clinician asks to insert.
import { defineBackground } from 'wxt/utils/define-background';
import { registerInsertEntryPoints } from '../utils/browser/insert-entry-points';
import { openPanelFromToolbar } from '../utils/browser/panel-opening';
import { registerReadPreviousMenu } from '../utils/browser/read-previous-menu';

export default defineBackground(() => {
  openPanelFromToolbar();
  registerInsertEntryPoints();
  registerReadPreviousMenu(); // "vorige notitie lezen" on a selection
});
