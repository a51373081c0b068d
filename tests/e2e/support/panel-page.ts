// Moved to dev/ (shared with npm start and npm run bench); kept so older specs compile.
export { PanelPage } from '../../../dev/panel-page';
