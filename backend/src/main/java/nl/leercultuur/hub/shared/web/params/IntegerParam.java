package nl.leercultuur.hub.shared.web.params;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A query parameter that must be a whole number in [min, max] (each value, for a list). Bound as text so that a wrong
 * value is a 400 naming the parameter, not the 404 that JAX-RS prescribes for failed conversions.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {IntegerParam.Single.class, IntegerParam.Many.class})
public @interface IntegerParam {

    long min() default 0;

    long max() default Integer.MAX_VALUE;

    String message() default "{hub.param.integer}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Single implements ConstraintValidator<IntegerParam, String> {
        private IntegerParam limits;

        @Override
        public void initialize(IntegerParam annotation) {
            limits = annotation;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return QueryValues.isInteger(value, limits.min(), limits.max());
        }
    }

    class Many implements ConstraintValidator<IntegerParam, List<String>> {
        private IntegerParam limits;

        @Override
        public void initialize(IntegerParam annotation) {
            limits = annotation;
        }

        @Override
        public boolean isValid(List<String> values, ConstraintValidatorContext context) {
            return QueryValues.split(values).stream().allMatch(v -> QueryValues.isInteger(v, limits.min(), limits.max()));
        }
    }
}
