package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.Generators;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.sharing.DelegatedExport;
import io.peeringconsole.testing.PropertyCheck;
import io.peeringconsole.testing.PropertyCheck.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Any rule set we can hold, and any delegated policy we send, survives being written and read back. The empty and
 * single-rule edge cases are in {@link PresRulesXmlTest}.
 */
class PresRulesRoundTripPropertyTest {

    private static final Report REPORT = new Report("pres-rules round-trip properties");

    private final Generators generators = new Generators(REPORT.seed());

    @AfterAll
    static void report() {
        REPORT.print();
    }

    @Test
    void generatedRuleSetsSurviveARoundTrip() {
        PropertyCheck.forAll(REPORT, "round trip of generated rule sets", 2_000,
                random -> Generators.ruleSet(random, "rule-"),
                rules -> "  rules (" + rules.rules().size() + "):\n" + Generators.render(rules.rules()),
                rules -> {
                    String written = PresRulesXml.write(rules);
                    assertEquals(rules, PresRulesXml.read(written), written);
                });
    }

    @Test
    void delegatedPoliciesSurviveARoundTrip() {
        PropertyCheck.forAll(REPORT, "round trip of delegated policies", 2_000, generators::scenario,
                Generators::render, scenario -> {
                    RuleSet delegated = ((DelegatedExport) scenario.inMode(SharingMode.POLICY_DELEGATION).export())
                            .rules();
                    String written = PresRulesXml.write(delegated);
                    assertEquals(delegated, PresRulesXml.read(written), written);
                });
    }
}
