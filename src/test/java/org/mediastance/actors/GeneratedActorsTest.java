package org.mediastance.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediastance.actors.Registry.Person;
import org.mediastance.actors.build.GenPerson;

/** The generated part of the registry in the resolver: precedence, dates, no bare surnames. */
class GeneratedActorsTest {
  static final RegistryResolver R = RegistryResolver.shipped();
  static final ActorRegistry REG = R.registry();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void personOnlyInTheGeneratedRegistryGetsTheGovernmentOfTheDay() {
    // Andrzej Duda is in no YAML file: Sejm member, then MEP, then President of Poland
    assertFalse(REG.persons().values().stream()
        .anyMatch(p -> !GeneratedActors.isGenerated(p) && p.name().contains("Duda")));
    ActorRef pres = R.resolveSpeaker("Andrzej Duda", null, "person", d("2019-09-02"));
    assertEquals("andrzej-duda", pres.actorId());
    assertEquals("president", pres.role());
    assertEquals("POL", pres.government());
    assertEquals("government", pres.category());
    ActorRef mep = R.resolveSpeaker("Andrzej Duda", null, "person", d("2015-01-10"));
    assertEquals("legislator", mep.role());
    assertNull(mep.government());
    assertEquals("igo", mep.category());
    ActorRef mp = R.resolveSpeaker("Andrzej Duda", null, "person", d("2012-06-01"));
    assertEquals("POL", mp.government());
    assertEquals("legislature", mp.category());
    // a country outside the YAML country table
    assertEquals("NZL", R.resolveSpeaker("Jacinda Ardern", null, "person", d("2019-03-20"))
        .government());
    assertEquals("POL", R.resolveTarget("Andrzej Duda's plan", d("2019-09-02")).government());
  }

  @Test
  void bareSurnamesOfGeneratedPersonsMatchNothing() {
    assertTrue(R.resolveSpeaker("Duda", null, "person", d("2019-09-02")).isUnknown());
    assertTrue(R.resolveTarget("Ardern", d("2019-03-20")).isUnknown());
  }

  @Test
  void yamlKeepsPrecedence() {
    // Macron is in fra.yaml and in Peppercat: the YAML entry (its id and roles) is the one used
    ActorRef m = R.resolveSpeaker("Emmanuel Macron", null, "person", d("2018-06-01"));
    assertEquals("emmanuel-macron", m.actorId());
    assertEquals(1, REG.persons().values().stream()
        .filter(p -> p.name().equals("Emmanuel Macron")).count());
  }

  @Test
  void addToSkipsYamlNamesAndYamlStaffedOfficesAndIndexesNoSurnames() {
    Map<String, Person> persons = new LinkedHashMap<>();
    Person yaml = REG.persons().get("sergei-lavrov");
    persons.put(yaml.id(), yaml);
    GenPerson lavrov = new GenPerson("Q80", "Sergey Viktorovich Lavrov",
        List.of("Sergey Viktorovich Lavrov", "Sergey Lavrov"), List.of(new GenPerson.Role("RUS",
            null, "foreign minister", "Minister of Foreign Affairs", d("2004-03-09"), null,
            "diplomatic")));
    GenPerson other = new GenPerson("Q81", "Ivan Primerov", List.of("Ivan Primerov"), List.of(
        new GenPerson.Role("RUS", null, "foreign minister", "Minister of Foreign Affairs",
            d("2030-01-01"), null, "diplomatic"),
        new GenPerson.Role("RUS", null, "minister", "Minister of Sport", d("2016-01-01"), null,
            "government"),
        new GenPerson.Role("RUS", null, "no such office", "Chief Druid", d("2016-01-01"), null,
            "government")));
    GeneratedActors.addTo(persons, REG.offices(), REG.institutions(), List.of(lavrov, other));
    assertEquals(List.of("sergei-lavrov", "ivan-primerov"), List.copyOf(persons.keySet()));
    Person p = persons.get("ivan-primerov");
    assertTrue(GeneratedActors.isGenerated(p));
    assertFalse(GeneratedActors.isGenerated(yaml));
    // foreign minister of Russia is curated in rus.yaml; the unknown office is dropped
    assertEquals(List.of("minister"), p.roles().stream().map(Registry.Role::office).toList());
    assertEquals(List.of(), p.surnames());
  }

  @Test
  void aCuratedOfficeLeavesTheTermsItDoesNotCoverToTheGeneratedHolders() {
    // igo.yaml has Tusk as Polish prime minister 2007-2014 and again from 2023-12-13; Morawiecki
    // (generated only) held the office in between
    ActorRef m = R.resolveSpeaker("Mateusz Morawiecki", "Polish Prime Minister Mateusz Morawiecki", "person",
        d("2022-03-10"));
    assertEquals("mateusz-morawiecki", m.actorId());
    assertEquals("prime minister", m.role());
    assertEquals("mateusz-morawiecki", R.resolveSpeaker("the Polish prime minister", null, "person",
        d("2019-05-01")).actorId(), "the holder of the day, by title alone");
    assertEquals("donald-tusk", R.resolveSpeaker("the Polish prime minister", null, "person",
        d("2024-03-01")).actorId(), "the curated holder where the YAML covers the day");
    Registry.Role open = new Registry.Role("prime minister", "POL", null, d("2017-12-11"), null, "government");
    Registry.Role tusk = new Registry.Role("prime minister", "POL", null, d("2023-12-13"), null, "government");
    assertEquals(d("2023-12-12"), GeneratedActors.outsideCurated(open, List.of(tusk)).end(), "an open end cut");
    assertNull(GeneratedActors.outsideCurated(tusk, List.of(open)), "starting inside a curated term: dropped");
  }

  @Test
  void generatedRolesFillTheGapsOfAYamlPerson() {
    // the YAML lists Liam Fox's defence portfolio only; the generated registry his later trade one
    ActorRef trade = R.resolveSpeaker("Liam Fox", null, "person", d("2018-01-17"));
    assertEquals("GBR", trade.government());
    ActorRef defence = R.resolveSpeaker("Liam Fox", null, "person", d("2011-01-10"));
    assertEquals("defense minister", defence.role(), "the YAML role keeps precedence where it covers the day");
  }
}
