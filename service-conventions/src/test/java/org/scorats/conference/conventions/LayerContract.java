package org.scorats.conference.conventions;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.scorats.conference.conventions.inbox.Inbox;
import org.scorats.conference.conventions.projection.RegistrationProjections;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The dependency rule every service keeps (ARCHITECTURE.md): {@code rest} maps requests to
 * service calls and results to views; {@code service} holds the use cases and declares the
 * transactions; {@code domain}, {@code repository} and {@code messaging} never look up at
 * {@code rest}. A service's test extends this and checks its own production classes: the
 * subclass's package is the service's.
 */
public abstract class LayerContract {

    /** The rules, for any base package; {@code LayerRulesTest} shows each catching a violation. */
    public static List<ArchRule> rules(String base) {
        String rest = base + ".rest..";
        String[] belowRest = {base + ".service..", base + ".domain..", base + ".repository..", base + ".messaging.."};
        return List.of(
                noClasses().that().resideInAnyPackage(belowRest)
                        .should().dependOnClassesThat().resideInAnyPackage(rest)
                        .as("service, domain, repository and messaging never use REST types")
                        .allowEmptyShould(true),
                noClasses().that().resideInAnyPackage(belowRest)
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                        .as("only rest speaks JAX-RS")
                        .allowEmptyShould(true),
                noClasses().that().resideInAnyPackage(rest, base + ".messaging..")
                        .should().beAnnotatedWith(Transactional.class)
                        .as("resources and consumers declare no transactions: services do")
                        .allowEmptyShould(true),
                noMethods().that().areDeclaredInClassesThat().resideInAnyPackage(rest, base + ".messaging..")
                        .should().beAnnotatedWith(Transactional.class)
                        .as("resource and consumer methods declare no transactions: services do")
                        .allowEmptyShould(true),
                noClasses().that().resideInAnyPackage(rest)
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".repository..")
                        .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                        .orShould().dependOnClassesThat().areAssignableTo(Inbox.class)
                        .orShould().dependOnClassesThat().areAssignableTo(RegistrationProjections.class)
                        .as("resources reach data only through services")
                        .allowEmptyShould(true));
    }

    @Test
    void layersPointOneWay() {
        String base = getClass().getPackageName();
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        rules(base).forEach(rule -> rule.check(production));
    }
}
