package org.mediastance.actors;

import java.io.Serializable;

/**
 * The outcome of resolving a speaker or target: actor id (registry id or null), a display name,
 * the office held at the date (null if none), the government it speaks for (ISO3, null if none),
 * its category (government, legislature, military, diplomatic, state_media, igo, opposition, ngo,
 * media, expert, other, unknown) and a confidence in [0, 1].
 */
public record ActorRef(
    String actorId,
    String name,
    String role,
    String government,
    String category,
    double confidence)
    implements Serializable {

  private static final ActorRef UNKNOWN = new ActorRef(null, null, null, null, "unknown", 0.0);

  /** The resolution that says nothing is known. */
  public static ActorRef unknown() {
    return UNKNOWN;
  }

  /** True when neither an actor nor a government was found. */
  public boolean isUnknown() {
    return actorId == null && government == null;
  }
}
