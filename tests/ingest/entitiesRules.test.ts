import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type EntityText, findEntities } from "../../src/ingest/entities/index.ts";

const article = (paragraphs: string[], title = "Officials meet to discuss trade"): EntityText => ({
  title,
  paragraphs,
});
const peopleIn = (text: EntityText) => findEntities(text).people.map((person) => person.name);
const organizationsIn = (text: EntityText) =>
  findEntities(text).organizations.map((organization) => organization.name);

describe("merging the variants of a name within an article", () => {
  it("should merge President Obama, Barack Obama and Obama into Barack Obama", () => {
    const { people } = findEntities(
      article([
        "President Obama met business leaders on Monday.",
        "Barack Obama, the US president, said trade would grow. Obama also praised the deal.",
      ]),
    );
    assert.deepEqual(people, [{ name: "Barack Obama", slug: "barack-obama", mentions: 3 }]);
  });

  it("should merge Xi Jinping, President Xi and Xi, whose family name comes first", () => {
    const { people } = findEntities(
      article([
        "Chinese President Xi Jinping arrived on Tuesday.",
        "President Xi spoke first. Xi said talks went well.",
      ]),
    );
    assert.deepEqual(people, [{ name: "Xi Jinping", slug: "xi-jinping", mentions: 3 }]);
  });

  it("should merge `the US Department of Justice` and `the Justice Department` into one organisation", () => {
    const { organizations } = findEntities(
      article([
        "Last May the US Department of Justice indicted five officers.",
        "A spokesman said the Justice Department would not comment.",
      ]),
    );
    assert.deepEqual(organizations, [
      { name: "US Department of Justice", slug: "us-department-of-justice", mentions: 2 },
    ]);
  });

  it("should count an acronym as a mention of the organisation it abbreviates", () => {
    const { organizations } = findEntities(
      article(["The National Security Agency collected the calls.", "Critics say the NSA went too far."]),
    );
    assert.deepEqual(organizations, [
      { name: "National Security Agency", slug: "national-security-agency", mentions: 2 },
    ]);
  });

  it("should count a family name in the headline as a mention of the person the body names", () => {
    const text = article(
      ["Barack Obama and Xi Jinping, the Chinese president, agreed on Friday to curb hacking."],
      "Obama and Xi agree to curb cyber theft",
    );
    assert.deepEqual(
      findEntities(text).people.map((person) => [person.name, person.mentions]),
      [
        ["Barack Obama", 2],
        ["Xi Jinping", 2],
      ],
    );
  });

  it("should list the most mentioned first, and the first named first among equals", () => {
    const text = article([
      "Anna Becker, a senior economist, and Tom Hughes, a trade lawyer, spoke after Maria Rossi, a diplomat.",
      "Rossi said the talks had stalled. Becker agreed.",
    ]);
    assert.deepEqual(peopleIn(text), ["Anna Becker", "Maria Rossi", "Tom Hughes"]);
  });
});

describe("reading the words that join names", () => {
  it("should keep `of` and `and` inside an organisation's name, but split two names joined by `and`", () => {
    const text = article([
      "The Food and Drug Administration and the Department of Health and Human Services issued guidance.",
      "Barack Obama and Angela Merkel, the German chancellor, welcomed it.",
    ]);
    assert.deepEqual(organizationsIn(text), [
      "Food and Drug Administration",
      "Department of Health and Human Services",
    ]);
    assert.deepEqual(peopleIn(text), ["Barack Obama", "Angela Merkel"]);
  });
});

