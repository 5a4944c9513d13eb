/**
 * News agencies and international bodies named without any head word, so that nothing in their names or around them
 * says what they are: `Reuters reported`, `according to Xinhua`, `NATO said`. Compromise's lexicon knows few of them.
 */
const names = new Set(
  `
  Reuters|Xinhua|Interfax|AFP|Agence France-Presse|Agence France Presse|AP|Associated Press|Bloomberg|Kyodo|Yonhap
  TASS|ITAR-TASS|RIA Novosti|Itar-Tass|Bernama|Antara|ANSA|EFE|dpa|DPA|PTI|UPI|BBC|CNN|NHK|CCTV|Al Jazeera
  NATO|OPEC|ASEAN|IMF|WTO|UNESCO|UNICEF|UNHCR|Interpol|Europol|FIFA|UEFA|IOC|G7|G8|G20|OECD|Nasdaq|NYMEX
  Medecins sans Frontieres|Médecins sans Frontières|Medecins Sans Frontieres|Médecins Sans Frontières
  `
    .trim()
    .split(/\s*[|\n]\s*/u),
);

/** A news agency or international body known by a bare name: `Reuters`, `Xinhua`, `NATO`, `G20`. */
export function isListedOrganization(phrase: string): boolean {
  return names.has(phrase);
}
