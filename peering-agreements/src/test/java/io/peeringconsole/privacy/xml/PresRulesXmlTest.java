package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyInputException;
import io.peeringconsole.privacy.PrivacyInputException.Problem;
import io.peeringconsole.privacy.rules.ComponentSelection;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.Selector;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.privacy.rules.UnknownAttribute;
import io.peeringconsole.privacy.rules.UserInputLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;

import static io.peeringconsole.privacy.PresenceAttribute.ACTIVITIES;
import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.DEVICE_CAPABILITIES;
import static io.peeringconsole.privacy.PresenceAttribute.LOCATION;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.PresenceAttribute.PLACE_TYPE;
import static io.peeringconsole.privacy.PresenceAttribute.USER_INPUT;
import static io.peeringconsole.privacy.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the RFC examples, writing them back, and refusing content we would otherwise have to guess about. */
class PresRulesXmlTest {

    private static final String HEAD = "<cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\""
            + " xmlns:pr=\"urn:ietf:params:xml:ns:pres-rules\">";

    @Test
    void readsTheExampleOfRfc5025() throws IOException {
        Transformations expected = Transformations.NONE
                .withServices(ComponentSelection.of(new Selector("service-uri-scheme", "sip"),
                        new Selector("service-uri-scheme", "mailto")))
                .withPersons(ComponentSelection.ALL)
                .withAttributes(Set.of(ACTIVITIES))
                .withUserInput(UserInputLevel.BARE)
                .withUnknownAttributes(Set.of(new UnknownAttribute("urn:vendor-specific:foo-namespace", "foo")));
        RuleSet expectedRules = RuleSet.of(rule("a").one("sip:user@example.com").allow().transformations(expected)
                .build());
        RuleSet read = resource("rfc5025-example.xml");
        assertEquals(expectedRules, read);
        assertEquals(Set.of(ACTIVITIES), read.rules().getFirst().transformations().provided(),
                "partial services and bare user input grant nothing in a flat document");
    }

    @Test
    void readsTheCommonPolicyExamplesOfRfc4745() throws IOException {
        RuleSet expected = RuleSet.of(
                rule("f3g44r1").sphere("work").one("sip:alice@example.com", "tel:+1-212-555-1234")
                        .domain("example.com")
                        .during(Instant.parse("2003-12-24T16:00:00Z"), Instant.parse("2003-12-24T18:00:00Z")).build(),
                rule("y6y55r2").many(ManyIdentities.anyone().exceptDomain("example.com").exceptDomain("example.org")
                        .except("sip:alice@bad.example.net").except("sip:bob@good.example.net")
                        .except("tel:+1-212-555-1234")).build());
        assertEquals(expected, resource("rfc4745-example.xml"));
    }

