package org.scorats.conference.conventions.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose every insert, update and delete is written to the audit trail, under this
 * resource name ({@code participants}, {@code delegations}); fields stored with {@code SealedText}
 * are recorded as changed but never with their values.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The resource as the API names it. */
    String value();

    /** The field naming the organization the entity belongs to, for partners' view of the trail; empty: none. */
    String organizationField() default "";

    /** The field naming the conference, for filtering; empty: none. */
    String conferenceField() default "";

    /** The field naming the participant the entity is about (a badge's holder); empty: none. */
    String participantField() default "";

    /** Fields left out of entries: bulky ones (a signed badge token) or the service's own counters. */
    String[] omit() default {};
}
