package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediastance.config.UsageException;

/** Unit tests of the registry-backed resolver: no Spark, no CoreNLP. */
class RegistryResolverTest {
  static final RegistryResolver R = RegistryResolver.shipped();
  static final LocalDate SEED = LocalDate.of(2015, 9, 11);

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static void is(ActorRef r, String gov, String role, String cat) {
    assertEquals(gov, r.government(), () -> "government of " + r);
    assertEquals(role, r.role(), () -> "role of " + r);
    assertEquals(cat, r.category(), () -> "category of " + r);
  }

  // ---------------------------------------------------------------- the seed article

  @Test
  void seedSpeakers() {
    ActorRef lavrov = R.resolveSpeaker("Sergei Lavrov", "Foreign Minister Sergei Lavrov", "person",
        SEED);
    is(lavrov, "RUS", "foreign minister", "diplomatic");
    assertEquals("sergei-lavrov", lavrov.actorId());
    assertTrue(lavrov.confidence() >= 0.9);

    ActorRef obama = R.resolveSpeaker("Barack Obama", "U.S. President Barack Obama", "person", SEED);
    is(obama, "USA", "president", "government");
    assertEquals("barack-obama", obama.actorId());
    // surname only, no description
    is(R.resolveSpeaker("Obama", null, "person", SEED), "USA", "president", "government");

    is(R.resolveSpeaker("U.S. officials", "U.S. officials", "group", SEED), "USA", "group",
        "government");
    is(R.resolveSpeaker("Russia", null, "institution", SEED), "RUS", "government", "government");
    // "Russia's top diplomat stressed ..." is Lavrov
    ActorRef top = R.resolveSpeaker("Russia's top diplomat", null, "person", SEED);
    assertEquals("sergei-lavrov", top.actorId());
  }

  // ---------------------------------------------------------------- registry lookups with dates

  @Test
  void datedRoles() {
    is(R.resolveSpeaker("John Kerry", null, "person", d("2014-05-01")), "USA",
        "secretary of state", "diplomatic");
    // Kerry before he was secretary of state was a senator
    is(R.resolveSpeaker("John Kerry", null, "person", d("2010-05-01")), "USA", "senator",
        "legislature");
    // and after January 2017 held no office until 2021
    ActorRef k = R.resolveSpeaker("John Kerry", null, "person", d("2018-05-01"));
    assertNull(k.government());
    assertEquals("former secretary of state", k.role());
    is(R.resolveSpeaker("Shoigu", "Defense Minister Sergei Shoigu", "person", d("2016-03-01")),
        "RUS", "defense minister", "military");
    is(R.resolveSpeaker("Sergei Shoigu", null, "person", d("2024-06-01")), "RUS",
        "national security adviser", "government");
    is(R.resolveSpeaker("Dmitry Medvedev", null, "person", d("2010-01-01")), "RUS", "president",
        "government");
    is(R.resolveSpeaker("Dmitry Medvedev", null, "person", d("2015-01-01")), "RUS",
        "prime minister", "government");
  }

  @Test
  void officeHoldersAcrossYears() {
    assertEquals("barack-obama", R.resolveOffice("president", "USA", d("2015-06-01")).actorId());
    assertEquals("donald-trump", R.resolveOffice("president", "USA", d("2018-06-01")).actorId());
    assertEquals("joe-biden", R.resolveOffice("President", "USA", d("2022-06-01")).actorId());
    assertEquals("ash-carter",
        R.resolveOffice("defense secretary", "USA", d("2016-01-01")).actorId());
    assertEquals("jim-mattis",
        R.resolveOffice("secretary of defense", "USA", d("2017-06-01")).actorId());
    assertEquals("ban-ki-moon", R.resolveOffice("secretary-general", "UN", d("2012-01-01")).actorId());
    assertTrue(R.resolveOffice("president", "USA", null).isUnknown());
    // "the president" in a U.S. story
    ActorRef p2015 = R.resolveSpeaker("the president", null, "person", d("2015-03-02"), "USA");
    assertEquals("barack-obama", p2015.actorId());
    is(p2015, "USA", "president", "government");
    ActorRef p2018 = R.resolveSpeaker("President", "the president", "person", d("2018-03-02"), "USA");
    assertEquals("donald-trump", p2018.actorId());
    // the title names the country: no context needed
    assertEquals("vladimir-putin",
        R.resolveSpeaker("the Russian president", null, "person", d("2019-01-01")).actorId());
    assertEquals("dmitry-medvedev",
        R.resolveSpeaker("the Russian president", null, "person", d("2010-01-01")).actorId());
  }

