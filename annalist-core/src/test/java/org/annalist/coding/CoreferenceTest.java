package org.annalist.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.conllu.ConlluReader;
import org.annalist.dictionary.ActorEntry;
import org.annalist.dictionary.AgentEntry;
import org.annalist.dictionary.DatedCode;
import org.annalist.dictionary.Dictionaries;
import org.annalist.dictionary.VerbDictionary;
import org.annalist.dictionary.VerbEntry;
import org.annalist.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Pronouns stand for the actors named before them ({@code Discourse}): in the same sentence, then
 * in earlier ones with the subject preferred; never for their own verb's subject; not at all when
 * the nearest person is one no dictionary knows. Hand-written CoNLL-U, tiny dictionaries.
 */
class CoreferenceTest {

  private static final DependencyCoder CODER = new DependencyCoder(dictionaries());

  private static final String ARAGORN_VISITED_GONDOR =
      """
      # text = Aragorn visited Gondor.
      1	Aragorn	Aragorn	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	visited	visit	VERB	VBD	_	0	root	_	_
      3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String DENETHOR_VISITED_ARNOR =
      """
      # text = Denethor visited Arnor.
      1	Denethor	Denethor	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	visited	visit	VERB	VBD	_	0	root	_	_
      3	Arnor	Arnor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String HE_PRAISED_ARNOR =
      """
      # text = He praised Arnor.
      1	He	he	PRON	PRP	_	2	nsubj	_	_
      2	praised	praise	VERB	VBD	_	0	root	_	_
      3	Arnor	Arnor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String ARAGORN_PRAISED_HIM =
      """
      # text = Aragorn praised him.
      1	Aragorn	Aragorn	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	praised	praise	VERB	VBD	_	0	root	_	_
      3	him	he	PRON	PRP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String BOROMIR_ARRIVED =
      """
      # text = Boromir arrived.
      1	Boromir	Boromir	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	arrived	arrive	VERB	VBD	_	0	root	_	SpaceAfter=No
      3	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String HIS_COUNTRY_PRAISED_GONDOR =
      """
      # text = Aragorn said his country praised Gondor.
      1	Aragorn	Aragorn	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	said	say	VERB	VBD	_	0	root	_	_
      3	his	he	PRON	PRP$	_	4	nmod:poss	_	_
      4	country	country	NOUN	NN	_	5	nsubj	_	_
      5	praised	praise	VERB	VBD	_	2	ccomp	_	_
      6	Gondor	Gondor	PROPN	NNP	_	5	obj	_	SpaceAfter=No
      7	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String GONDOR_VISITED_ARNOR =
      """
      # text = Gondor visited Arnor.
      1	Gondor	Gondor	PROPN	NNP	_	2	nsubj	_	_
      2	visited	visit	VERB	VBD	_	0	root	_	_
      3	Arnor	Arnor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String IT_PRAISED_ARNOR =
      """
      # text = It praised Arnor.
      1	It	it	PRON	PRP	_	2	nsubj	_	_
      2	praised	praise	VERB	VBD	_	0	root	_	_
      3	Arnor	Arnor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String GONDOR_ATTACKED_ARNOR =
      """
      # text = Gondor attacked Arnor.
      1	Gondor	Gondor	PROPN	NNP	_	2	nsubj	_	_
      2	attacked	attack	VERB	VBD	_	0	root	_	_
      3	Arnor	Arnor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String ARNOR_ATTACKED_GONDOR =
      """
      # text = Arnor attacked Gondor.
      1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
      2	attacked	attack	VERB	VBD	_	0	root	_	_
      3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String ARAGORN_CONDEMNED_THE_ATTACK =
      """
      # text = Aragorn condemned the attack.
      1	Aragorn	Aragorn	PROPN	NNP	_	2	nsubj	_	NER=PERSON
      2	condemned	condemn	VERB	VBD	_	0	root	_	_
      3	the	the	DET	DT	_	4	det	_	_
      4	attack	attack	NOUN	NN	_	2	obj	_	SpaceAfter=No
      5	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String FELLOWSHIP_VISITED_GONDOR =
      """
      # text = Fellowship visited Gondor.
      1	Fellowship	Fellowship	PROPN	NNP	_	2	nsubj	_	_
      2	visited	visit	VERB	VBD	_	0	root	_	_
      3	Gondor	Gondor	PROPN	NNP	_	2	obj	_	SpaceAfter=No
      4	.	.	PUNCT	.	_	2	punct	_	_
      """;

  private static final String THE_BLOC_PRAISED_ARNOR =
      """
      # text = The bloc praised Arnor.
      1	The	the	DET	DT	_	2	det	_	_
      2	bloc	bloc	NOUN	NN	_	3	nsubj	_	_
      3	praised	praise	VERB	VBD	_	0	root	_	_
      4	Arnor	Arnor	PROPN	NNP	_	3	obj	_	SpaceAfter=No
      5	.	.	PUNCT	.	_	3	punct	_	_
      """;

  private static final String THE_PRESIDENT_PRAISED_ARNOR =
      """
      # text = The president praised Arnor.
      1	The	the	DET	DT	_	2	det	_	_
      2	president	president	NOUN	NN	_	3	nsubj	_	_
      3	praised	praise	VERB	VBD	_	0	root	_	_
      4	Arnor	Arnor	PROPN	NNP	_	3	obj	_	SpaceAfter=No
      5	.	.	PUNCT	.	_	3	punct	_	_
      """;

  private static final String THE_FORMER_PRESIDENT_PRAISED_ARNOR =
      """
      # text = The former president praised Arnor.
      1	The	the	DET	DT	_	3	det	_	_
      2	former	former	ADJ	JJ	_	3	amod	_	_
      3	president	president	NOUN	NN	_	4	nsubj	_	_
      4	praised	praise	VERB	VBD	_	0	root	_	_
      5	Arnor	Arnor	PROPN	NNP	_	4	obj	_	SpaceAfter=No
      6	.	.	PUNCT	.	_	4	punct	_	_
      """;

  private static final String KING_ARAGORN_VISITED_GONDOR =
      """
      # text = King Aragorn visited Gondor.
      1	King	king	PROPN	NNP	_	2	compound	_	_
      2	Aragorn	Aragorn	PROPN	NNP	_	3	nsubj	_	NER=PERSON
      3	visited	visit	VERB	VBD	_	0	root	_	_
      4	Gondor	Gondor	PROPN	NNP	_	3	obj	_	SpaceAfter=No
      5	.	.	PUNCT	.	_	3	punct	_	_
      """;

  /**
   * Aragorn ARNGOV, Denethor GONGOV (persons); Arnor ARN, Gondor GON; the titles "king" and
   * "president" GOV; visit 042, praise 051, attack 190, condemn 111.
   */
  private static Dictionaries dictionaries() {
    List<ActorEntry> actors =
        List.of(
            new ActorEntry("actors:1", List.of("ARAGORN"), List.of(DatedCode.always("ARNGOV"))),
            new ActorEntry("actors:2", List.of("DENETHOR"), List.of(DatedCode.always("GONGOV"))),
            new ActorEntry("actors:3", List.of("ARNOR"), List.of(DatedCode.always("ARN"))),
            new ActorEntry("actors:4", List.of("GONDOR"), List.of(DatedCode.always("GON"))),
            new ActorEntry("actors:5", List.of("FELLOWSHIP"), List.of(DatedCode.always("IGOFEL"))));
    Map<String, VerbEntry> verbs = new LinkedHashMap<>();
    verbs.put("visit", new VerbEntry("verbs:1", List.of("visit"), "042", List.of()));
    verbs.put("praise", new VerbEntry("verbs:2", List.of("praise"), "051", List.of()));
    verbs.put("attack", new VerbEntry("verbs:3", List.of("attack"), "190", List.of()));
    verbs.put("condemn", new VerbEntry("verbs:4", List.of("condemn"), "111", List.of()));
    List<Problem> problems = new ArrayList<>();
    Dictionaries d =
        Dictionaries.of(
            "coreference test",
            actors,
            List.of(
                new AgentEntry("agents:1", List.of("KING"), "GOV", false),
                new AgentEntry("agents:2", List.of("PRESIDENT"), "GOV", false)),
            VerbDictionary.of(verbs, List.of(), Map.of()),
            List.of(),
            problems::add);
    assertEquals(List.of(), problems);
    return d;
  }

  private static List<CodedEvent> events(String... sentences) {
    return CODER
        .code(ConlluReader.read("test", String.join("\n", sentences), LocalDate.of(2017, 11, 30)))
        .events();
  }

  private static List<String> dyads(String... sentences) {
    return dyads(events(sentences));
  }

  /** Events as "SOURCE CAMEO TARGET". */
  private static List<String> dyads(List<CodedEvent> events) {
    return events.stream()
        .map(e -> e.source().code() + " " + e.event().code() + " " + e.target().code())
        .toList();
  }

  @Test
  void heStandsForTheSubjectOfThePreviousSentence() {
    List<CodedEvent> events = events(ARAGORN_VISITED_GONDOR, HE_PRAISED_ARNOR);

    assertEquals(List.of("ARNGOV 042 GON", "ARNGOV 051 ARN"), dyads(events));
    ActorMention he = events.get(1).source();
    assertEquals("He", he.text());
    assertEquals("Aragorn", he.antecedent());
    assertEquals(List.of("antecedent:0-7", "actors:1"), he.entries());
    assertEquals(24, he.begin()); // the pronoun's own span in the article text
    assertEquals(26, he.end());
  }

  @Test
  void anObjectPronounIsNotItsOwnVerbsSubject() {
    assertEquals(
        List.of("GONGOV 042 ARN", "ARNGOV 051 GONGOV"),
        dyads(DENETHOR_VISITED_ARNOR, ARAGORN_PRAISED_HIM));
  }

  @Test
  void aPersonNoDictionaryKnowsBlocksAnOlderAntecedent() {
    assertEquals(
        List.of("ARNGOV 042 GON"),
        dyads(ARAGORN_VISITED_GONDOR, BOROMIR_ARRIVED, HE_PRAISED_ARNOR));
  }

  @Test
  void hisCountryIsTheCountryOfThePersonBeforeIt() {
    List<CodedEvent> events = events(HIS_COUNTRY_PRAISED_GONDOR);

    assertEquals(1, events.size(), events::toString);
    assertEquals("ARN", events.get(0).source().code());
    assertEquals("his country", events.get(0).source().text());
    assertEquals("Aragorn", events.get(0).source().antecedent());
  }

  @Test
  void itStandsForTheCountryBeforeIt() {
    assertEquals(
        List.of("GON 042 ARN", "GON 051 ARN"), dyads(GONDOR_VISITED_ARNOR, IT_PRAISED_ARNOR));
  }

  @Test
  void aPronounWithNothingBeforeItIsNotCoded() {
    assertEquals(List.of(), dyads(HE_PRAISED_ARNOR));
  }

  @Test
  void aTitleWithoutACountryGivesWayToTheNameAfterIt() {
    assertEquals(List.of("ARNGOV 042 GON"), dyads(KING_ARAGORN_VISITED_GONDOR));
  }

  @Test
  void aNounNamingAnEarlierActStandsForItsActor() {
    List<CodedEvent> events = events(GONDOR_ATTACKED_ARNOR, ARAGORN_CONDEMNED_THE_ATTACK);

    assertEquals(List.of("GON 190 ARN", "ARNGOV 111 GON"), dyads(events));
    ActorMention attack = events.get(1).target();
    assertEquals("attack", attack.text());
    assertEquals("Gondor", attack.antecedent());
    assertEquals("event:" + events.get(0).id(), attack.entries().get(0));
  }

  @Test
  void aNounNamingAnActNarratedLaterStandsForItsActor() {
    List<CodedEvent> events = events(ARAGORN_CONDEMNED_THE_ATTACK, GONDOR_ATTACKED_ARNOR);

    assertEquals(List.of("ARNGOV 111 GON", "GON 190 ARN"), dyads(events));
    ActorMention attack = events.get(0).target();
    assertEquals("attack", attack.text());
    assertEquals("Gondor", attack.antecedent());
    assertEquals("event:" + events.get(1).id(), attack.entries().get(0));
  }

  @Test
  void anEarlierActIsPreferredToALaterOne() {
    assertEquals(
        List.of("GON 190 ARN", "ARNGOV 111 GON", "ARN 190 GON"),
        dyads(GONDOR_ATTACKED_ARNOR, ARAGORN_CONDEMNED_THE_ATTACK, ARNOR_ATTACKED_GONDOR));
  }

  @Test
  void aNounNamingAnActNoEventCodedIsNotATarget() {
    assertEquals(List.of(), dyads(ARAGORN_CONDEMNED_THE_ATTACK));
  }

  @Test
  void theBlocIsTheOrganisationNamedBefore() {
    List<CodedEvent> events = events(FELLOWSHIP_VISITED_GONDOR, THE_BLOC_PRAISED_ARNOR);

    assertEquals(List.of("IGOFEL 042 GON", "IGOFEL 051 ARN"), dyads(events));
    assertEquals("The bloc", events.get(1).source().text());
    assertEquals("Fellowship", events.get(1).source().antecedent());
  }

  @Test
  void thePresidentIsTheOneGovernmentPersonNamedBefore() {
    List<CodedEvent> events = events(ARAGORN_VISITED_GONDOR, THE_PRESIDENT_PRAISED_ARNOR);

    assertEquals(List.of("ARNGOV 042 GON", "ARNGOV 051 ARN"), dyads(events));
    assertEquals("The president", events.get(1).source().text());
    assertEquals("Aragorn", events.get(1).source().antecedent());
  }

  @Test
  void thePresidentAfterTwoGovernmentsPersonsIsNotCoded() {
    assertEquals(
        List.of("ARNGOV 042 GON", "GONGOV 042 ARN"),
        dyads(ARAGORN_VISITED_GONDOR, DENETHOR_VISITED_ARNOR, THE_PRESIDENT_PRAISED_ARNOR));
  }

  @Test
  void aTitleWithAModifierIsNoReference() {
    assertEquals(
        List.of("ARNGOV 042 GON"),
        dyads(ARAGORN_VISITED_GONDOR, THE_FORMER_PRESIDENT_PRAISED_ARNOR));
  }

  @Test
  void theBlocWithNoOrganisationBeforeIsNotCoded() {
    assertEquals(List.of(), dyads(THE_BLOC_PRAISED_ARNOR));
  }
}
