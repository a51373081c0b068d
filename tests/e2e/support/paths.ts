// Moved to dev/ (shared with npm start and npm run bench); kept so older specs compile.
export * from '../../../dev/paths';
/** Older code's Chromium path; the launchers find the browser with dev/find-browser.ts. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