  // ---------------------------------------------------------------- titles without entries

  @Test
  void titlesOfUnknownPeople() {
    ActorRef x = R.resolveSpeaker("Ivan Petrovsky", "Russian Deputy Defense Minister Ivan Petrovsky",
        "person", SEED);
    is(x, "RUS", "deputy defense minister", "military");
    assertNull(x.actorId());
    ActorRef undated = R.resolveSpeaker("Daud Rahimzai", "the Afghan President Daud Rahimzai",
        "person", null);
    is(undated, "AFG", "president", "government");
    assertTrue(undated.confidence() < 0.7, "no date: lower confidence");
    is(R.resolveSpeaker("Chinese Foreign Ministry spokesman", "Chinese Foreign Ministry spokesman",
        "person", SEED), "CHN", "spokesperson", "diplomatic");
    is(R.resolveSpeaker("Kremlin spokesman", null, "person", SEED), "RUS", "spokesperson",
        "government");
    is(R.resolveSpeaker("a senior Russian official", null, "person", SEED), "RUS", "official",
        "government");
    is(R.resolveSpeaker("Jane Roe", "Sen. Jane Roe (R-S.C.)", "person", SEED), "USA", "senator",
        "legislature");
    is(R.resolveSpeaker("John Doe", "Rep. John Doe, D-Calif.", "person", SEED), "USA",
        "representative", "legislature");
    is(R.resolveSpeaker("Pierre Dupont", "French Foreign Minister Pierre Dupont", "person", SEED),
        "FRA", "foreign minister", "diplomatic");
    is(R.resolveSpeaker("Omar Haddad", "Iran's foreign minister, Omar Haddad", "person", SEED),
        "IRN", "foreign minister", "diplomatic");
    is(R.resolveSpeaker("Gen. Ali Rahimi", "Gen. Ali Rahimi, an Iraqi army commander", "person",
        SEED), "IRQ", "general", "military");
    is(R.resolveSpeaker("a senior administration official", null, "person", SEED), "USA",
        "official", "government");
    is(R.resolveSpeaker("Pentagon spokesman", null, "person", SEED), "USA", "spokesperson",
        "military");
    is(R.resolveSpeaker("Western diplomats", null, "group", SEED), null, "group", "diplomatic");
    is(R.resolveSpeaker("Israeli military officials", null, "group", SEED), "ISR", "group",
        "military");
    is(R.resolveSpeaker("Anna Schmidt", "Anna Schmidt, an analyst at a Berlin think tank",
        "person", SEED), null, "expert", "expert");
  }

  @Test
  void registryPeopleByTitleVariants() {
    is(R.resolveSpeaker("Walid al-Moualem", "Syrian Foreign Minister Walid al-Moualem", "person",
        SEED), "SYR", "foreign minister", "diplomatic");
    is(R.resolveSpeaker("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", "person", SEED), "RUS",
        "press secretary", "government");
    is(R.resolveSpeaker("Maria Zakharova", "Foreign Ministry spokeswoman Maria Zakharova",
        "person", d("2017-04-07")), "RUS", "spokesperson", "diplomatic");
    is(R.resolveSpeaker("Lindsey Graham", "Sen. Lindsey Graham (R-S.C.)", "person", SEED), "USA",
        "senator", "legislature");
    is(R.resolveSpeaker("Ban Ki-moon", "U.N. Secretary-General Ban Ki-moon", "person", SEED), null,
        "secretary-general", "igo");
    is(R.resolveSpeaker("Jens Stoltenberg", "NATO Secretary General Jens Stoltenberg", "person",
        SEED), null, "secretary-general", "igo");
  }

