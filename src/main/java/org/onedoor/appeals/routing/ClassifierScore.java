package org.onedoor.appeals.routing;

/** A first-level category with the classifier's probability for it (0–1). */
public record ClassifierScore(String category, double confidence) {
}
