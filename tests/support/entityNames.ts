import { findEntities } from "../../src/ingest/entities/index.ts";

/** The names of the people and organisations found in paragraphs under a headline that names nobody. */
export function entityNamesFinder(title: string) {
  return (...paragraphs: string[]) => {
    const { people, organizations } = findEntities({ title, paragraphs });
    return {
      people: people.map((person) => person.name),
      organizations: organizations.map((body) => body.name),
    };
  };
}
