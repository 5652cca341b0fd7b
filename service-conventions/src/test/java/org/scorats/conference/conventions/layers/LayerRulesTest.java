package org.scorats.conference.conventions.layers;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.LayerContract;

import static org.assertj.core.api.Assertions.assertThat;

/** The layer rules catch what they are for: the sample package breaks three of them on purpose. */
class LayerRulesTest {

    @Test
    void eachRuleCatchesItsViolationInTheSample() {
        String base = "org.scorats.conference.conventions.layers.sample";
        JavaClasses sample = new ClassFileImporter().importPackages(base);
        var failures = LayerContract.rules(base).stream()
                .filter(rule -> rule.evaluate(sample).hasViolation())
                .map(rule -> rule.getDescription())
                .toList();
        assertThat(failures).containsExactlyInAnyOrder(
                "service, domain, repository and messaging never use REST types",
                "resource and consumer methods declare no transactions: services do",
                "resources reach data only through services");
    }
}
