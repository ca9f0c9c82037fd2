package org.annalist.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.coding.ActorMention;

/**
 * Entity recognition on a gold set: for each gold person, organisation and country with a code,
 * whether the coder's actor resolution reads an actor where its article names it (its text, else a
 * variant found verbatim), and whether that actor's code is the gold code, exactly and on the
 * three-letter prefix (the country or organisation). Locations are not actors and are not scored.
 */
public final class EntityScorer {

  /** The kinds scored, in report order. */
  public static final List<GoldEntity.Kind> SCORED =
      List.of(GoldEntity.Kind.PERSON, GoldEntity.Kind.ORG, GoldEntity.Kind.COUNTRY);

  private EntityScorer() {}

  /** The coder's actor resolution on the words at {@code [begin, end)} of an article. */
  @FunctionalInterface
  public interface ActorLookup {
    Optional<ActorMention> actorAt(String articleId, int begin, int end);
  }

  /**
   * What the coder read for one gold entity.
   *
   * @param entity the gold entity
   * @param occurrences how many times its text and variants occur verbatim in the article
   * @param begin where the form that gave the actor starts in the article, -1 when none did
   * @param actor the actor read there, or {@code null} when no occurrence gave one
   */
  public record Recognition(GoldEntity entity, int occurrences, int begin, ActorMention actor) {
    public Recognition {
      Objects.requireNonNull(entity, "entity");
    }

    public boolean recognised() {
      return actor != null;
    }

    /** Recognised with the gold code. */
    public boolean exact() {
      return actor != null && actor.code().equals(entity.code());
    }

    /** Recognised with the gold code's first three letters (country or organisation). */
    public boolean prefix() {
      return actor != null && prefix(actor.code()).equals(prefix(entity.code()));
    }

    private static String prefix(String code) {
      return code.length() <= 3 ? code : code.substring(0, 3);
    }
  }

  /**
   * Counts for one kind, or for all scored kinds.
   *
   * @param total gold entities with a code
   * @param recognised those the coder read an actor for
   * @param exact recognised with exactly the gold code
   * @param prefix recognised with the gold code's three-letter prefix
   */
  public record Counts(int total, int recognised, int exact, int prefix) {

    public double recognition() {
      return total == 0 ? 0 : (double) recognised / total;
    }

    /** Exact code accuracy over the recognised entities. */
    public double exactAccuracy() {
      return recognised == 0 ? 0 : (double) exact / recognised;
    }

    /** Prefix code accuracy over the recognised entities. */
    public double prefixAccuracy() {
      return recognised == 0 ? 0 : (double) prefix / recognised;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "recognised %.3f (%d/%d)  code exact %.3f (%d/%d)  prefix %.3f (%d/%d)",
          recognition(),
          recognised,
          total,
          exactAccuracy(),
          exact,
          recognised,
          prefixAccuracy(),
          prefix,
          recognised);
    }
  }

  /**
   * The outcome of a run.
   *
   * @param recognitions one per scored gold entity, in gold order
   * @param unscored gold persons, organisations and countries without a code (not counted)
   */
  public record Evaluation(List<Recognition> recognitions, int unscored) {
    public Evaluation {
      recognitions = List.copyOf(recognitions);
    }

    /** Counts per scored kind, in {@link #SCORED} order. */
    public Map<GoldEntity.Kind, Counts> byKind() {
      Map<GoldEntity.Kind, Counts> out = new EnumMap<>(GoldEntity.Kind.class);
      for (GoldEntity.Kind k : SCORED) {
        out.put(k, count(recognitions.stream().filter(r -> r.entity().kind() == k).toList()));
      }
      return out;
    }

    public Counts all() {
      return count(recognitions);
    }

    /** Entities recognised with a code other than the gold one. */
    public List<Recognition> wrong() {
      return recognitions.stream().filter(r -> r.recognised() && !r.exact()).toList();
    }

    public List<Recognition> unrecognised() {
      return recognitions.stream().filter(r -> !r.recognised()).toList();
    }

    private static Counts count(List<Recognition> rs) {
      int recognised = 0;
      int exact = 0;
      int prefix = 0;
      for (Recognition r : rs) {
        recognised += r.recognised() ? 1 : 0;
        exact += r.exact() ? 1 : 0;
        prefix += r.prefix() ? 1 : 0;
      }
      return new Counts(rs.size(), recognised, exact, prefix);
    }
  }

  /**
   * Scores the gold persons, organisations and countries that have a code.
   *
   * @param articleTexts article text by article id
   * @throws IllegalArgumentException when an entity's article is not in {@code articleTexts}
   */
  public static Evaluation evaluate(
      List<GoldEntity> entities, Map<String, String> articleTexts, ActorLookup lookup) {
    List<Recognition> out = new ArrayList<>();
    int unscored = 0;
    for (GoldEntity e : entities) {
      if (!SCORED.contains(e.kind())) {
        continue;
      }
      if (e.code() == null) {
        unscored++;
        continue;
      }
      String text = articleTexts.get(e.articleId());
      if (text == null) {
        throw new IllegalArgumentException(
            "gold entity '" + e.text() + "' names an unknown article " + e.articleId());
      }
      out.add(recognise(e, text, lookup));
    }
    return new Evaluation(out, unscored);
  }

  /**
   * The first actor the coder reads at an occurrence of the entity's text, else of its variants in
   * order; occurrences are whole words, in article order.
   */
  static Recognition recognise(GoldEntity e, String text, ActorLookup lookup) {
    List<String> forms = new ArrayList<>();
    forms.add(e.text());
    forms.addAll(e.variants());
    int occurrences = 0;
    int begin = -1;
    ActorMention actor = null;
    for (String form : forms) {
      for (int at : occurrences(text, form)) {
        occurrences++;
        if (actor == null) {
          actor = lookup.actorAt(e.articleId(), at, at + form.length()).orElse(null);
          begin = actor == null ? -1 : at;
        }
      }
    }
    return new Recognition(e, occurrences, begin, actor);
  }

  /** Where {@code form} stands in {@code text} as whole words. */
  static List<Integer> occurrences(String text, String form) {
    List<Integer> out = new ArrayList<>();
    if (form.isBlank()) {
      return out;
    }
    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      int end = at + form.length();
      boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (wordStart && wordEnd) {
        out.add(at);
      }
    }
    return out;
  }
}
