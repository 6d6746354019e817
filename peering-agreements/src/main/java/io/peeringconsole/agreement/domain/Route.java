package io.peeringconsole.agreement.domain;

/**
 * How the peer is reached: directly, or via a clearing house (RFC 5344 section 2.7), whose identity must then
 * validate as well as the peer's.
 *
 * @param clearingHouseId the clearing house's peer-network id, or null for a direct route
 */
public record Route(Long clearingHouseId) {

    private static final Route DIRECT = new Route(null);

    public static Route direct() {
        return DIRECT;
    }

    public static Route viaClearingHouse(long clearingHouseId) {
        return new Route(clearingHouseId);
    }

    public boolean isDirect() {
        return clearingHouseId == null;
    }

    @Override
    public String toString() {
        return isDirect() ? "DIRECT" : "VIA_CLEARING_HOUSE(" + clearingHouseId + ")";
    }
}
