package nl.leercultuur.hub.shared.web.params;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Every value of a (repeatable, comma-separated) query parameter must be a constant of the enum; the message lists them. */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumParam.Validator.class)
public @interface EnumParam {

    Class<? extends Enum<?>> value();

    String message() default "{hub.param.enum}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumParam, List<String>> {
        private Set<String> allowed;

        @Override
        public void initialize(EnumParam annotation) {
            allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        @Override
        public boolean isValid(List<String> values, ConstraintValidatorContext context) {
            List<String> wrong = QueryValues.split(values).stream().filter(v -> !allowed.contains(v)).toList();
            if (wrong.isEmpty()) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("rejected", String.join(", ", wrong))
                    .addMessageParameter("allowed", String.join(", ", allowed));
            return false;
        }
    }
}
