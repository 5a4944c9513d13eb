import type { Countries, Country as CountryData } from "world-countries";
import worldCountriesModule from "world-countries";
import type { Random } from "./random.ts";

// The package's types declare an ES default export, but Node loads its CommonJS entry, whose
// module.exports (the array) is what the default import receives at run time.
const worldCountries = worldCountriesModule as unknown as Countries;

/** The ways an article can name a country. */
export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** As a sentence names it: `the United States`, `Britain`, `China`. */
  names: readonly string[];
  /** As a headline names it: `US`, `UK`, `China`. */
  headlineNames: readonly string[];
  demonym: string;
  /** Used as metonym (`officials in Beijing`) and for datelines; absent where that would mislead. */
  capital?: string;
  region: string;
}

/** Everyday names that differ from the data's common name or need an article; wire copy uses them. */
const preferredNames: Readonly<
  Record<string, { names: string[]; headlineNames: string[]; capital?: string }>
> = {
  US: {
    names: ["the United States", "the US", "the U.S."],
    headlineNames: ["US", "U.S."],
    capital: "Washington",
  },
  GB: { names: ["Britain", "the United Kingdom", "the UK"], headlineNames: ["UK", "Britain"] },
  NL: { names: ["the Netherlands"], headlineNames: ["Netherlands"] },
  PH: { names: ["the Philippines"], headlineNames: ["Philippines"] },
  AE: { names: ["the United Arab Emirates", "the UAE"], headlineNames: ["UAE"] },
  CD: { names: ["the Democratic Republic of Congo", "DR Congo"], headlineNames: ["DR Congo"] },
  CG: { names: ["the Republic of Congo"], headlineNames: ["Congo"] },
  CF: { names: ["the Central African Republic"], headlineNames: ["CAR"] },
  DO: { names: ["the Dominican Republic"], headlineNames: ["Dominican Republic"] },
  GM: { names: ["the Gambia"], headlineNames: ["Gambia"] },
  BS: { names: ["the Bahamas"], headlineNames: ["Bahamas"] },
  CZ: { names: ["the Czech Republic", "Czechia"], headlineNames: ["Czech Republic", "Czechia"] },
};

/** Demonyms as news writes them where the data's differ. */
const preferredDemonyms: Readonly<Record<string, string>> = { HK: "Hong Kong" };

/** Hong Kong's listed capital ("City of Victoria") is never used in news; the city's own name is. */
const capitalsNotUsed = new Set(["HK"]);

function toCountry(data: CountryData): Country {
  const preferred = preferredNames[data.cca2];
  const names = preferred?.names ?? [data.name.common];
  const capital = capitalsNotUsed.has(data.cca2) ? undefined : (preferred?.capital ?? data.capital[0]);
  return {
    code: data.cca2,
    names,
    headlineNames: preferred?.headlineNames ?? names,
    demonym: preferredDemonyms[data.cca2] ?? data.demonyms.eng?.m ?? data.name.common,
    ...(capital === undefined ? {} : { capital }),
    region: data.subregion || data.region,
  };
}

/** UN members plus the places the archive keeps apart (Hong Kong, Taiwan, Palestine). */
const allCountries: readonly Country[] = worldCountries
  .filter((data) => data.unMember || ["HK", "TW", "PS"].includes(data.cca2))
  .map(toCountry);

function byCodes(codes: readonly string[]): Country[] {
  return codes.map((code) => {
    const country = allCountries.find((candidate) => candidate.code === code);
    if (country === undefined) throw new Error(`world-countries has no ${code}`);
    return country;
  });
}

/** The countries that dominate an international news archive, with rough relative frequencies. */
const leadingWeights = { US: 9, CN: 8, RU: 5, GB: 5, DE: 4, FR: 3, JP: 3, IN: 3, BR: 2 };
const leadingCountries = byCodes(Object.keys(leadingWeights)).map(
  (country) => [country, leadingWeights[country.code as keyof typeof leadingWeights]] as const,
);
const frequentCountries = byCodes(
  [
    "KR",
    "KP",
    "IR",
    "IL",
    "UA",
    "CA",
    "AU",
    "MX",
    "IT",
    "ES",
    "TR",
    "SA",
    "PK",
    "NG",
    "ZA",
    "EG",
    "HK",
    "TW",
  ].concat(["SY", "AF", "IQ", "VN", "ID", "PL"]),
);

/** About half of articles centre on a leading country, a fifth on a frequent one, the rest on any. */
export function pickCountry(random: Random): Country {
  const roll = random.next();
  if (roll < 0.5) return random.pickWeighted(leadingCountries);
  if (roll < 0.7) return random.pick(frequentCountries);
  return random.pick(allCountries);
}

/** Picks `count` distinct countries other than `exclude`. */
export function pickOtherCountries(random: Random, exclude: Country, count: number): Country[] {
  const chosen: Country[] = [];
  while (chosen.length < count) {
    const candidate = pickCountry(random);
    if (candidate !== exclude && !chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen;
}
