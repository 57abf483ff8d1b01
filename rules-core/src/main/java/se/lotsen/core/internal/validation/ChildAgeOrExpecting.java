package se.lotsen.core.internal.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.lotsen.core.SuggestionRequest;

/** A request tells the child's age in months or that the family is expecting, never both, never neither. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChildAgeOrExpecting.Validator.class)
public @interface ChildAgeOrExpecting {
    String message() default "give childAgeMonths (0-" + SuggestionRequest.MAX_CHILD_AGE_MONTHS + ") or expecting: true, not both";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ChildAgeOrExpecting, SuggestionRequest> {
        @Override
        public boolean isValid(SuggestionRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            boolean hasAge = request.childAgeMonths() != null;
            if (hasAge != request.expectingChild()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("childAgeMonths")
                    .addConstraintViolation();
            return false;
        }
    }
}
