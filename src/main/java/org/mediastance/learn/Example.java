package org.mediastance.learn;

import java.io.Serializable;
import java.util.List;

/**
 * One labelled training example for the linear models of stance and frames: the text, the
 * character spans of the target (p) and of a second entity q (directed sentiment only; null
 * elsewhere), the class index, and the data set it came from. Immutable.
 */
public record Example(String text, List<int[]> a, List<int[]> b, int label, String source)
    implements Serializable {}
