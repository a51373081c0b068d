// Which frame gets the note, which pages may not be scripted, and how errors read.
import { describe, expect, it } from 'vitest';
import { chooseFrame, type FrameReport } from '../../utils/insert/choose-frame';
import { isScriptableUrl, reasonFromScriptingError } from '../../utils/insert/insert-result';

const frame = (
  frameId: number,
  field: FrameReport['field'],
  hasFocus = false,
  frameOrigin?: string,
): FrameReport => ({ frameId, field, hasFocus, isTop: frameId === 0, ...(frameOrigin && { frameOrigin }) });
const inFrame = (frameId: number) => ({ kind: 'frame', frameId });
const none = { kind: 'none' };

describe('chooseFrame', () => {
  it.each([
    ['no field anywhere', [frame(0, 'none'), frame(3, 'none')], none],
    ['the focused frame with a field', [frame(0, 'text'), frame(3, 'rich', true)], inFrame(3)],
    [
      'the top frame when it holds the field and the page lost focus',
      [frame(0, 'text'), frame(3, 'rich')],
      inFrame(0),
    ],
    [
      'a child frame when the top frame focuses a cross-origin frame',
      [frame(0, 'crossOriginFrame', false, 'http://localhost:9'), frame(5, 'text')],
      inFrame(5),
    ],
    ['a child frame when the top frame has no field', [frame(0, 'none'), frame(7, 'rich')], inFrame(7)],
    [
      'no access (not "no field") when the focused cross-origin frame sent nothing',
      [frame(0, 'crossOriginFrame', true, 'https://frame.example.nl')],
      { kind: 'noAccess', origin: 'https://frame.example.nl' },
    ],
    ['nothing when a cross-origin frame has no readable origin', [frame(0, 'crossOriginFrame')], none],
  ] as const)('%s', (_name, reports, expected) => {
    expect(chooseFrame(reports)).toEqual(expected);
  });
});

describe('isScriptableUrl', () => {
  it.each([
    ['https://ehr.example.nl/consult', true],
    ['http://127.0.0.1:8080/', true],
    ['chrome://settings', false],
    ['chrome-extension://abc/sidepanel.html', false],
    ['about:blank', false],
    ['https://chromewebstore.google.com/detail/x', false],
    ['https://addons.mozilla.org/nl/firefox/', false],
    [undefined, true],
  ] as const)('%s → %s', (url, expected) => {
    expect(isScriptableUrl(url)).toBe(expected);
  });
});

describe('reasonFromScriptingError', () => {
  it.each([
    [
      'Error: Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'noAccess',
    ],
    ['Error: Missing host permission for the tab', 'noAccess'],
    ['Error: Cannot access a chrome:// URL', 'notAllowed'],
    ['Error: The extensions gallery cannot be scripted.', 'notAllowed'],
    ['Error: No tab with id: 12.', 'noTab'],
  ] as const)('%s → %s', (message, reason) => {
    expect(reasonFromScriptingError(message)).toBe(reason);
  });
});
