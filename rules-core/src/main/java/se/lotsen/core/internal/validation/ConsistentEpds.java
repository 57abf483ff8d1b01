package se.lotsen.core.internal.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;
import se.lotsen.core.Epds;

/**
 * An EPDS result is the ten items, or the total and item 10; when both are given they agree.
 * A disagreement means someone mistyped, and a wrong total can hide a mother at risk.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentEpds.Validator.class)
public @interface ConsistentEpds {
    String message() default "EPDS needs the ten items, or total and item10";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ConsistentEpds, Epds> {
        @Override
        public boolean isValid(Epds epds, ConstraintValidatorContext context) {
            if (epds == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (epds.items() == null) {
                if (epds.total() == null || epds.item10() == null) {
                    return violation(context, epds.total() == null ? "total" : "item10",
                            "is required: give the ten items, or total and item10");
                }
                if (epds.item10() > epds.total()) {
                    return violation(context, "item10", "cannot be greater than total");
                }
                return true;
            }
            if (epds.items().size() != Epds.ITEM_COUNT) {
                return violation(context, "items", "must have exactly 10 scores, one per EPDS item");
            }
            if (epds.items().stream().anyMatch(Objects::isNull)) {
                return true; // the element constraint names the null item
            }
            int sum = epds.items().stream().mapToInt(Integer::intValue).sum();
            if (epds.total() != null && epds.total() != sum) {
                return violation(context, "total", "is " + epds.total() + " but the items add up to " + sum);
            }
            Integer lastItem = epds.items().get(Epds.ITEM_COUNT - 1);
            if (epds.item10() != null && !epds.item10().equals(lastItem)) {
                return violation(context, "item10", "is " + epds.item10() + " but items[9] is " + lastItem);
            }
            return true;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
