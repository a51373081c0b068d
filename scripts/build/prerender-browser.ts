// The `browser` the build's prerender sees: no extension around, so storage never answers
// (the prerender shows what the panel shows before storage does) and nothing else is used.
const never = () => new Promise<never>(() => undefined);
const listeners = { addListener: () => undefined, removeListener: () => undefined };
const area = { get: never, set: never, remove: never, clear: never, onChanged: listeners };

export const browser = {
  runtime: { id: 'prerender', getURL: (path: string) => path },
  i18n: { getMessage: () => '', getUILanguage: () => 'nl' },
  storage: { local: area, session: area, sync: area, managed: area, onChanged: listeners },
};
