// Moved to dev/ (shared with npm start and npm run bench); kept so older specs compile.
export * from '../../../dev/paths';
