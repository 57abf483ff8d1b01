package se.lotsen.core;

import java.util.List;

/**
 * One door to walk the parent to.
 *
 * @param order        1-based position in the pathway
 * @param service      which service, and how to reach it
 * @param urgency      how soon
 * @param tier         how targeted the support is, for this step
 * @param safeguarding true when a safeguarding rule put this step here
 * @param needs        the needs this step serves
 * @param interpreter  true when the parent needs an interpreter for this service
 * @param where        where the service is, when the request names a centre and the service is
 *                     offered at some centres only (null otherwise)
 * @param reasons      why: each rule that produced or changed the step
 */
public record Step(
        int order,
        ServiceRef service,
        Urgency urgency,
        Tier tier,
        boolean safeguarding,
        List<NeedCategory> needs,
        boolean interpreter,
        Text where,
        List<Reason> reasons) {

    public Step {
        needs = List.copyOf(needs);
        reasons = List.copyOf(reasons);
    }
}
