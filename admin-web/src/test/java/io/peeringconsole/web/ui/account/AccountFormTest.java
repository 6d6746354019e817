package io.peeringconsole.web.ui.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.access.application.NewAccount;
import io.peeringconsole.access.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountFormTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private AccountForm form;
    private final List<NewAccount> created = new ArrayList<>();

    @BeforeEach
    void newForm() {
        UI.setCurrent(ui);
        form = new AccountForm();
        form.addSaveListener(event -> created.add(event.command()));
        form.start(List.of("example.com", "example.org"));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private void fill(String password, String again, Set<Role> roles) {
        form.username.setValue("carol");
        form.password.setValue(password);
        form.confirmation.setValue(again);
        form.roles.setValue(roles);
    }

    @Test
    void firesSaveWithTheNewAccount() {
        fill("correct horse battery", "correct horse battery", Set.of(Role.SECURITY_OFFICER));

        form.save.click();

        assertEquals(1, created.size());
        assertEquals("carol", created.getFirst().username());
        assertArrayEquals("correct horse battery".toCharArray(), created.getFirst().password());
        assertEquals(Set.of(Role.SECURITY_OFFICER), created.getFirst().roles());
        assertEquals(Set.of(), created.getFirst().localDomains());
    }

    @Test
    void refusesTwoDifferentPasswords() {
        fill("correct horse battery", "correct horse batterx", Set.of(Role.ADMIN));

        form.save.click();

        assertTrue(created.isEmpty());
        assertTrue(form.confirmation.isInvalid());
    }

    @Test
    void aDomainAdministratorNeedsLocalDomains() {
        fill("correct horse battery", "correct horse battery", Set.of(Role.DOMAIN_ADMIN));

        form.save.click();
        assertTrue(created.isEmpty());
        assertTrue(form.localDomains.isInvalid());

        form.localDomains.setValue(Set.of("example.com"));
        form.save.click();
        assertEquals(Set.of("example.com"), created.getFirst().localDomains());
    }

    @Test
    void showsTheServicesVerdictNextToTheField() {
        assertTrue(form.showFieldError("password", "The password needs at least 12 characters."));
        assertTrue(form.password.isInvalid());
        assertEquals("The password needs at least 12 characters.", form.password.getErrorMessage());
        assertFalse(form.showFieldError("somethingElse", "elsewhere"));
    }
}
