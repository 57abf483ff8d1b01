/**
 * Bean Validation constraints of the request ({@code ChildAgeOrExpecting}, {@code ConsistentEpds}) and their
 * validators: internal, not part of Lotsen's promise, and may change in any release. The request's rules are
 * documented on {@link se.lotsen.core.SuggestionRequest}.
 */
package se.lotsen.core.internal.validation;