  @Test
  void namesTitlesAndOrganisationsInDescriptions() {
    LocalDate d16 = d("2016-09-20");
    // a middle initial
    assertEquals("sergei-lavrov", R.resolveSpeaker("Sergei V. Lavrov", null, "person", SEED).actorId());
    // a surname after "Mr." is a name even when it is also a title
    assertSame(ActorRef.unknown(), R.resolveSpeaker("Mr. King", null, "person", d16));
    // someone described through another person is not that person
    ActorRef aide = R.resolveSpeaker("Jane Roe", "Barack Obama's adviser Jane Roe", "person", d16);
    assertNull(aide.actorId());
    is(aide, "USA", "adviser", "government");
    // an office holder's office speaks for that government; an office of nobody named does not
    is(R.resolveSpeaker("Recep Tayyip Erdogan's office", null, "unknown", d16), "TUR", "press office", "government");
    is(R.resolveSpeaker("Greek Prime Minister Alexis Tsipras's office", null, "institution", d16), "GRC", "press office", "government");
    assertNull(R.resolveSpeaker("the prosecutor's office", null, "unknown", d16).government());
    // undated: the one government the possessor ever served, not the article's context country
    is(R.resolveSpeaker("Netanyahu's office", null, "unknown", null), "ISR", "press office", "government");
    assertNull(R.resolveSpeaker("the office", null, "unknown", d16).government());
    // campaign staff and party sources are not government voices
    assertNull(R.resolveSpeaker("Jane Roe", "Trump campaign spokeswoman Jane Roe", "person", d16)
        .government());
    assertNull(R.resolveSpeaker("A Democratic source", null, "person", d16).government());
    // a party-state tag makes a member of Congress whatever country the description mentions
    is(R.resolveSpeaker("John Doe", "Rep. John Doe (D-N.Y.), an advocate for human rights in Burma",
        "person", d16), "USA", "representative", "legislature");
    // the Security Council is the UN's; the Obama administration is the U.S. government
    is(R.resolveSpeaker("the Security Council", null, "institution", d16), null, "organization",
        "igo");
    is(R.resolveSpeaker("the Obama administration", null, "institution", d16), "USA",
        "government", "government");
    // an organisation's president, a city's officials
    assertNull(R.resolveSpeaker("Henry Doe", "Henry Doe, president of the Miami Chess Society",
        "person", d16).government());
    assertNull(R.resolveSpeaker("city officials", null, "group", d16, "USA").government());
    // the office of an owner the registry does not know is not the story's country
    assertNull(R.resolveSpeaker("Fabian Picardo", "Gibraltar's chief minister, Fabian Picardo", "person",
        d("2019-07-04"), "IRN").government());
    assertEquals("GBR", R.resolveSpeaker("Jeremy Hunt", "Britain's foreign minister, Jeremy Hunt", "person",
        d("2019-07-04"), "IRN").government());
    assertEquals("ETH", R.resolveSpeaker("Prime Minister Abebe Doe's office", null, "institution",
        d("2019-03-10"), "ETH").government(), "a titled person's office keeps the story's country");
    // a candidate's spokesman, a people rather than its government, vague "leaders"
    assertNull(R.resolveSpeaker("Nick Doe", "Clinton spokesman Nick Doe", "person", d16)
        .government());
    is(R.resolveSpeaker("Nick Doe", "Obama spokesman Nick Doe", "person", d16), "USA",
        "spokesperson", "government");
    assertTrue(R.resolveSpeaker("Many Americans", null, "group", d16, "USA").isUnknown());
    assertNull(R.resolveSpeaker("leaders", null, "group", d16, "USA").government());
    is(R.resolveSpeaker("Russian leaders", null, "group", d16), "RUS", "group", "government");
    // the title belongs to the person it stands before
    assertNull(R.resolveSpeaker("Hillary Clinton", "President Obama and Hillary Clinton", "person",
        d16).government());
    // a bare surname of a foreign official in a story about another country: lower confidence
    ActorRef j = R.resolveSpeaker("Johnson", null, "person", d16, "USA");
    assertTrue(j.confidence() <= 0.5, j::toString);
  }

