package org.onedoor.appeals;

/** One reason an appeal cannot be registered as it is: the field and a bundle key. */
public record IntakeProblem(String field, String messageKey, Object... arguments) {
}
