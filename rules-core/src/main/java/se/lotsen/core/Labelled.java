package se.lotsen.core;

/** A code with a label in Swedish and English. */
public interface Labelled {
    String name();

    Text label();
}
