package io.peeringconsole.web.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.audit.application.ArchiveResult;
import io.peeringconsole.audit.application.AuditArchiver;
import io.peeringconsole.audit.application.AuditRefusedException;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Retention: moves entries older than a number of days into a signed archive file under the data directory and
 * removes them from the database, after a confirmation. Verification of what remains keeps passing and names the
 * archive. For administrators and security officers; add with {@code new AuditArchivePanel()}.
 */
public class AuditArchivePanel extends HorizontalLayout {

    private final transient AuditArchiver archiver;
    private final Path directory;
    private final IntegerField days = new IntegerField("Archive entries older than (days)");

    public AuditArchivePanel() {
        this(CDI.current().select(AuditArchiver.class).get(), ConfigProvider.getConfig());
    }

    AuditArchivePanel(AuditArchiver archiver, Config config) {
        this.archiver = archiver;
        this.directory = Path.of(config.getValue("peering.data.dir", String.class)).toAbsolutePath()
                .resolve("audit-archive");
        setId("audit-archive-panel");
        setAlignItems(Alignment.BASELINE);
        setVisible(AccessPolicy.canGuardAuditTrail(ConsoleSession.operator()));
        days.setId("audit-archive-days");
        days.setMin(1);
        days.setStepButtonsVisible(true);
        days.setHelperText("Written to " + directory + ", signed, then removed from the database.");
        Optional<Integer> configured = config.getOptionalValue("peering.audit.retention-days", Integer.class);
        configured.ifPresent(days::setValue);
        Button archive = new Button("Archive…", VaadinIcon.ARCHIVE.create(), click -> confirm());
        archive.setId("audit-archive-run");
        archive.addThemeVariants(ButtonVariant.ERROR);
        add(days, archive);
    }

    private void confirm() {
        Integer value = days.getValue();
        if (value == null || value < 1) {
            days.setInvalid(true);
            days.setErrorMessage("Enter how many days of entries to keep: 1 or more.");
            return;
        }
        days.setInvalid(false);
        Confirmation.dangerous("Archive audit entries",
                "Entries older than " + Formats.count(value, "day", "days") + " will be written to a signed file under "
                        + directory + " and removed from the database. The trail is verified first; a broken trail"
                        + " is not archived.",
                "Archive and remove", () -> archive(value)).open();
    }

    private void archive(int olderThanDays) {
        Instant cutoff = Instant.now().minus(Duration.ofDays(olderThanDays));
        UserFeedback.attempt(() -> {
            try {
                Optional<ArchiveResult> result = archiver.archiveOlderThan(ConsoleSession.operator().actor(), cutoff,
                        directory);
                UserFeedback.success(result.map(r -> Formats.count(r.entries(), "entry", "entries")
                        + " archived to " + r.file() + ".").orElse("No entry is older than "
                        + Formats.count(olderThanDays, "day", "days") + "; nothing was archived."));
            } catch (AuditRefusedException refused) {
                UserFeedback.error(refused.getMessage());
            }
        });
    }
}