  // ---------------------------------------------------------------- former officials, candidates

  @Test
  void formerOfficialsAndCandidates() {
    ActorRef hc = R.resolveSpeaker("Hillary Clinton", "former Secretary of State Hillary Clinton",
        "person", d("2015-10-01"));
    assertNull(hc.government());
    assertEquals("other", hc.category());
    assertEquals("former secretary of state", hc.role());
    assertEquals("hillary-clinton", hc.actorId());

    ActorRef t = R.resolveSpeaker("Donald Trump",
        "Republican presidential candidate Donald Trump", "person", d("2016-08-01"));
    assertNull(t.government());
    assertEquals("candidate", t.role());
    assertEquals("donald-trump", t.actorId());
    // even without the title, Trump in 2016 held no office
    assertNull(R.resolveSpeaker("Donald Trump", null, "person", d("2016-08-01")).government());
    // President-elect
    ActorRef el = R.resolveSpeaker("Donald Trump", "President-elect Donald Trump", "person",
        d("2016-12-01"));
    assertNull(el.government());
    assertEquals("president-elect", el.role());
    // an unknown former official
    ActorRef ex = R.resolveSpeaker("Ivan Petrovsky", "former Russian Prime Minister Ivan Petrovsky",
        "person", SEED);
    assertNull(ex.government());
    assertEquals("former prime minister", ex.role());
    // a title naming an office the registry says the person left is a former one, for speakers
    // ("President Obama" in 2019) and targets, so he is no colleague of the speaker's government
    ActorRef po = R.resolveSpeaker("Barack Obama", "President Obama", "person", d("2019-01-11"));
    assertNull(po.government());
    assertEquals("former president", po.role());
    ActorRef pt = R.resolveTarget("President Obama", d("2018-07-16"));
    assertEquals("barack-obama", pt.actorId());
    assertEquals("other", pt.category());
    is(R.resolveTarget("President Obama", d("2014-08-08")), "USA", "president", "government");
    // any ministry of a named country speaks for its government
    is(R.resolveSpeaker("Commerce Ministry", "The Chinese Commerce Ministry", "institution", d("2019-05-13")),
        "CHN", "ministry", "government");
    // a member of parliament whose title names the cabinet office the registry does not record
    is(R.resolveSpeaker("Katsunobu Kato", "Japanese Chief Cabinet Secretary Katsunobu Kato", "person",
        d("2021-02-01")), "JPN", "secretary", "government");
    // ... but an elected president is not in office yet, whatever seat they hold
    ActorRef pe = R.resolveSpeaker("Jair Bolsonaro", "Brazil's president-elect Jair Bolsonaro", "person",
        d("2018-11-20"));
    assertFalse("president".equals(pe.role()), pe::toString);
    // a former title does not hide the office held now
    is(R.resolveSpeaker("Mike Pompeo", "Mike Pompeo, the former CIA director", "person",
        d("2019-01-10")), "USA", "secretary of state", "diplomatic");
  }

  // ---------------------------------------------------------------- no date

  @Test
  void withoutDateTitleDecidesWithLowerConfidence() {
    ActorRef l = R.resolveSpeaker("Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov",
        "person", null);
    is(l, "RUS", "foreign minister", "diplomatic");
    assertTrue(l.confidence() < 0.7);
    ActorRef k = R.resolveSpeaker("John Kerry", "Secretary of State John Kerry", "person", null);
    is(k, "USA", "secretary of state", "diplomatic");
    assertTrue(k.confidence() < 0.7);
  }

