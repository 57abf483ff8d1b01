/**
 * The engine's machinery, and not part of Lotsen's promise: it may change in any release without notice.
 * Embedding code uses {@link se.lotsen.core.PathwayEngine}, the request and pathway types in
 * {@code se.lotsen.core}, the rule-set data in {@code se.lotsen.core.ruleset} and the catalog in
 * {@code se.lotsen.core.catalog}; rule files use only {@code se.lotsen.core.vocabulary}.
 *
 * <p>Some types here are public only because Lotsen's own modules ({@code rules-catalog}'s validation,
 * the benchmarks' hand-coded baseline) need them: the closed rule language, the compiler that prints and
 * compiles checked rule files, the evaluator, sessions, the table router, facts, risk, EPDS and assembly.
 */
package se.lotsen.core.internal;
