export { actorById, actors } from './actors';
