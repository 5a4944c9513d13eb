import { isAcronym } from "./classifyOrganization.ts";
import { knownNameFinder } from "./headlines.ts";
import type { Passage } from "./passages.ts";
import type { EntityKind, Leftover, Mention } from "./types.ts";
import { indexLongerForms, type NamedForm, normalizeOrganization } from "./variants.ts";

/** One entity of an article under its fullest name, with every mention of any of its variants. */
export interface MergedEntity {
  kind: EntityKind;
  name: string;
  mentions: number;
  firstOrder: number;
}

interface NameForm {
  kind: EntityKind;
  words: string[];
  firstOrder: number;
  /** Longer forms this one may abbreviate, in order of first appearance. */
  longer: NameForm[];
}

const keyOf = (kind: EntityKind, words: readonly string[]) => `${kind}:${words.join(" ")}`;

/** The longer form a short one stands for at `order`: the one introduced last before it, as a reader would take it. */
function fullForm(form: NameForm, order: number): NameForm {
  if (form.longer.length === 0) return form;
  const introduced = form.longer.filter((candidate) => candidate.firstOrder <= order);
  const chosen = introduced.at(-1) ?? form.longer[0] ?? form;
  return fullForm(chosen, chosen.firstOrder);
}

function addForms(forms: Map<string, NameForm>, mentions: readonly Mention[]): void {
  for (const { kind, words, order } of mentions) {
    const key = keyOf(kind, words);
    const form = forms.get(key);
    if (form === undefined) forms.set(key, { kind, words, firstOrder: order, longer: [] });
    else form.firstOrder = Math.min(form.firstOrder, order);
  }
}

/**
 * A leftover counts when it repeats a name found elsewhere: `Long said` after `Long Zhou, the ... coordinator`, `CDC`
 * after `Centers for Disease Control and Prevention (CDC)`.
 */
function resolveLeftover(
  leftover: Leftover,
  forms: Map<string, NameForm>,
  longerFormsOf: (form: NamedForm) => NameForm[],
  definitions: ReadonlyMap<string, string[]>,
): Mention | undefined {
  const defined = leftover.words.length === 1 ? definitions.get(leftover.words[0] ?? "") : undefined;
  if (defined !== undefined) return { kind: "organization", words: defined, order: leftover.order };
  const asWritten = { person: leftover.words, organization: normalizeOrganization(leftover.words) };
  for (const kind of ["person", "organization"] as const) {
    const words = asWritten[kind];
    if (forms.has(keyOf(kind, words))) return { kind, words, order: leftover.order };
  }
  for (const kind of ["person", "organization"] as const) {
    const words = asWritten[kind];
    if (longerFormsOf({ kind, words }).length > 0) return { kind, words, order: leftover.order };
  }
  return undefined;
}

/**
 * Merges the variants of each name within one article (`President Obama`, `Barack Obama`, `Obama`; `Justice
 * Department`, `US Department of Justice`) into entities named by their fullest form, and counts their mentions.
 */
export function mergeMentions(
  found: readonly Mention[],
  leftovers: readonly Leftover[],
  headlines: readonly Passage[],
): MergedEntity[] {
  const normalized = found.map((mention) =>
    mention.kind === "organization" ? { ...mention, words: normalizeOrganization(mention.words) } : mention,
  );
  const forms = new Map<string, NameForm>();
  addForms(forms, normalized);
  // Indexed once: a repetition is never longer than the name it repeats, so the names found first suffice.
  const longerFormsOf = indexLongerForms([...forms.values()]);
  const definitions = new Map(
    normalized.flatMap((mention) =>
      mention.acronym === undefined ? [] : [[mention.acronym, mention.words]],
    ),
  );
  const resolve = (leftover: Leftover) => resolveLeftover(leftover, forms, longerFormsOf, definitions);
  // A word shown acting as a body (`according to Flurry`) names one, unless it repeats a name the article gives.
  const bodies: Mention[] = leftovers
    .filter((leftover) => leftover.actsAsBody && resolve(leftover) === undefined)
    .map(({ words, order }) => ({ kind: "organization", words, order }));
  addForms(forms, bodies);
  const findKnownNames = knownNameFinder([...forms.values()].map((form) => form.words));
  const inHeadlines = headlines.flatMap(findKnownNames);
  // Most leftovers are ordinary capitalised words: one lookup rules them out before any index is consulted.
  const knownWords = new Set([...forms.values()].flatMap((form) => form.words));
  const bodyOrders = new Set(bodies.map((body) => body.order));
  const mayRepeat = ({ words, order }: Leftover) =>
    !bodyOrders.has(order) && (knownWords.has(words.at(-1) ?? "") || isAcronym(words.at(-1) ?? ""));
  const repeated = [
    ...bodies,
    ...[...inHeadlines, ...leftovers.filter(mayRepeat)].flatMap((leftover) => resolve(leftover) ?? []),
  ];
  addForms(forms, repeated);
  for (const form of forms.values()) {
    form.longer = longerFormsOf(form).sort((a, b) => a.firstOrder - b.firstOrder);
  }
  const entities = new Map<string, MergedEntity>();
  for (const mention of [...normalized, ...repeated]) {
    const form = forms.get(keyOf(mention.kind, mention.words));
    if (form === undefined) continue;
    const full = fullForm(form, mention.order);
    const key = keyOf(full.kind, full.words);
    const entity = entities.get(key) ?? {
      kind: full.kind,
      name: full.words.join(" "),
      mentions: 0,
      firstOrder: mention.order,
    };
    entity.mentions += 1;
    entity.firstOrder = Math.min(entity.firstOrder, mention.order);
    entities.set(key, entity);
  }
  return [...entities.values()];
}
