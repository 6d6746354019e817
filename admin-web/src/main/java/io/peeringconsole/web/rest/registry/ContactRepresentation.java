package io.peeringconsole.web.rest.registry;

public record ContactRepresentation(String name, String email, String phone, String role) {
}
