package org.annalist.context.features.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.context.features.EntityType;
import org.annalist.context.features.NamedEntity;
import org.annalist.dictionary.TextNormalizer;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * The persons and organisations of an article, from runs of tokens with the NER tag {@code PERSON}
 * or {@code ORGANIZATION}, merged into one entity per distinct name.
 *
 * <p>Persons: a name whose words all occur, in order, in a longer name ("Putin" in "Vladimir
 * Putin") is that person; when several longer names contain it ("Smith" of "John Smith" and "Jane
 * Smith"), the one mentioned most recently before wins, else the first one mentioned.
 * Organisations: the same words ("the UN" and "UN") or an all-capital acronym of a longer name's
 * capitalised words ("UN" of "United Nations"); a one-word name is not merged into a longer one
 * ("Ministry" may be any ministry). The entity's name is the longest form as first written.
 */
public final class Entities {

  /** One mention, and the entity it was merged into. */
  record Mention(EntityType type, Span span, List<String> words, int entity) {}

  private final List<NamedEntity> persons;
  private final List<NamedEntity> organizations;
  private final List<Mention> mentions;
  private final List<String> names;

  private Entities(
      List<NamedEntity> persons,
      List<NamedEntity> organizations,
      List<Mention> mentions,
      List<String> names) {
    this.persons = persons;
    this.organizations = organizations;
    this.mentions = mentions;
    this.names = names;
  }

  public static Entities of(AnnotatedArticle article) {
    List<Mention> raw = new ArrayList<>();
    String text = article.text();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        EntityType type = typeOf(tokens.get(i).ner());
        if (type == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && typeOf(tokens.get(j).ner()) == type) {
          j++;
        }
        int last = j - 1;
        // a possessive 's tagged with the name is not part of it
        while (last > i && tokens.get(last).text().matches("'s?|’s?")) {
          last--;
        }
        int begin = tokens.get(i).begin();
        int end = Math.min(tokens.get(last).end(), text.length());
        if (begin < end) {
          Span span = Span.of(text, begin, end);
          List<String> words = new ArrayList<>(TextNormalizer.words(span.text()));
          if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
          }
          raw.add(new Mention(type, span, List.copyOf(words), -1));
        }
        i = j;
      }
    }
    return merge(raw);
  }

  private static EntityType typeOf(String ner) {
    String tag = ner.startsWith("B-") || ner.startsWith("I-") ? ner.substring(2) : ner;
    return switch (tag) {
      case "PERSON", "PER" -> EntityType.PERSON;
      case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }

  private static Entities merge(List<Mention> raw) {
    // distinct forms, and the forms no longer form contains
    List<Mention> resolved = new ArrayList<>(raw.size());
    Map<String, Integer> entityOfForm = new LinkedHashMap<>();
    List<String> canonicalNames = new ArrayList<>();
    List<EntityType> entityTypes = new ArrayList<>();
    // pass 1: every maximal form is an entity
    for (Mention m : raw) {
      String form = m.type() + " " + String.join(" ", m.words());
      if (entityOfForm.containsKey(form) || !containers(m, raw).isEmpty()) {
        continue;
      }
      entityOfForm.put(form, canonicalNames.size());
      canonicalNames.add(m.span().text().replaceFirst("^(?i)the\\s+(?=\\S)", ""));
      entityTypes.add(m.type());
    }
    // pass 2: each mention to its entity
    List<Integer> lastMentionOfEntity = new ArrayList<>();
    for (int e = 0; e < canonicalNames.size(); e++) {
      lastMentionOfEntity.add(-1);
    }
    for (Mention m : raw) {
      String form = m.type() + " " + String.join(" ", m.words());
      Integer entity = entityOfForm.get(form);
      if (entity == null) {
        List<Mention> containers = containers(m, raw);
        int best = -1;
        int bestLast = -1;
        for (Mention c : containers) {
          Integer e = entityOf(c, raw, entityOfForm, 0);
          if (e == null) {
            continue;
          }
          if (best < 0) {
            best = e; // the first mentioned, as containers are in text order
          }
          if (lastMentionOfEntity.get(e) > bestLast) {
            best = e;
            bestLast = lastMentionOfEntity.get(e);
          }
        }
        if (best < 0) {
          // every longer name it is part of is itself part of a still longer one that does not
          // contain it word for word: the mention stands for itself
          best = canonicalNames.size();
          entityOfForm.put(form, best);
          canonicalNames.add(m.span().text().replaceFirst("^(?i)the\\s+(?=\\S)", ""));
          entityTypes.add(m.type());
          lastMentionOfEntity.add(-1);
        }
        entity = best;
      }
      lastMentionOfEntity.set(entity, m.span().begin());
      resolved.add(new Mention(m.type(), m.span(), m.words(), entity));
    }
    List<List<Span>> spans = new ArrayList<>();
    for (int e = 0; e < canonicalNames.size(); e++) {
      spans.add(new ArrayList<>());
    }
    for (Mention m : resolved) {
      spans.get(m.entity()).add(m.span());
    }
    List<NamedEntity> persons = new ArrayList<>();
    List<NamedEntity> organizations = new ArrayList<>();
    List<NamedEntity> all = new ArrayList<>();
    for (int e = 0; e < canonicalNames.size(); e++) {
      NamedEntity n = new NamedEntity(entityTypes.get(e), canonicalNames.get(e), spans.get(e));
      all.add(n);
    }
    all.sort(java.util.Comparator.comparingInt(NamedEntity::firstOffset));
    for (NamedEntity n : all) {
      (n.type() == EntityType.PERSON ? persons : organizations).add(n);
    }
    return new Entities(
        List.copyOf(persons), List.copyOf(organizations), List.copyOf(resolved), canonicalNames);
  }

  /**
   * The entity of a name: its own when it is one, else the entity of the first longer name it is
   * part of ("Thabo Mbeki" in "Thabo Mbeki Jr."), a few steps up at most.
   */
  private static Integer entityOf(
      Mention m, List<Mention> raw, Map<String, Integer> entityOfForm, int depth) {
    Integer e = entityOfForm.get(m.type() + " " + String.join(" ", m.words()));
    if (e != null || depth > 4) {
      return e;
    }
    for (Mention c : containers(m, raw)) {
      e = entityOf(c, raw, entityOfForm, depth + 1);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** The mentions of longer names {@code m} is part of, in text order. */
  private static List<Mention> containers(Mention m, List<Mention> all) {
    List<Mention> out = new ArrayList<>();
    for (Mention c : all) {
      if (c.type() != m.type() || c.words().size() <= m.words().size() || out.contains(c)) {
        continue;
      }
      boolean sameForm = false;
      for (Mention o : out) {
        sameForm |= o.words().equals(c.words());
      }
      if (sameForm) {
        continue;
      }
      boolean part =
          m.type() == EntityType.PERSON || m.words().size() > 1
              ? isSubsequence(m.words(), c.words())
              : false;
      if (part || (m.type() == EntityType.ORGANIZATION && isAcronym(m, c))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isSubsequence(List<String> shorter, List<String> longer) {
    int j = 0;
    for (String w : longer) {
      if (j < shorter.size() && shorter.get(j).equals(w)) {
        j++;
      }
    }
    return j == shorter.size();
  }

  private static boolean isAcronym(Mention shortName, Mention longName) {
    String acronym = shortName.span().text();
    if (shortName.words().size() != 1 || acronym.length() < 2 || !acronym.matches("\\p{Lu}+")) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : longName.span().text().split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("The")) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString().equals(acronym.toUpperCase(Locale.ROOT));
  }

  public List<NamedEntity> persons() {
    return persons;
  }

  public List<NamedEntity> organizations() {
    return organizations;
  }

  /**
   * The entity name the words at {@code [begin, end)} stand for: the entity of a mention inside
   * them, or for "he"/"she" the person mentioned last before; {@code null} when none.
   */
  public String nameAt(int begin, int end, String words) {
    // "Human Rights Watch spokesman Stephan Van Praet" is the person, not the organisation
    Mention inside = null;
    for (Mention m : mentions) {
      if (m.span().begin() >= begin
          && m.span().end() <= end
          && (inside == null
              || (inside.type() != EntityType.PERSON && m.type() == EntityType.PERSON))) {
        inside = m;
      }
    }
    if (inside != null) {
      return names.get(inside.entity());
    }
    String w = words.strip().toLowerCase(Locale.ROOT);
    if (w.equals("he") || w.equals("she")) {
      Mention last = null;
      for (Mention m : mentions) {
        if (m.type() == EntityType.PERSON && m.span().end() <= begin) {
          last = m;
        }
      }
      return last == null ? null : names.get(last.entity());
    }
    return null;
  }
}
