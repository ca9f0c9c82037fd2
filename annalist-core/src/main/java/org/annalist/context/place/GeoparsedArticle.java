package org.annalist.context.place;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.annalist.context.place.internal.EventAttachment;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * The places of one article: every mention in text order, and the article's focus.
 *
 * @param article the article geoparsed (its parses are needed to attach places to events)
 * @param mentions the place mentions, in text order
 * @param focusCountry the country the article is mostly about (most mentions, the dateline counting
 *     double, adjectives such as "Syrian" counting too), or {@code null} when none
 * @param focusPlace the dateline's place, else the most-mentioned place, else the focus country;
 *     {@code null} when the article names no place
 * @param focusReason why the focus place was chosen ({@code "dateline"}, {@code "most mentioned
 *     (3)"}, ...), empty when there is none
 */
public record GeoparsedArticle(
    AnnotatedArticle article,
    List<PlaceMention> mentions,
    Place focusCountry,
    Place focusPlace,
    String focusReason) {

  public GeoparsedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(focusReason, "focusReason");
    mentions = List.copyOf(mentions);
    if (focusPlace == null && !focusReason.isEmpty()) {
      throw new IllegalArgumentException("a focus reason without a focus place");
    }
  }

  /** The mentions in one sentence, in text order. */
  public List<PlaceMention> mentionsIn(int sentenceIndex) {
    return mentions.stream().filter(m -> m.sentenceIndex() == sentenceIndex).toList();
  }

  /**
   * Where the event whose verb is token {@code verbToken} (1-based) of sentence {@code
   * sentenceIndex} happened: a place attached to the verb in its clause ("in Sochi"), else the
   * place named nearest to the verb in its sentence, else the nearest city or division named in the
   * sentence before or after, else the article's focus place, else {@link EventPlace#NONE}.
   */
  public EventPlace locate(int sentenceIndex, int verbToken) {
    return locate(sentenceIndex, verbToken, List.of());
  }

  /**
   * As {@link #locate(int, int)}, where a place named by the event's own actors ({@code actors}:
   * the words of its source and target, "severed ties with <b>the United States</b>") is the place
   * of the event only when attached to its verb: an actor is who acts or is acted on, not where.
   */
  public EventPlace locate(int sentenceIndex, int verbToken, List<Span> actors) {
    if (sentenceIndex < 0 || sentenceIndex >= article.sentences().size()) {
      throw new IllegalArgumentException(
          "no sentence " + sentenceIndex + " in " + article.article().id());
    }
    var sentence = article.sentences().get(sentenceIndex);
    if (verbToken < 1 || verbToken > sentence.size()) {
      throw new IllegalArgumentException(
          "no token "
              + verbToken
              + " in sentence "
              + sentenceIndex
              + " of "
              + article.article().id());
    }
    List<PlaceMention> here = mentionsIn(sentenceIndex);
    // a place attached to the verb that is not one of its actors ("hosted envoys from Iran in
    // Muscat": Muscat), else the actor's ("withdraw its troops from Syria": Syria)
    List<PlaceMention> notActors =
        here.stream().filter(m -> actors.stream().noneMatch(a -> overlaps(a, m.span()))).toList();
    PlaceMention attached = EventAttachment.attached(sentence, verbToken, notActors);
    if (attached == null && notActors.size() < here.size()) {
      attached = EventAttachment.attached(sentence, verbToken, here);
    }
    if (attached != null) {
      return new EventPlace(attached.place(), attached, EventPlace.Basis.ATTACHED);
    }
    // the scene of the clause that governs the verb's: "During a meeting in Sochi, Putin
    // expressed hope ... while Assad hailed Russia's campaign" (hailed: Sochi)
    Token up = sentence.token(verbToken);
    for (int depth = 0; depth < 3 && up.head() != 0; depth++) {
      up = sentence.headOf(up);
      if (!up.isVerb()) {
        continue;
      }
      PlaceMention scene = EventAttachment.attached(sentence, up.index(), notActors);
      if (scene != null) {
        return new EventPlace(scene.place(), scene, EventPlace.Basis.SENTENCE);
      }
    }
    PlaceMention nearest = null;
    for (PlaceMention m : here) {
      if (actors.stream().anyMatch(a -> overlaps(a, m.span()))
          || !inPlacePhrase(sentence, m, EventAttachment.LOCATIVE)) {
        continue;
      }
      if (nearest == null || distance(m, verbToken) < distance(nearest, verbToken)) {
        nearest = m;
      }
    }
    if (nearest != null) {
      return new EventPlace(nearest.place(), nearest, EventPlace.Basis.SENTENCE);
    }
    int verbBegin = sentence.token(verbToken).begin();
    PlaceMention nearby = null;
    for (PlaceMention m : mentions) {
      if (Math.abs(m.sentenceIndex() - sentenceIndex) == 1
          && m.place().kind() != Place.Kind.COUNTRY
          && inPlacePhrase(article.sentences().get(m.sentenceIndex()), m, EventAttachment.WHERE)
          && (nearby == null
              || Math.abs(m.span().begin() - verbBegin)
                  < Math.abs(nearby.span().begin() - verbBegin))) {
        nearby = m;
      }
    }
    if (nearby != null) {
      return new EventPlace(nearby.place(), nearby, EventPlace.Basis.NEARBY);
    }
    if (focusPlace != null) {
      return new EventPlace(focusPlace, null, EventPlace.Basis.ARTICLE);
    }
    return EventPlace.NONE;
  }

  private static int distance(PlaceMention m, int token) {
    return token < m.firstToken() ? m.firstToken() - token : Math.max(0, token - m.lastToken());
  }

  private static boolean overlaps(Span a, Span b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  /**
   * Whether a mention says where something is: the object of a locative preposition ("in Syria"),
   * not a name used as an actor or a modifier ("Iran fired", "U.S. President").
   */
  private static boolean inPlacePhrase(Sentence sentence, PlaceMention m, Set<String> preps) {
    int before = m.firstToken() - 1;
    if (before >= 1 && sentence.token(before).lemma().equalsIgnoreCase("the")) {
      before--;
    }
    if (before >= 1 && preps.contains(sentence.token(before).text().toLowerCase(Locale.ROOT))) {
      return true; // "in Sochi", "across the Sahel", also where the sentence has no parse
    }
    Token t = m.head(sentence);
    if (t == null) {
      return false;
    }
    if (EventAttachment.locativePhrase(sentence, t, preps)) {
      return true;
    }
    // "in the Black Sea resort of Sochi", "in the city of Aleppo"
    Token head = sentence.headOf(t);
    return head != null
        && EventAttachment.hasCase(sentence, t, "of")
        && EventAttachment.locativePhrase(sentence, head, preps);
  }
}
