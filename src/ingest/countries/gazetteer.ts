import { worldCountries } from "./worldCountries.ts";

/** A phrase that names a country; `code` null marks a phrase that contains a country name but is not one. */
export interface GazetteerEntry {
  phrase: string;
  code: string | null;
  /** Names that are also people's names or US states: counted only in safe contexts. */
  ambiguous: boolean;
}

/** Capitals that name other places or people as often as the seat of government. */
const ambiguousCapitals = new Set([
  "City of Victoria",
  "Kingston",
  "Georgetown",
  "Hamilton",
  "San José",
  "San Juan",
  "Santiago",
  "Saint John's",
  "Saint George's",
  "Victoria",
  "Male",
  "Lima",
  "Paris",
  "Washington D.C.",
  "Vatican City",
  "Sucre",
  "Praia",
  "Basseterre",
  "Castries",
  "Roseau",
  "Nassau",
]);

/** Country names that are as often a person's name or a US state. */
const ambiguousNames = new Set([
  "Jordan",
  "Chad",
  "Georgia",
  "Israel",
  "India",
  "Kenya",
  "Jamaica",
  "Cuba",
  "Jersey",
  "Wales",
  "Georgian",
  "Washington",
]);

/** Abbreviations and metonyms the country data does not list, and the usual bare forms of longer names. */
const extraNames: Record<string, string[]> = {
  US: ["U.S.", "U.S.A.", "America", "Washington", "Washington, D.C.", "Washington D.C."],
  GB: ["U.K.", "Britain", "Northern Ireland", "Scotland", "Wales", "England"],
  CN: ["PRC", "mainland China"],
  KR: ["Korea", "Korean", "ROK"],
  CD: ["Congo"],
  AE: ["UAE", "Emirati"],
  PS: ["Gaza", "West Bank"],
  CZ: ["Czech Republic"],
  MM: ["Burma", "Burmese"],
};

/** Phrases that contain a country's name without meaning that country: publications, regions, US places. */
const notCountries = [
  "South China Morning Post",
  "China Daily",
  "Global Times",
  "Washington Post",
  "Washington Times",
  "Japan Times",
  "Jerusalem Post",
  "Times of India",
  "Korea Herald",
  "Korea Times",
  "Moscow Times",
  "Bangkok Post",
  "Straits Times",
  "Taipei Times",
  "Irish Times",
  "Gulf News",
  "Voice of America",
  "South China Sea",
  "East China Sea",
  "Latin America",
  "Latin American",
  "South America",
  "South American",
  "North America",
  "North American",
  "Central America",
  "Central American",
  "Native American",
  "American Indian",
  "African American",
  "Indian Ocean",
  "New Mexico",
  "New Jersey",
  "New South Wales",
  "New England",
  "George Washington",
  "Washington state",
  "Washington State",
  "University of Washington",
  "Korean Peninsula",
  "Korean War",
  "Georgia Tech",
  "Chinese Taipei",
  "Turkey Creek",
  "French fries",
  "Dutch auction",
];

const latinText = /^[\p{Script=Latin}\s.'’()-]+$/u;

function usableAltSpelling(spelling: string): boolean {
  return (
    spelling.length >= 4 && !spelling.includes(",") && latinText.test(spelling) && /\p{Ll}/u.test(spelling)
  );
}

/** Builds every phrase that names a country, from the world-countries data plus the tables above. */
export function buildGazetteer(): GazetteerEntry[] {
  const byPhrase = new Map<string, string | null>();
  const demonymOwners = new Map<string, Set<string>>();
  const independent = new Set(
    worldCountries.filter((country) => country.independent).map((country) => country.cca2),
  );
  for (const country of worldCountries) {
    const code = country.cca2;
    const names = [
      country.name.common,
      country.name.official,
      ...country.altSpellings.filter(usableAltSpelling),
    ];
    for (const name of names) if (!byPhrase.has(name)) byPhrase.set(name, code);
    for (const capital of country.capital)
      if (capital !== "" && !ambiguousCapitals.has(capital)) byPhrase.set(capital, code);
    const demonyms = country.demonyms?.eng;
    for (const demonym of [demonyms?.m, demonyms?.f]) {
      if (demonym === undefined || demonym.includes(" or ")) continue;
      const owners = demonymOwners.get(demonym) ?? new Set<string>();
      owners.add(code);
      demonymOwners.set(demonym, owners);
    }
  }
  for (const [demonym, owners] of demonymOwners) {
    // `American` is also the demonym of US territories: the one independent owner takes it. A demonym shared by
    // two countries (Congolese) names neither.
    const sovereign = [...owners].filter((code) => independent.has(code));
    const candidates = sovereign.length > 0 ? sovereign : [...owners];
    const [owner] = candidates;
    if (candidates.length === 1 && owner !== undefined && !byPhrase.has(demonym))
      byPhrase.set(demonym, owner);
  }
  for (const [code, phrases] of Object.entries(extraNames))
    for (const phrase of phrases) byPhrase.set(phrase, code);
  for (const phrase of notCountries) byPhrase.set(phrase, null);
  byPhrase.set("US", "US");
  byPhrase.set("UK", "GB");
  return [...byPhrase]
    .filter(([phrase]) => phrase.trim() !== "")
    .map(([phrase, code]) => ({ phrase, code, ambiguous: ambiguousNames.has(phrase) }));
}

export function countryName(code: string): string | undefined {
  return worldCountries.find((country) => country.cca2 === code)?.name.common;
}