describe("keeping titles out of names", () => {
  it("should strip offices, honorifics and job titles in capitals", () => {
    const text = article([
      "US Commerce Secretary Penny Pritzker met German Chancellor Angela Merkel.",
      "State Councillor Yang Jiechi and Public Security Minister Guo Shengkun met Secretary of State John Kerry.",
      "Attorney General Eric Holder and Dr. Jane Goodall were also there.",
    ]);
    assert.deepEqual(peopleIn(text), [
      "Penny Pritzker",
      "Angela Merkel",
      "Yang Jiechi",
      "Guo Shengkun",
      "John Kerry",
      "Eric Holder",
      "Jane Goodall",
    ]);
  });

  it("should take a role written in lower case as evidence, not as part of the name", () => {
    const text = article([
      "Writing in the US journal Politico cybersecurity coordinator Michael Daniel and trade ambassador Robert Holleyman criticised the plan.",
      '"It does not make sense," said a foreign ministry spokeswoman, Hua Chunying.',
    ]);
    assert.deepEqual(peopleIn(text), ["Michael Daniel", "Robert Holleyman", "Hua Chunying"]);
    assert.deepEqual(organizationsIn(text), ["Politico"]);
  });

  it("should keep a surname that is also a job, such as Cook, when no name follows it", () => {
    assert.deepEqual(peopleIn(article(["Apple's chief executive, Tim Cook, said sales rose."])), [
      "Tim Cook",
    ]);
  });
});

describe("what is not a person or an organisation", () => {
  it("should not take a capitalised word that opens a sentence for a name", () => {
    const text = article([
      "Chinese authorities have banned unlicensed VPNs. Estimates of the number of users vary.",
      "Companies already cite internet controls as an obstacle. Long lines formed outside.",
    ]);
    assert.deepEqual(findEntities(text), { people: [], organizations: [] });
  });

  it("should not take months, days, countries, capitals or Hong Kong for people", () => {
    const text = article([
      "In June, Beijing said Washington had ignored its concerns.",
      "On Wednesday officials in Hong Kong and Germany met again, said Chinese officials.",
    ]);
    assert.deepEqual(findEntities(text), { people: [], organizations: [] });
  });

  it("should not take a dubbed weapon or a law for an organisation", () => {
    const text = article([
      'Beijing built a new tool, dubbed the "Great Cannon", that attacks websites.',
      "The crackdown coincides with a Cybersecurity Law that took effect on June 1.",
    ]);
    assert.deepEqual(findEntities(text), { people: [], organizations: [] });
  });

  it("should find nothing in the headline's capitals or in an `Explore further` leftover", () => {
    const text = article(
      ["Explore further: Beijing behind Internet security violation: group"],
      "Forget the Great Firewall ... China is beefing up its ability to police all cyberspace",
    );
    assert.deepEqual(findEntities(text), { people: [], organizations: [] });
  });

  it("should read a heading In Title Case like a headline", () => {
    const text = article([
      "Improving Customer Experience Across Federal Agencies",
      "Agencies met on Monday.",
    ]);
    assert.deepEqual(findEntities(text), { people: [], organizations: [] });
  });

  it("should not repeat a name with an everyday word that merely shares it", () => {
    const text = article([
      "Long Zhou, the foreign ministry's coordinator, spoke first.",
      "Long said talks would resume.",
    ]);
    assert.deepEqual(findEntities(text).people, [{ name: "Long Zhou", slug: "long-zhou", mentions: 2 }]);
    assert.deepEqual(peopleIn(article(["Long said talks would resume."])), []);
  });

  it("should tell people named like countries from the countries", () => {
    const text = article(
      [
        "The Georgia pair have signed with a label run by Tony Jordan, a former producer for the Washington Post's podcast.",
        "Jimmy Wales, who founded Wikipedia, praised the deal.",
      ],
      "Rap duo the Georgia pair sign with Jordan label",
    );
    assert.deepEqual(peopleIn(text), ["Tony Jordan", "Jimmy Wales"]);
    assert.deepEqual(organizationsIn(text), ["Washington Post", "Wikipedia"]);
  });

  it("should not take a company that speaks for a person", () => {
    const text = article([
      "Ravi Torres, a spokesman at Crescent Telecom, said prices would rise.",
      "Crescent Telecom said about 85,000 people could be affected.",
    ]);
    assert.deepEqual(peopleIn(text), ["Ravi Torres"]);
    assert.deepEqual(organizationsIn(text), ["Crescent Telecom"]);
  });
});
