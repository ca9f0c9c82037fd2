package org.annalist.context;

import java.util.Objects;
import org.annalist.context.features.Tone;
import org.annalist.context.place.EventPlace;
import org.annalist.context.place.Place;
import org.annalist.context.time.EventDate;

/**
 * When, where and according to whom one coded event happened, and the tone of its sentence.
 *
 * @param eventId the {@link org.annalist.coding.CodedEvent#id()} this context belongs to
 * @param date the event's date, or {@code null} only when the article has no date and the text none
 * @param place where the event happened (GDELT's ActionGeo), with how it was chosen
 * @param sourcePlace the country of the source actor (GDELT's Actor1Geo at country level), or
 *     {@code null} for international and regional actors
 * @param targetPlace the country of the target actor (Actor2Geo), or {@code null}
 * @param factuality how the text asserts the event
 * @param attribution who the event is credited to
 * @param tone the tone of the event's sentence
 */
public record EventContext(
    String eventId,
    EventDate date,
    EventPlace place,
    Place sourcePlace,
    Place targetPlace,
    Factuality factuality,
    Attribution attribution,
    Tone tone) {

  public EventContext {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(tone, "tone");
  }
}
