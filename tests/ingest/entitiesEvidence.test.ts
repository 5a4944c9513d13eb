import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../src/ingest/entities/index.ts";
import { entityNamesFinder } from "../support/entityNames.ts";

const found = entityNamesFinder("Markets close mixed");

describe("organisations by their evidence", () => {
  it("should know news agencies and international bodies by name, even opening a sentence", () => {
    const { organizations } = found(
      "Xinhua said talks would resume, according to Interfax. Reuters and AFP reported the same.",
      "The officials met on the sidelines of the G20 as NATO looked on.",
    );
    assert.deepEqual(organizations.sort(), ["AFP", "G20", "Interfax", "NATO", "Reuters", "Xinhua"]);
  });

  it("should take companies' suffixes and trades as heads", () => {
    const { organizations } = found(
      "British Airways and Lufthansa Airlines said flights would resume as the London Stock Exchange opened.",
    );
    assert.deepEqual(organizations, ["British Airways", "Lufthansa Airlines", "London Stock Exchange"]);
  });

  it("should split two companies joined by and", () => {
    assert.deepEqual(found("Barclays Plc and Mitsubishi Corp signed the deal.").organizations, [
      "Barclays Plc",
      "Mitsubishi Corp",
    ]);
  });

  it("should take a one-word company the text shows acting as one", () => {
    const { organizations } = found(
      "Shares of Ahold fell 3 percent on Monday. Heineken's profits rose. Comscore released new data.",
      "According to Flurry, phablets grew.",
    );
    assert.deepEqual(organizations, ["Ahold", "Heineken", "Comscore", "Flurry"]);
  });

  it("should not make bodies of a surname alone, a plural or a country named in two parts", () => {
    const { organizations } = found(
      "Okafor said the plan would wait. Hackers said they had the files. Protesters' banners were seized.",
      "Officials in Bosnia and Herzegovina's capital disagreed, as did the US and the UK's envoy.",
    );
    assert.deepEqual(organizations, []);
  });

  it("should take an acronym never spelled out when the text shows it acting", () => {
    const { organizations } = found(
      "NTT said it would cut jobs. The NYMEX contract rose. FEMA's new tool went live.",
    );
    assert.deepEqual(organizations, ["NTT", "NYMEX", "FEMA"]);
  });

  it("should not take techniques and formats written in capitals for organisations", () => {
    assert.deepEqual(
      found("The API said nothing new; the SMS was read and HTTPS stated its case.").organizations,
      [],
    );
  });

  it("should join an acronym to the name the article defines it for", () => {
    const { organizations } = found(
      "The Centers for Disease Control and Prevention (CDC) updated its pages. The CDC's microsite followed.",
    );
    assert.deepEqual(organizations, ["Centers for Disease Control and Prevention"]);
  });

  it("should join a distinctive first word or a head alone to the full name", () => {
    const { organizations } = found(
      "The Pew Research Center released a report. Pew's research found costs mattered.",
      "The Library of Congress tested the site. The Library's other sites followed.",
    );
    assert.deepEqual(organizations, ["Pew Research Center", "Library of Congress"]);
  });

  it("should not take a service named by a technical acronym for an organisation", () => {
    assert.deepEqual(found("Agencies buy CX Services through the schedule.").organizations, []);
  });

  it("should take an office named before its complement as a name, even with everyday words", () => {
    assert.deepEqual(found("The Office of Customer Experience released a guide.").organizations, [
      "Office of Customer Experience",
    ]);
  });

  it("should not make an employer of the person whose office it is", () => {
    const { people, organizations } = found(
      "John Major met Tony Blair in London.",
      "A spokesman for Major's office declined to comment.",
    );
    assert.deepEqual(organizations, []);
    assert.deepEqual(people, ["John Major", "Tony Blair"]);
  });

  it("should keep a name with a lower-case particle whole", () => {
    const { people, organizations } = found(
      "Medecins sans Frontieres said Zine al-Abidine Ben Ali had fled. Later Bashar al-Assad spoke.",
    );
    assert.deepEqual(organizations, ["Medecins sans Frontieres"]);
    assert.deepEqual(people, ["Zine al-Abidine Ben Ali", "Bashar al-Assad"]);
  });
});

describe("people without titles or suffixes", () => {
  it("should drop a title such as Chief Executive from the name", () => {
    assert.deepEqual(found("Chief Executive Leung Chun-ying said on Monday the plan stood.").people, [
      "Leung Chun-ying",
    ]);
  });

  it("should never make a person of Jr or Jnr, and drop them from the name", () => {
    const { people } = found("Later Martin Luther King Jr. spoke. Cal Ripken Jnr retired. Jr was there.");
    assert.deepEqual(people, ["Martin Luther King", "Cal Ripken"]);
  });

  it("should count a surname alone after the full name for that person", () => {
    const { people } = findEntities({
      title: "Talks",
      paragraphs: [
        "Harald Range, the German attorney general, opened a case.",
        "Range said it would take months.",
      ],
    });
    assert.deepEqual(people, [{ name: "Harald Range", slug: "harald-range", mentions: 2 }]);
  });

  it("should count the writers the byline names as people, joined to their later mentions", () => {
    const { people } = findEntities({
      title: "Vice-minister calls gripes hypocritical",
      paragraphs: ["Cao Yin reported from Beijing. Cao said the talks went well."],
      byline: ["Zhang Zhouxiang", "Cao Yin", "Staff"],
    });
    assert.deepEqual(people, [
      { name: "Cao Yin", slug: "cao-yin", mentions: 3 },
      { name: "Zhang Zhouxiang", slug: "zhang-zhouxiang", mentions: 1 },
    ]);
  });

  it("should know first names that only the data package's lists hold", () => {
    assert.deepEqual(found("The report was written by Harald Okonkwo in Berlin.").people, ["Harald Okonkwo"]);
  });
});

describe("platforms and products named after their makers", () => {
  it("should not take a network where things are posted for its company", () => {
    const text = "Be sure to follow the agency on Twitter, Tumblr, and YouTube. YouTube views keep rising.";
    assert.deepEqual(found(text).organizations, []);
  });

  it("should still count a network's company where the text speaks of the company", () => {
    const text = "Join us on Facebook. Reporting on Monday, Facebook posted higher profits.";
    assert.deepEqual(found(text).organizations, ["Facebook"]);
  });

  it("should take the body, not its mailing list, from a name that ends in a product word", () => {
    const text = "Readers can join the new MobileGov Community of Practice Listserv to follow the debate.";
    assert.deepEqual(found(text).organizations, ["MobileGov Community of Practice"]);
  });
});

describe("names inside quoted titles", () => {
  it("should not take a quoted title's capitalised phrase for an organisation", () => {
    const text =
      'Sign up for the “Buyers Club” email group. See "How Government will Accelerate Anytime, Anywhere Services and Information in 2015".';
    assert.deepEqual(found(text).organizations, []);
  });

  it("should still find an organisation named in quoted speech", () => {
    const text = "“We have worked with Crescent Capital Group for years,” the minister said.";
    assert.deepEqual(found(text).organizations, ["Crescent Capital Group"]);
  });
});
