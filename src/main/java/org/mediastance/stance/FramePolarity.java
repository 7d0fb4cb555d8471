package org.mediastance.stance;

/**
 * The net polarity, in [−1, 1], of the evaluative frames in a statement's content: the strongest
 * negative frame (failure, threat, blame) against the strongest positive one (success,
 * cooperation). The stance scorer mixes it into the stance toward targets named in the content;
 * the run passes the frame step's detector ({@code FrameDetector::polarity}), so the stance prior
 * and the {@code frames} column come from one codebook. Implementations are thread-safe.
 */
@FunctionalInterface
public interface FramePolarity {
  /** Polarity of {@code content}'s frames (0 for none or for blank content). */
  double of(String content);

  /** No frame prior. */
  FramePolarity NONE = content -> 0;
}
