export {
  type ActorKind,
  actorKinds,
  type HealthEconomySector,
  healthEconomySectors,
  type SectorEntry,
  type Topic,
  type TopicEntry,
  topics,
} from './codes';
export { Actor, ActorAddress, ActorIdentifier, actorRules, StudyCentre } from './schema';
export { validateActor } from './validate';
