// Firefox only, injected into the page's own world (scripting.executeScript world MAIN)
// next to the inserter. Firefox lets a page read a DataTransfer only if the page itself
// filled it: data set by an extension's content script reads as empty, so editors built
// on `beforeinput` (Slate) would get an empty paste. This bridge builds the DataTransfer
// in the page and dispatches the cancelable beforeinput insertFromPaste for the inserter,
// which asks through a CustomEvent carrying the note as a JSON string; a cancelled
// beforeinput is answered by cancelling that CustomEvent.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  const installed = '__heupwijzerPasteBridge';
  const page = window as unknown as Record<string, boolean>;
  if (page[installed]) return;
  page[installed] = true;
  document.addEventListener('heupwijzer-bridge-ping', (event) => event.preventDefault(), true);
  document.addEventListener(
    'heupwijzer-bridge-paste',
    (event) => {
      const { html, text } = JSON.parse(String((event as CustomEvent).detail)) as {
        html: string;
        text: string;
      };
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const beforeInput = new InputEvent('beforeinput', {
        inputType: 'insertFromPaste',
        dataTransfer: data,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      if (!event.target?.dispatchEvent(beforeInput)) event.preventDefault();
    },
    true,
  );
});
