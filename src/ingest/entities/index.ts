export { type ArticleEntities, type EntityText, findEntities } from "./findEntities.ts";
export {
  type FullName,
  mapShortFormsToFullNames,
  type RecordEntities,
  type ShortFormMaps,
} from "./shortForms.ts";
