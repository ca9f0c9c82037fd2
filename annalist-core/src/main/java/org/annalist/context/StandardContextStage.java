package org.annalist.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.coding.ActorMention;
import org.annalist.coding.CodedEvent;
import org.annalist.coding.CodingResult;
import org.annalist.context.features.ArticleFeatures;
import org.annalist.context.features.FeatureExtractor;
import org.annalist.context.features.FeatureLocation;
import org.annalist.context.features.Quotation;
import org.annalist.context.place.EventPlace;
import org.annalist.context.place.GazetteerGeoparser;
import org.annalist.context.place.GeoparsedArticle;
import org.annalist.context.place.Geoparser;
import org.annalist.context.place.Place;
import org.annalist.context.place.PlaceMention;
import org.annalist.context.time.ArticleDates;
import org.annalist.context.time.EventDate;
import org.annalist.context.time.EventDater;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * The bundled context stage: {@link EventDater} for dates, {@link GazetteerGeoparser} for places,
 * the {@link FeatureExtractor} for quotations, counts and tone, and the rules here for factuality
 * and attribution. Immutable and thread-safe; {@link #shared()} is built once per JVM.
 */
public final class StandardContextStage implements ContextStage {

  /** Verbs whose clause denies what it embeds: "Moscow denied that its jets struck the market". */
  private static final Set<String> DENIALS = Set.of("deny", "refute", "dismiss", "rebut");

  /**
   * Relations by which a denial verb embeds an event: its clause, or a noun's ("denied claims").
   */
  private static final Set<String> EMBEDDING = Set.of("ccomp", "acl", "obj", "dobj", "xcomp");

  /** How far from the event's sentence a quoted, named speaker may name a titled one. */
  private static final int SPEAKER_WINDOW = 2;

  private static volatile StandardContextStage shared;

  private final EventDater dater;
  private final Geoparser geoparser;
  private final FeatureExtractor features;
  private final ActorReader actors;

  public StandardContextStage(
      EventDater dater, Geoparser geoparser, FeatureExtractor features, ActorReader actors) {
    this.dater = Objects.requireNonNull(dater, "dater");
    this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
    this.features = Objects.requireNonNull(features, "features");
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  /** The bundled stage, without an actor reader (speakers keep their own words). */
  public static StandardContextStage shared() {
    StandardContextStage s = shared;
    if (s == null) {
      synchronized (StandardContextStage.class) {
        s = shared;
        if (s == null) {
          s =
              new StandardContextStage(
                  new EventDater(),
                  GazetteerGeoparser.standard(),
                  FeatureExtractor.bundled(),
                  ActorReader.NONE);
          shared = s;
        }
      }
    }
    return s;
  }

  /** This stage reading speakers' actor codes with {@code reader}. */
  public StandardContextStage withActors(ActorReader reader) {
    return new StandardContextStage(dater, geoparser, features, reader);
  }

  @Override
  public ArticleContext annotate(AnnotatedArticle article, CodingResult coding) {
    ArticleDates dates = dater.forArticle(article);
    GeoparsedArticle places = geoparser.geoparse(article);
    ArticleFeatures f = features.extract(article).withLocations(locations(places));
    List<EventContext> out = new ArrayList<>(coding.events().size());
    for (CodedEvent e : coding.events()) {
      out.add(context(article, e, dates, places, f));
    }
    return new ArticleContext(article.article().id(), out, f, places);
  }

  private EventContext context(
      AnnotatedArticle article,
      CodedEvent e,
      ArticleDates dates,
      GeoparsedArticle places,
      ArticleFeatures f) {
    Sentence s = article.sentences().get(e.sentenceIndex());
    Token verb = tokenAt(s, e.verb().begin());
    Factuality factuality = Factuality.of(e, verb != null && denied(s, verb));
    EventDate date =
        verb == null
            ? (article.article().publicationDate() == null
                ? null
                : EventDate.publication(article.article().publicationDate()))
            : dates.date(e.sentenceIndex(), verb.index(), factuality.isHypothetical());
    Place sourcePlace = geoparser.actorPlace(e.source().code()).orElse(null);
    Place targetPlace = geoparser.actorPlace(e.target().code()).orElse(null);
    EventPlace place = place(e, verb, places, sourcePlace, targetPlace);
    return new EventContext(
        e.id(),
        date,
        place,
        sourcePlace,
        targetPlace,
        factuality,
        attribution(article, e, f),
        features.toneOf(article, e.sentenceIndex()));
  }

  /**
   * The event's place: one attached to its verb; for an attack (CAMEO 18-20), else the target's
   * country; else another place of the sentence that is not one of the event's actors, a city or
   * division next to it, or the article's focus.
   */
  private static EventPlace place(
      CodedEvent e, Token verb, GeoparsedArticle places, Place sourcePlace, Place targetPlace) {
    if (verb == null) {
      return EventPlace.NONE;
    }
    List<Span> actors = new ArrayList<>(2);
    for (ActorMention a : List.of(e.source(), e.target())) {
      if (a.end() > a.begin()) {
        actors.add(new Span(a.begin(), a.end(), a.text()));
      }
    }
    EventPlace found = places.locate(e.sentenceIndex(), verb.index(), actors);
    if (found.basis() != EventPlace.Basis.ATTACHED
        && targetPlace != null
        && ON_TARGET.contains(e.event().root())) {
      return new EventPlace(targetPlace, null, EventPlace.Basis.TARGET);
    }
    if ((found.basis() == EventPlace.Basis.ARTICLE || found.basis() == EventPlace.Basis.NONE)
        && sourcePlace != null) {
      return new EventPlace(sourcePlace, null, EventPlace.Basis.SOURCE);
    }
    return found;
  }

  /**
   * Roots of acts done where their target is: assault, fighting, mass violence. Coercion (17:
   * arrests, expulsions, curfews) is done where the coercing state rules.
   */
  private static final Set<String> ON_TARGET = Set.of("18", "19", "20");

  private static Token tokenAt(Sentence s, int begin) {
    for (Token t : s.tokens()) {
      if (t.begin() == begin) {
        return t;
      }
    }
    return null;
  }

  /** Whether a verb of denial embeds {@code verb}'s clause, up to four steps above it. */
  static boolean denied(Sentence s, Token verb) {
    Token t = verb;
    boolean embedded = false;
    for (int depth = 0; depth < 4 && t.head() != 0; depth++) {
      embedded |= EMBEDDING.contains(t.baseRelation()) || t.deprel().equals("acl:relcl");
      Token head = s.headOf(t);
      if (embedded && DENIALS.contains(head.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      t = head;
    }
    return false;
  }

  private Attribution attribution(AnnotatedArticle article, CodedEvent e, ArticleFeatures f) {
    ActorMention speaker = e.reportedBy();
    if (speaker == null) {
      String outlet = article.article().source();
      return outlet == null || outlet.isBlank()
          ? Attribution.NONE
          : new Attribution(Attribution.Kind.OUTLET, null, outlet, "the article's outlet");
    }
    if (speaker.code() != null && !namesAPerson(article, speaker)) {
      // a title ("the head of Russia's Security Council"): the person of the same code quoted
      // nearby ("Nikolai Patrushev told Russian media")
      for (Quotation q : f.quotations()) {
        if (Math.abs(q.sentenceIndex() - e.sentenceIndex()) > SPEAKER_WINDOW
            || q.speaker() == null) {
          continue;
        }
        Optional<ActorMention> who =
            actors.actorAt(article, q.speaker().begin(), q.speaker().end());
        if (who.isPresent()
            && speaker.code().equals(who.get().code())
            && namesAPerson(article, who.get())) {
          return new Attribution(
              Attribution.Kind.SPEAKER,
              speaker,
              q.speakerName(),
              "the person of the same actor code quoted in sentence " + q.sentenceIndex());
        }
      }
    }
    return new Attribution(
        Attribution.Kind.SPEAKER, speaker, speaker.text(), "the speaker's words");
  }

  /** Whether the mention's words include a person's name (NER PERSON). */
  private static boolean namesAPerson(AnnotatedArticle article, ActorMention m) {
    for (Sentence s : article.sentences()) {
      if (s.end() <= m.begin() || s.begin() >= m.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() >= m.begin() && t.end() <= m.end() && t.ner().equals("PERSON")) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<FeatureLocation> locations(GeoparsedArticle places) {
    List<FeatureLocation> out = new ArrayList<>(places.mentions().size());
    for (PlaceMention m : places.mentions()) {
      Place p = m.place();
      out.add(
          new FeatureLocation(
              p.fullName(),
              p.countryCode(),
              p.latitude(),
              p.longitude(),
              p.featureId(),
              m.span().begin()));
    }
    return out;
  }
}