  // ---------------------------------------------------------------- metonyms and targets

  @Test
  void metonymsAsSpeakers() {
    is(R.resolveSpeaker("Moscow", null, "institution", SEED), "RUS", "government", "government");
    is(R.resolveSpeaker("the Kremlin", null, "institution", SEED), "RUS", "government",
        "government");
    is(R.resolveSpeaker("Washington", null, "institution", SEED), "USA", "government",
        "government");
    is(R.resolveSpeaker("the White House", null, "institution", SEED), "USA", "government",
        "government");
    is(R.resolveSpeaker("the State Department", null, "institution", SEED), "USA", "ministry",
        "diplomatic");
    is(R.resolveSpeaker("the Pentagon", null, "institution", SEED), "USA", "ministry", "military");
    is(R.resolveSpeaker("Russia's Foreign Ministry", null, "institution", SEED), "RUS",
        "ministry", "diplomatic");
    is(R.resolveSpeaker("TASS", null, "institution", SEED), "RUS", "state media", "state_media");
    is(R.resolveSpeaker("Damascus", null, "institution", SEED), "SYR", "government", "government");
    is(R.resolveSpeaker("the Russians", null, "group", SEED), "RUS", "government", "government");
    is(R.resolveSpeaker("NATO", null, "institution", SEED), null, "organization", "igo");
    is(R.resolveSpeaker("the Foreign Office", null, "institution", SEED), "GBR", "ministry",
        "diplomatic");
    is(R.resolveSpeaker("the Pakistani Foreign Office", null, "institution", SEED), "PAK",
        "ministry", "diplomatic");
    is(R.resolveSpeaker("Syrian state media", null, "institution", SEED), "SYR", "state media",
        "state_media");
    ActorRef kcna = R.resolveSpeaker("North Korea's state news agency KCNA", null, "institution", SEED);
    is(kcna, "PRK", "state media", "state_media");
    assertEquals("Korean Central News Agency", kcna.name(), "the named agency, not the generic kind of its description");
    assertEquals("Korean Central News Agency", R.resolveSpeaker("North Korea", "North Korea's state news agency KCNA", "institution", SEED).name(),
        "the country's body its description names speaks, not the country");
    // a name with a possessive inside it is one phrase; a possessive before a title still ends the owner
    is(R.resolveTarget("the People's Republic of China", SEED), "CHN", "government", "government");
    assertEquals("People's Liberation Army", R.resolveTarget("the People's Liberation Army", SEED).name());
    assertEquals("National People's Congress", R.resolveTarget("National People's Congress", SEED).name());
    assertEquals("Sergei Lavrov", R.resolveSpeaker("Russia's foreign minister", null, "person", SEED).name());
    is(R.resolveSpeaker("Sudan's military council", null, "institution", SEED), "SDN", "military", "military");
    // an outlet's head noun and an adjective before it name nobody else
    is(R.resolveSpeaker("Russia", "Russia's TASS news agency", "institution", SEED), "RUS", "state media",
        "state_media");
    assertEquals("Xinhua", R.resolveSpeaker("China", "China's official Xinhua news agency", "institution",
        SEED).name(), "'official' before an outlet is an adjective, not the office");
    assertEquals("Fars", R.resolveSpeaker("Iran", "Iran's semi-official Fars news agency", "institution",
        SEED).name());
    ActorRef kyodo = R.resolveSpeaker("Japan", "Japan's Kyodo News agency", "institution", SEED);
    assertEquals("Kyodo News", kyodo.name(), "a private agency is itself, not the government or NHK");
    assertNull(kyodo.government());
    assertEquals("official", R.resolveSpeaker("a Chinese official", null, "person", SEED).role());
    assertEquals("United States", R.resolveSpeaker("White House", "the White House and the State Department",
        "institution", SEED).name(), "of two bodies the description names, the speaker stays the one named");
    is(R.resolveSpeaker("the Quai d'Orsay", null, "institution", SEED), "FRA", "ministry",
        "diplomatic");
    is(R.resolveSpeaker("Downing Street", null, "institution", SEED), "GBR", "government",
        "government");
    is(R.resolveSpeaker("Islamic State", null, "institution", SEED), null, "armed group", "other");
    is(R.resolveSpeaker("Hassan Nasrallah", "Hezbollah leader Hassan Nasrallah", "person", SEED),
        null, "leader", "other");
  }

