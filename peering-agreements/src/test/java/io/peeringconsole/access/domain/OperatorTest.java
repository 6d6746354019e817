package io.peeringconsole.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.domain.Actor;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorTest {

    @Test
    void actorIsNamedByTheMostPowerfulRole() {
        Operator op = new Operator("kim", Set.of(Role.SECURITY_OFFICER, Role.DOMAIN_ADMIN, Role.ADMIN),
                Set.of("example.com"), "198.51.100.7");
        assertEquals(new Actor("kim", "ADMIN", "198.51.100.7"), op.actor());
        assertEquals("DOMAIN_ADMIN", new Operator("d", Set.of(Role.SECURITY_OFFICER, Role.DOMAIN_ADMIN), Set.of(),
                null).actor().role());
        assertEquals("NONE", OperatorBuilder.withoutRoles().actor().role());
    }

    @Test
    void copiesWhatItIsGiven() {
        var roles = new java.util.HashSet<>(Set.of(Role.ADMIN));
        Operator op = new Operator("kim", roles, null, null);
        roles.add(Role.SECURITY_OFFICER);
        assertEquals(Set.of(Role.ADMIN), op.roles());
        assertTrue(op.localDomains().isEmpty());
    }
}
