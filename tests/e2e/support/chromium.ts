// Moved to dev/ (shared with npm start and npm run bench); kept so older specs compile.
export { clickToolbarIcon, type ExtensionBrowser, launchWithExtension } from '../../../dev/chromium';