  @Test
  void targets() {
    is(R.resolveTarget("Moscow's efforts", SEED), "RUS", "government", "government");
    is(R.resolveTarget("the U.S. strategy", SEED), "USA", "government", "government");
    is(R.resolveTarget("the U.S. strategy in Syria", SEED), "USA", "government", "government");
    is(R.resolveTarget("the Assad regime", SEED), "SYR", "government", "government");
    ActorRef assad = R.resolveTarget("Assad", SEED);
    is(assad, "SYR", "president", "government");
    assertEquals("bashar-al-assad", assad.actorId());
    is(R.resolveTarget("the Russians", SEED), "RUS", "government", "government");
    is(R.resolveTarget("Washington", SEED), "USA", "government", "government");
    is(R.resolveTarget("Obama", SEED), "USA", "president", "government");
    is(R.resolveTarget("the Obama administration", SEED), "USA", "government", "government");
    is(R.resolveTarget("Russian military presence", SEED), "RUS", "military", "military");
    is(R.resolveTarget("Kim's regime", d("2017-05-01")), "PRK", "government", "government");
    is(R.resolveTarget("the Trump administration", d("2018-05-01")), "USA", "government",
        "government");
    assertTrue(R.resolveTarget("us", SEED).isUnknown(), "the pronoun is not the United States");
    assertTrue(R.resolveTarget("the weather", SEED).isUnknown());
  }

  @Test
  void countryMentionsOfTheSeedArticle() throws Exception {
    // the running example as shipped in datasets/ (the raw page text, as in ../shared/seed/)
    String line = Files.readString(Path.of("datasets", "seed-rferl.jsonl")).strip();
    String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("text").asText();
    var counts = R.countryMentions(text, SEED);
    var top = counts.keySet().stream().limit(3).toList();
    assertTrue(top.contains("RUS") && top.contains("USA") && top.contains("SYR"), counts::toString);
    assertEquals("RUS", top.get(0), counts::toString);
  }

  @Test
  void locativeUse() {
    assertTrue(RegistryResolver.isLocativeUse("At a news conference in "));
    assertTrue(RegistryResolver.isLocativeUse("talks at the"));
    assertTrue(RegistryResolver.isLocativeUse("He flew to"));
    assertFalse(RegistryResolver.isLocativeUse("Later in the day, "));
    assertFalse(RegistryResolver.isLocativeUse("warned that"));
    assertFalse(RegistryResolver.isLocativeUse(null));
  }

  // ---------------------------------------------------------------- unknown people

