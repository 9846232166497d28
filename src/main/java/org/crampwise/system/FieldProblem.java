package org.crampwise.system;

/**
 * One bad field of a request: its name as the client sent it (for example {@code reliefsTried[1]}) and a message a
 * person can act on.
 */
public record FieldProblem(String field, String message) {
}
