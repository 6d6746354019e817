package io.peeringconsole.web.infrastructure.audit;

import io.peeringconsole.audit.application.AuditKeySource;
import io.peeringconsole.audit.infrastructure.HmacKeyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key for sensitive audit fields, generated once into {@code $PEERING_DATA_DIR/keys/audit-hmac.key} beside the
 * console's key store (owner-readable only). A file of its own rather than a key derived from the key store, so that
 * rotating the console's signing keys never changes what a stored keyed hash means.
 */
@ApplicationScoped
public class AuditKeyFileSource implements AuditKeySource {

    @Inject
    @ConfigProperty(name = "peering.data.dir")
    String dataDirectory;

    private volatile byte[] key;

    @Override
    public byte[] sensitiveFieldKey() {
        byte[] current = key;
        if (current == null) {
            current = HmacKeyFile.openOrCreate(Path.of(dataDirectory).toAbsolutePath().resolve("keys"));
            key = current;
        }
        return current.clone();
    }
}