  @Test
  void unknownPersonWithoutTitleIsUnknown() {
    assertSame(ActorRef.unknown(), R.resolveSpeaker("John Smith", null, "person", SEED));
    assertSame(ActorRef.unknown(), R.resolveSpeaker("John Smith", "John Smith", "person", SEED));
    assertSame(ActorRef.unknown(),
        R.resolveSpeaker("Ivan Petrov", "Ivan Petrov, 45, of Kazan", "person", SEED));
    assertSame(ActorRef.unknown(),
        R.resolveSpeaker("Ivan Petrov", "Russian-born Ivan Petrov", "person", SEED));
    // an occupation is a title, but not a government one
    is(R.resolveSpeaker("Ivan Petrov", "Russian businessman Ivan Petrov", "person", SEED), null,
        "resident", "other");
    // a speaker named in an aide's description is not the aide
    ActorRef aide = R.resolveSpeaker("an aide", "an aide to President Barack Obama", "person", SEED);
    assertNull(aide.actorId());
    assertEquals("adviser", aide.role());
    assertTrue(R.resolveSpeaker("he", null, "unknown", SEED).isUnknown());
    // a country in an organisation's name is not the country's government
    ActorRef union = R.resolveSpeaker("Phil Jones", "Phil Jones, a spokesman for the United Mine "
        + "Workers of America", "person", SEED);
    assertNull(union.government());
    // "leader" needs a country or an organisation before it
    assertNull(R.resolveSpeaker("the band leader", null, "person", SEED).government());
    is(R.resolveSpeaker("the Chinese leader", null, "person", SEED), "CHN", "leader", "government");
    // an ambiguous surname with nobody in office: the one most recently in office
    ActorRef clinton = R.resolveSpeaker("Clinton", null, "person", d("2016-09-29"));
    assertEquals("hillary-clinton", clinton.actorId());
    assertNull(clinton.government());
    // a surname shared with a registry person does not make someone that person
    assertTrue(R.resolveSpeaker("Sarah Johnson", null, "person", d("2020-01-01")).isUnknown());
    is(R.resolveSpeaker("Sarah Johnson", "British Foreign Office minister Sarah Johnson", "person",
        d("2020-01-01")), "GBR", "minister", "government");
    assertEquals("boris-johnson",
        R.resolveSpeaker("Johnson", "Prime Minister Boris Johnson", "person", d("2020-01-01"))
            .actorId());
  }

  // ---------------------------------------------------------------- user file

  @Test
  void userFileMergesOverShipped(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("my-actors.yaml");
    Files.writeString(f, """
        countries:
          - {iso3: ATL, name: Atlantis, demonyms: [Atlantean], metonyms: [Poseidonis]}
        persons:
          - {name: Nemo Triton, roles: [[president, 2010-01-01, ~, ATL]]}
          - {id: sergei-lavrov, name: Sergei Lavrov, roles: [[foreign minister, 2004-03-09, 2015-01-01, RUS]]}
        """);
    RegistryResolver u = RegistryResolver.load(f.toString());
    assertSame(u, RegistryResolver.load(f.toString()), "cached per path");
    is(u.resolveSpeaker("Nemo Triton", null, "person", SEED), "ATL", "president", "government");
    is(u.resolveSpeaker("Poseidonis", null, "institution", SEED), "ATL", "government",
        "government");
    is(u.resolveSpeaker("Triton", "Atlantean President Nemo Triton", "person", SEED), "ATL",
        "president", "government");
    // the user's entry replaced the shipped one
    assertNull(u.resolveSpeaker("Sergei Lavrov", null, "person", SEED).government());
    // shipped entries are still there, and the shipped resolver is untouched
    is(u.resolveSpeaker("Barack Obama", null, "person", SEED), "USA", "president", "government");
    is(R.resolveSpeaker("Sergei Lavrov", null, "person", SEED), "RUS", "foreign minister",
        "diplomatic");
  }

  @Test
  void badUserFileIsAUsageError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "persons:\n  - {name: X Y, roles: [[emperor of mars, 2010-01-01]]}\n");
    UsageException e = assertThrows(UsageException.class, () -> RegistryResolver.load(f.toString()));
    assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
    Path g = dir.resolve("bad2.yaml");
    Files.writeString(g, "persons:\n  - {name: X Y, roles: [[president, 2010-13-01, ~, USA]]}\n");
    assertThrows(UsageException.class, () -> RegistryResolver.load(g.toString()));
    Path h = dir.resolve("bad3.yaml");
    Files.writeString(h, "people: []\n");
    assertThrows(UsageException.class, () -> RegistryResolver.load(h.toString()));
    assertThrows(UsageException.class, () -> RegistryResolver.load(dir.resolve("nope").toString()));
  }

  @Test
  void serialisesAsItsPath() throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bo)) {
      o.writeObject(R);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bo.toByteArray()))) {
      assertSame(R, in.readObject());
    }
  }
}
