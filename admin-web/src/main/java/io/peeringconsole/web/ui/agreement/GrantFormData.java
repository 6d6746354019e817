package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.FileTransferLimit;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.MessageRate;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.SessionLimit;
import io.peeringconsole.rules.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One direction of an agreement as the form edits it. The limits of a service that is not ticked are dropped when
 * the grant is made, since the form hides their fields and a person would not know they were still there. File sizes
 * are edited in MiB, which is how people think of them; the domain keeps bytes.
 */
public class GrantFormData {

    static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024L);

    private Set<Service> services = EnumSet.noneOf(Service.class);
    private Set<ListKind> listKinds = EnumSet.noneOf(ListKind.class);
    private Integer maxListSize;
    private Integer maxConcurrentSessions;
    private BigDecimal maxFileSizeMib;
    private Integer messagesPerSecond;

    static GrantFormData of(ServiceGrant grant) {
        GrantFormData data = new GrantFormData();
        data.setServices(grant.services());
        if (grant.presenceList() != null) {
            data.setListKinds(grant.presenceList().allowedKinds());
            data.setMaxListSize(grant.presenceList().maxListSize());
        }
        data.setMaxConcurrentSessions(grant.sessions() == null ? null : grant.sessions().maxConcurrentSessions());
        data.setMaxFileSizeMib(grant.fileTransfer() == null ? null
                : BigDecimal.valueOf(grant.fileTransfer().maxSizeBytes()).divide(MIB).stripTrailingZeros());
        data.setMessagesPerSecond(grant.messageRate() == null ? null : grant.messageRate().messagesPerSecond());
        return data;
    }

    /**
     * The grant this data describes. A limit the domain refuses is reported under the direction's name (e.g.
     * {@code inbound.maxListSize}), so that the form can show it at the right field.
     */
    ServiceGrant toGrant(Direction direction) {
        String prefix = direction.name().toLowerCase(Locale.ROOT) + ".";
        try {
            return new ServiceGrant(services, presenceList(prefix),
                    granted(Service.SESSION_IM) && maxConcurrentSessions != null
                            ? new SessionLimit(maxConcurrentSessions) : null,
                    granted(Service.FILE_TRANSFER) && maxFileSizeMib != null
                            ? new FileTransferLimit(bytes(maxFileSizeMib, prefix)) : null,
                    messagesPerSecond == null ? null : new MessageRate(messagesPerSecond));
        } catch (RuleViolationException refused) {
            String field = refused.field();
            if (field == null || field.startsWith(prefix)) {
                throw refused;
            }
            throw new RuleViolationException(prefix + field, refused.getMessage());
        }
    }

    private PresenceListLimits presenceList(String prefix) {
        if (!granted(Service.PRESENCE_LIST) || listKinds.isEmpty() && maxListSize == null) {
            return null;
        }
        if (maxListSize == null) {
            throw new RuleViolationException(prefix + "maxListSize", "Give the maximum list size for list-based"
                    + " presence, between 1 and " + PresenceListLimits.MAX_LIST_SIZE + ".");
        }
        return new PresenceListLimits(listKinds, maxListSize);
    }

    private static long bytes(BigDecimal mib, String prefix) {
        BigDecimal bytes = mib.multiply(MIB).setScale(0, RoundingMode.HALF_UP);
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(FileTransferLimit.MAX_SIZE_BYTES)) > 0) {
            throw new RuleViolationException(prefix + "maxFileSizeBytes", "The maximum file size must be more than 0"
                    + " and at most 10240 MiB (10 GiB); " + mib.toPlainString() + " MiB was given.");
        }
        return bytes.longValueExact();
    }

    boolean granted(Service service) {
        return services.contains(service);
    }

    public Set<Service> getServices() {
        return services;
    }

    public void setServices(Set<Service> services) {
        this.services = services == null || services.isEmpty() ? EnumSet.noneOf(Service.class)
                : EnumSet.copyOf(services);
    }

    public Set<ListKind> getListKinds() {
        return listKinds;
    }

    public void setListKinds(Set<ListKind> listKinds) {
        this.listKinds = listKinds == null || listKinds.isEmpty() ? EnumSet.noneOf(ListKind.class)
                : EnumSet.copyOf(listKinds);
    }

    public Integer getMaxListSize() {
        return maxListSize;
    }

    public void setMaxListSize(Integer maxListSize) {
        this.maxListSize = maxListSize;
    }

    public Integer getMaxConcurrentSessions() {
        return maxConcurrentSessions;
    }

    public void setMaxConcurrentSessions(Integer maxConcurrentSessions) {
        this.maxConcurrentSessions = maxConcurrentSessions;
    }

    public BigDecimal getMaxFileSizeMib() {
        return maxFileSizeMib;
    }

    public void setMaxFileSizeMib(BigDecimal maxFileSizeMib) {
        this.maxFileSizeMib = maxFileSizeMib;
    }

    public Integer getMessagesPerSecond() {
        return messagesPerSecond;
    }

    public void setMessagesPerSecond(Integer messagesPerSecond) {
        this.messagesPerSecond = messagesPerSecond;
    }
}
