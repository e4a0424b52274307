/**
 * A row of an entity that belongs to a module further up, known here only by its id: the
 * relation names that entity by string (`entity: 'Escalation'`), so no module imports one that
 * imports it (src/modules/module-graph.spec.ts). At run time it is the entity itself.
 */
export interface EntityRef {
  id: string;
}
