/**
 * The rule vocabulary: everything a rule file ({@code rules/*.drl}) may use, and nothing else.
 *
 * <h2>For rule authors</h2>
 * A rule reads the family's facts and proposes steps through the collector {@code out}. It cannot
 * do anything else: validation refuses a rule file that imports, calls or creates anything that is
 * not listed here, before the file is compiled or run.
 *
 * <h3>Facts</h3>
 * <ul>
 *   <li>{@link se.lotsen.core.vocabulary.Family} — one per family: the child's age ({@code ageMonths};
 *       under three months also {@code ageWeeks} when the request told it, else -1), whether the family
 *       is expecting, whether the child has started förskoleklass, the risk level, the risk and
 *       protective factors, the needs, the parent's language and the family centre. It also offers
 *       the words staff use, such as {@code violence} (domestic violence ticked <em>or</em> the need
 *       "violence or threats") so that two boxes that mean the same thing can never disagree.</li>
 *   <li>{@link se.lotsen.core.vocabulary.NeedFact} — one per need the parent expresses:
 *       {@code category} and {@code severity}.</li>
 *   <li>{@link se.lotsen.core.vocabulary.EpdsFact} — an EPDS screening, when there is one, with the
 *       cut-off of its form already chosen: {@code positive}, {@code moderateToSevere},
 *       {@code wellAbove}, {@code item10}, {@code duringPregnancy}.</li>
 * </ul>
 *
 * <h3>The collector {@code out}</h3>
 * Declare it as {@code global se.lotsen.core.vocabulary.Advice out;}. Every call names the rule first,
 * always as {@code drools.getRule().getName()}, so that each step can say which rule produced it:
 * <pre>{@code
 * rule "relationship-with-violence"
 * when
 *     Family( violence )
 *     NeedFact( category == NeedCategory.RELATIONSHIP )
 * then
 *     out.route( drools.getRule().getName(), NeedCategory.RELATIONSHIP, "CENTRE_SOCIAL_WORKER",
 *         Urgency.WITHIN_WEEK, Tier.INDICATED,
 *         "Enskilt samtal med socionomen, inte parsamtal medan det finns våld.",
 *         "An individual talk with the social worker, not couple talks while there is violence." );
 * end
 * }</pre>
 * Codes are typed: a need, urgency, tier or risk level that does not exist is a compile error with
 * its file and line. A service is named by its id in {@code catalog/services.yaml}; an id the
 * catalog does not have is refused with its file and line.
 *
 * <h3>What a rule file may contain</h3>
 * {@code package}, imports of this package and of the codes ({@code se.lotsen.core.NeedCategory},
 * {@code Severity}, {@code RiskFactor}, {@code ProtectiveFactor}, {@code RiskLevel},
 * {@code Urgency}, {@code Tier}), the global {@code out}, and rules with the attributes
 * {@code salience} and {@code no-loop}. Conditions are patterns on the facts above, combined with
 * {@code and}, {@code or}, {@code not}, {@code exists} and {@code forall}; constraints compare the
 * facts' words with literals and codes. A consequence is a list of calls to {@code out}. There is
 * no {@code eval}, {@code from}, {@code accumulate}, {@code function}, {@code insert} or loop: a rule
 * set routes, and its evaluation is bounded.
 */
package se.lotsen.core.vocabulary;
