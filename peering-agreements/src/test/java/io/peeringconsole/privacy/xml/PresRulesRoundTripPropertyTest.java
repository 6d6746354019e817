package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyArbitraries;
import io.peeringconsole.privacy.Scenario;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.sharing.DelegatedExport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any rule set we can hold, and any delegated policy we send, survives being written and read back. */
class PresRulesRoundTripPropertyTest {

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return PrivacyArbitraries.ruleSets("rule-");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return PrivacyArbitraries.scenarios();
    }

    /** Edge-case mixing over these nested arbitraries costs more than all tries together; the empty and
     * single-rule edge cases are in {@link PresRulesXmlTest}. */
    @Property(tries = 2_000, edgeCases = EdgeCasesMode.NONE)
    void generatedRuleSetsSurviveARoundTrip(@ForAll("ruleSets") RuleSet rules) {
        String written = PresRulesXml.write(rules);
        assertEquals(rules, PresRulesXml.read(written), written);
    }

    @Property(tries = 2_000, edgeCases = EdgeCasesMode.NONE)
    void delegatedPoliciesSurviveARoundTrip(@ForAll("scenarios") Scenario scenario) {
        RuleSet delegated = ((DelegatedExport) scenario.inMode(SharingMode.POLICY_DELEGATION).export()).rules();
        assertEquals(delegated, PresRulesXml.read(PresRulesXml.write(delegated)));
    }
}
