package io.peeringconsole.web.ui.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.peeringconsole.audit.application.AuditExporter;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.ExportSelection;
import io.peeringconsole.audit.export.ExportFormat;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Exports the entries the given filter shows, narrowed to a range of sequences or time, as CSV or JSON Lines. The
 * export runs in the background into a file under the data directory while a progress bar follows it; then a link
 * downloads the file. Open with {@code new AuditExportDialog(ExportFormat.CSV, filter).open()}.
 */
public class AuditExportDialog extends Dialog {

    private static final int POLL_MILLIS = 500;

    private final transient AuditExporter exporter;
    private final transient Executor executor;
    private final ExportFormat format;
    private final AuditFilter filter;
    private final Path directory;
    private final TextField fromSequence = new TextField("From entry #");
    private final TextField toSequence = new TextField("To entry #");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("To (UTC)");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Button start = new Button("Export", click -> start());
    private transient ExportJob job;
    private Registration polling;

    public AuditExportDialog(ExportFormat format, AuditFilter filter) {
        this(CDI.current().select(AuditExporter.class).get(), managedExecutor(), format, filter,
                Path.of(ConfigProvider.getConfig().getValue("peering.data.dir", String.class)).toAbsolutePath()
                        .resolve("exports"));
    }

    AuditExportDialog(AuditExporter exporter, Executor executor, ExportFormat format, AuditFilter filter,
            Path directory) {
        this.exporter = exporter;
        this.executor = executor;
        this.format = format;
        this.filter = filter;
        this.directory = directory;
        setId("audit-export-dialog");
        setHeaderTitle("Export the audit trail as " + format.name());
        configureFields();
        progress.setVisible(false);
        status.setId("audit-export-status");
        start.setId("audit-export-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        add(new FormLayout(fromSequence, toSequence, from, to), progress, status);
        getFooter().add(new Button("Close", click -> close()), start);
        addDialogCloseActionListener(event -> close());
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                stopPolling();
                if (job != null && job.state() != ExportJob.State.RUNNING) {
                    job.discard();
                }
            }
        });
    }

    private void configureFields() {
        for (TextField field : new TextField[] {fromSequence, toSequence}) {
            field.setAllowedCharPattern("[0-9]");
            field.setClearButtonVisible(true);
        }
        fromSequence.setId("audit-export-from-sequence");
        toSequence.setId("audit-export-to-sequence");
        status.setText("Exports " + describe(filter) + ", with the checkpoints and certificates needed to verify it"
                + " offline (tools/verify-audit-export).");
    }

    private static String describe(AuditFilter filter) {
        return filter.text() == null ? "every entry you can see" : "the entries matching “" + filter.text() + "”";
    }

    private void start() {
        ExportSelection selection;
        try {
            selection = new ExportSelection(filter, number(fromSequence), number(toSequence), instant(from),
                    instant(to));
        } catch (IllegalArgumentException e) {
            UserFeedback.error(e.getMessage());
            return;
        }
        UserFeedback.attempt(() -> begin(selection));
    }

    private void begin(ExportSelection selection) {
        exporter.recordExport(ConsoleSession.operator().actor(), selection, format);
        long total = exporter.count(selection);
        job = new ExportJob(newFile(), total, (out, report) -> exporter.write(selection, format, out, report));
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> showProgress());
        executor.execute(job);
        showProgress();
    }

    private void showProgress() {
        progress.setValue(job.fraction());
        switch (job.state()) {
            case RUNNING -> status.setText("Exported " + Formats.count(job.written(), "entry", "entries") + " of "
                    + Formats.count(job.total(), "entry", "entries") + "…");
            case FAILED -> {
                stopPolling();
                status.setText("The export failed: " + job.failure() + ". Nothing was downloaded; try again.");
                start.setEnabled(true);
            }
            case DONE -> {
                stopPolling();
                String name = "audit-export-" + Instant.now().toString().replace(":", "") + "." + format.extension();
                Anchor link = new Anchor(DownloadHandler.forFile(job.file().toFile(), name), "Download " + name);
                link.setId("audit-export-download");
                link.getElement().setAttribute("download", true);
                status.setText(Formats.count(job.written(), "entry", "entries") + " exported. ");
                status.add(link);
            }
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private Path newFile() {
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, "audit-export-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException("The export file could not be created under " + directory
                    + "; check that the data directory is writable.", e);
        }
    }

    private static Long number(TextField field) {
        String value = field.getValue().strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field.getLabel() + " must be an entry number, like 1200.");
        }
    }

    private static Instant instant(DateTimePicker picker) {
        LocalDateTime value = picker.getValue();
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Executor managedExecutor() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("The server offers no managed executor for background exports.", e);
        }
    }
}
