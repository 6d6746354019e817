package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.agreement.application.AgreementCommand;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.AgreementTerms;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.TlsVersion;
import io.peeringconsole.agreement.domain.Validity;
import io.peeringconsole.rules.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A draft agreement as the form edits it: plain values, converted to the domain's command only on save. Dates are
 * days in UTC, meaning midnight UTC at their start, as in the API; a date left unchanged keeps the exact instant it
 * was read with, so that saving a draft made through the API does not move its validity.
 */
public class AgreementFormData {

    private Long id;
    private long version;
    private String localDomain;
    private PeerOption peer;
    private boolean viaClearingHouse;
    private PeerOption clearingHouse;
    private GrantFormData inbound = new GrantFormData();
    private GrantFormData outbound = new GrantFormData();
    private TlsVersion tlsVersion = TlsVersion.TLS_1_3;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Instant readFrom;
    private Instant readUntil;

    /** A new draft: valid for a year from today, TLS 1.3, nothing granted yet. */
    static AgreementFormData blank(String localDomain, LocalDate today) {
        AgreementFormData data = new AgreementFormData();
        data.localDomain = localDomain;
        data.validFrom = today;
        data.validUntil = today.plusYears(1);
        return data;
    }

    static AgreementFormData of(AgreementView agreement, PeerOption clearingHouse) {
        AgreementFormData data = new AgreementFormData();
        data.id = agreement.id();
        data.version = agreement.version();
        data.localDomain = agreement.localDomain();
        data.peer = new PeerOption(agreement.peerNetworkId(), agreement.peerDisplayName());
        data.viaClearingHouse = !agreement.route().isDirect();
        data.clearingHouse = clearingHouse;
        data.inbound = GrantFormData.of(agreement.terms().inbound());
        data.outbound = GrantFormData.of(agreement.terms().outbound());
        data.tlsVersion = agreement.terms().tlsVersion();
        data.readFrom = agreement.terms().validity().from();
        data.readUntil = agreement.terms().validity().until();
        data.validFrom = day(data.readFrom);
        data.validUntil = day(data.readUntil);
        return data;
    }

    AgreementCommand toCommand() {
        if (peer == null) {
            throw new RuleViolationException("peerNetworkId", "Choose the peer network this agreement is with.");
        }
        return new AgreementCommand(localDomain, peer.id(), clearingHouseId(), toTerms());
    }

    AgreementTerms toTerms() {
        if (validFrom == null) {
            throw new RuleViolationException("validFrom", "Enter the date from which the agreement is valid.");
        }
        return new AgreementTerms(inbound.toGrant(Direction.INBOUND), outbound.toGrant(Direction.OUTBOUND),
                tlsVersion, new Validity(instant(validFrom, readFrom), instant(validUntil, readUntil)));
    }

    /** The clearing house chosen, or null for a direct route; refused when "via" was chosen without one. */
    Long clearingHouseId() {
        if (!viaClearingHouse) {
            return null;
        }
        if (clearingHouse == null) {
            throw new RuleViolationException("clearingHouseId", "Choose the clearing house the peer is reached"
                    + " through, or choose a direct route.");
        }
        return clearingHouse.id();
    }

    boolean isNew() {
        return id == null;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDate date, Instant read) {
        if (date == null) {
            return null;
        }
        return read != null && date.equals(day(read)) ? read : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLocalDomain() {
        return localDomain;
    }

    public void setLocalDomain(String localDomain) {
        this.localDomain = localDomain;
    }

    public PeerOption getPeer() {
        return peer;
    }

    public void setPeer(PeerOption peer) {
        this.peer = peer;
    }

    public boolean isViaClearingHouse() {
        return viaClearingHouse;
    }

    public void setViaClearingHouse(boolean viaClearingHouse) {
        this.viaClearingHouse = viaClearingHouse;
    }

    public PeerOption getClearingHouse() {
        return clearingHouse;
    }

    public void setClearingHouse(PeerOption clearingHouse) {
        this.clearingHouse = clearingHouse;
    }

    public GrantFormData getInbound() {
        return inbound;
    }

    public GrantFormData getOutbound() {
        return outbound;
    }

    public GrantFormData grant(Direction direction) {
        return direction == Direction.INBOUND ? inbound : outbound;
    }

    public TlsVersion getTlsVersion() {
        return tlsVersion;
    }

    public void setTlsVersion(TlsVersion tlsVersion) {
        this.tlsVersion = tlsVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
