// Moved to dev/ (shared with npm start and npm run bench); kept so older specs compile.
export { type FixtureServer, startFixtureServer } from '../../../dev/fixture-server';
