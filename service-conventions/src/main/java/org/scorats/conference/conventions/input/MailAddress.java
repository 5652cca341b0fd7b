package org.scorats.conference.conventions.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An address the platform's mail can reach: what {@link Email} accepts, less what it accepts only
 * because RFC 5321 allows it. A quoted local part ({@code "a b"@example.org}) the mailer refuses to
 * send to, and a domain without a dot ({@code ivan@mailru}, {@code a@localhost}) or an IP address in
 * brackets is, at a registration desk, a typo whose mails would never arrive. Refused when the address
 * is given, not discovered when the first mail fails. Letters beyond ASCII stay allowed on both sides
 * of the @ ({@code иван@пример.рф}).
 */
@Email
@Pattern(regexp = "^[^\\s\"@(),:;<>\\[\\]\\\\]+@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]*\\p{L}[\\p{L}\\p{N}-]*$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MailAddress {

    String message() default "must be an address mail can reach, such as name@example.org";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
