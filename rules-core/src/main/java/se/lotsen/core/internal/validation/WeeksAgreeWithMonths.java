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

/**
 * The age in weeks, when a request gives it, comes with the age in months it agrees with: the months stay the age
 * every table and catalog range reads, so weeks that say another age would route the child by one age and explain
 * it by another. Weeks out of range are {@code @Min}/{@code @Max}'s to report; this checks only their company.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WeeksAgreeWithMonths.Validator.class)
public @interface WeeksAgreeWithMonths {
    String message() default "give childAgeWeeks (0-" + SuggestionRequest.MAX_CHILD_AGE_WEEKS
            + ") together with the childAgeMonths it agrees with (4 weeks: 0 or 1 month, 7 weeks: 1, 9 weeks: 2), never with expecting";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WeeksAgreeWithMonths, SuggestionRequest> {
        @Override
        public boolean isValid(SuggestionRequest request, ConstraintValidatorContext context) {
            if (request == null || request.childAgeWeeks() == null) {
                return true;
            }
            int weeks = request.childAgeWeeks();
            if (weeks < 0 || weeks > SuggestionRequest.MAX_CHILD_AGE_WEEKS) {
                return true;
            }
            if (!request.expectingChild() && request.childAgeMonths() != null
                    && SuggestionRequest.weeksAgreeWithMonths(weeks, request.childAgeMonths())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("childAgeWeeks")
                    .addConstraintViolation();
            return false;
        }
    }
}
