/**
 * Capitals that name techniques, formats, diseases and jobs, not bodies: `the API`, `HTTPS is`, `the CEO's`. They are
 * everyday words: no cue makes them bodies, and `CX Services` is a phrase, not a name.
 */
const commonAcronyms = new Set(
  `AI API APIs AR CD CEO CFO CIO COO CTO CSS CSV CX DNA DVD FAQ FAR GDP GIS GPS HCD HIV HSTS HTML HTTP HTTPS ID IoT
  IP IT JSON LGBT MBA MP MRI OK PC PDF PhD PR QR RPA RSS SEO SMS SQL STD TB TV UI URL USB UX VP VPN VR XML`.split(
    /\s+/u,
  ),
);

/** `API`, `HTTPS`, `CEO`: capitals that are everyday words. */
export function isCommonAcronym(word: string): boolean {
  return commonAcronyms.has(word);
}
