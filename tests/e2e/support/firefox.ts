// Moved to dev/ (shared with npm start and npm run bench); kept so older specs compile.
export { type FirefoxWithExtension, GECKO_ID, launchFirefoxWithExtension } from '../../../dev/firefox';
export { FIREFOX_BUILD, FIREFOX_E2E_BUILD } from '../../../dev/paths';