    @Test
    void readsEveryKindOfGrantAndHandling() throws IOException {
        RuleSet rules = resource("domain-policies.xml");
        assertEquals(Set.of(BASIC_STATUS, ACTIVITIES, NOTE), rules.rules().get(0).transformations().provided());
        assertEquals(Set.of(ManyIdentities.inDomain("example.net").except("sip:boss@example.net")),
                Set.copyOf(rules.rules().get(0).conditions().identity().orElseThrow().many()));
        assertEquals(Set.of(BASIC_STATUS, DEVICE_CAPABILITIES, PLACE_TYPE, USER_INPUT, LOCATION),
                rules.rules().get(1).transformations().provided());
        assertEquals(SubHandling.CONFIRM, rules.rules().get(2).subHandling().orElseThrow());
        assertEquals(SubHandling.POLITE_BLOCK, rules.rules().get(3).subHandling().orElseThrow());
        assertTrue(rules.rules().get(4).transformations().allAttributes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rfc5025-example.xml", "rfc4745-example.xml", "domain-policies.xml"})
    void examplesSurviveARoundTripAndWriteTheSameTextTwice(String example) throws IOException {
        RuleSet read = resource(example);
        String written = PresRulesXml.write(read);
        assertEquals(read, PresRulesXml.read(written));
        assertEquals(written, PresRulesXml.write(PresRulesXml.read(written)));
    }

    @Test
    void anEmptyRuleSetAndAnEmptyRuleSurviveARoundTrip() {
        RuleSet empty = RuleSet.of();
        assertEquals(empty, PresRulesXml.read(PresRulesXml.write(empty)));
        RuleSet bare = RuleSet.of(rule("bare").build(), rule("nobody").nobody().build());
        assertEquals(bare, PresRulesXml.read(PresRulesXml.write(bare)));
    }

    @Test
    void writesReadablePresRules() {
        RuleSet rules = RuleSet.of(rule("friends").one("sip:alice@p1.example").allow().providing(BASIC_STATUS)
                .build());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <cr:ruleset xmlns:cr="urn:ietf:params:xml:ns:common-policy" \
                xmlns:pr="urn:ietf:params:xml:ns:pres-rules">
                  <cr:rule id="friends">
                    <cr:conditions>
                      <cr:identity>
                        <cr:one id="sip:alice@p1.example"/>
                      </cr:identity>
                    </cr:conditions>
                    <cr:actions>
                      <pr:sub-handling>allow</pr:sub-handling>
                    </cr:actions>
                    <cr:transformations>
                      <pr:provide-services>
                        <pr:all-services/>
                      </pr:provide-services>
                    </cr:transformations>
                  </cr:rule>
                </cr:ruleset>
                """, PresRulesXml.write(rules));
    }

    @Test
    void refusesValuesOutsideTheSchemaWithAMessageSayingWhatToWrite() {
        assertRefused(Problem.INVALID_VALUE, "block, confirm, polite-block or allow",
                inRule("<cr:actions><pr:sub-handling>maybe</pr:sub-handling></cr:actions>"));
        assertRefused(Problem.INVALID_VALUE, "true or false",
                inRule("<cr:transformations><pr:provide-mood>yes</pr:provide-mood></cr:transformations>"));
        assertRefused(Problem.INVALID_VALUE, "with its offset", inRule("<cr:conditions><cr:validity>"
                + "<cr:from>2026-01-01T00:00:00</cr:from><cr:until>2026-01-02T00:00:00</cr:until>"
                + "</cr:validity></cr:conditions>"));
        assertRefused(Problem.INVALID_VALUE, "must end after it starts", inRule("<cr:conditions><cr:validity>"
                + "<cr:from>2026-01-02T00:00:00Z</cr:from><cr:until>2026-01-01T00:00:00Z</cr:until>"
                + "</cr:validity></cr:conditions>"));
        assertRefused(Problem.INVALID_VALUE, "exactly one of id or domain", inRule("<cr:conditions><cr:identity>"
                + "<cr:many><cr:except/></cr:many></cr:identity></cr:conditions>"));
        assertRefused(Problem.INVALID_VALUE, "appears twice",
                HEAD + "<cr:rule id=\"a\"/><cr:rule id=\"a\"/></cr:ruleset>");
        assertRefused(Problem.INVALID_VALUE, "needs the id attribute", HEAD + "<cr:rule/></cr:ruleset>");
    }

    @Test
    void refusesConditionsItDoesNotUnderstandRatherThanIgnoringThem() {
        String external = inRule("<cr:conditions><ocp:external-list xmlns:ocp=\"urn:oma:xml:xdm:common-policy\">"
                + "<ocp:entry anc=\"http://xcap.example.com/resource-lists/users/sip:a@example.com/index\"/>"
                + "</ocp:external-list></cr:conditions>");
        assertRefused(Problem.UNSUPPORTED_ELEMENT, "an ignored condition would grant too much", external);
        assertRefused(Problem.UNSUPPORTED_ELEMENT, "<pr:provide-moods>",
                inRule("<cr:transformations><pr:provide-moods>true</pr:provide-moods></cr:transformations>"));
        assertRefused(Problem.UNSUPPORTED_ELEMENT, "<cr:identity>", inRule("<cr:conditions><cr:identity/>"
                + "<cr:identity/></cr:conditions>"));
    }

    @Test
    void refusesDocumentsThatAreNotPresRules() {
        assertRefused(Problem.NOT_PRES_RULES, "starts with <html>", "<html><body/></html>");
        assertRefused(Problem.NOT_PRES_RULES, "pres-rules document starts with",
                "<ruleset xmlns=\"urn:example:other\"/>");
    }

    @Test
    void aStreamIsReadOnlyUpToTheLimit() {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                assertTrue(served <= PresRulesXml.MAX_BYTES + 1L, "read past the limit");
                return ' ';
            }
        };
        PrivacyInputException refused = assertThrows(PrivacyInputException.class, () -> PresRulesXml.read(endless));
        assertEquals(Problem.TOO_LARGE, refused.problem());
    }

    @Test
    void theProblemCodesAreStable() {
        assertEquals("privacy.input.too-large", Problem.TOO_LARGE.code());
        assertEquals("privacy.input.doctype-refused", Problem.DOCTYPE_REFUSED.code());
        assertEquals("privacy.input.too-deep", Problem.TOO_DEEP.code());
        assertEquals("privacy.input.not-well-formed", Problem.NOT_WELL_FORMED.code());
        assertEquals("privacy.input.not-pres-rules", Problem.NOT_PRES_RULES.code());
        assertEquals("privacy.input.unsupported-element", Problem.UNSUPPORTED_ELEMENT.code());
        assertEquals("privacy.input.invalid-value", Problem.INVALID_VALUE.code());
    }

    static void assertRefused(Problem problem, String messagePart, String xml) {
        PrivacyInputException refused = assertThrows(PrivacyInputException.class, () -> PresRulesXml.read(xml));
        assertEquals(problem, refused.problem(), refused::getMessage);
        assertTrue(refused.getMessage().contains(messagePart), refused::getMessage);
        assertEquals("presRules", refused.field());
    }

    private static String inRule(String body) {
        return HEAD + "<cr:rule id=\"r\">" + body + "</cr:rule></cr:ruleset>";
    }

    private static RuleSet resource(String name) throws IOException {
        try (InputStream in = PresRulesXmlTest.class.getResourceAsStream(name)) {
            return PresRulesXml.read(in);
        }
    }
}
