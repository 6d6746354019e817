package io.peeringconsole.web.rest.access;

import io.peeringconsole.access.application.AccountService;
import io.peeringconsole.access.application.NewAccount;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Console accounts, for administrators: {@code /api/v1/accounts}. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<AccountRepresentation> list(@QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return PageRepresentation.of(accounts.list(operator.get(), text, offset, limit), AccountRepresentation::of);
    }

    @POST
    public Response create(NewAccountInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the account as a JSON body.");
        }
        char[] password = input.password() == null ? new char[0] : input.password().toCharArray();
        var created = accounts.create(operator.get(), new NewAccount(input.username(), password, roles(input.roles()),
                input.localDomains() == null ? Set.of() : input.localDomains()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(AccountRepresentation.of(created))
                .build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        accounts.disable(operator.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        accounts.enable(operator.get(), id);
        return Response.noContent().build();
    }

    private static Set<Role> roles(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new RuleViolationException("roles", "Give the account at least one role: ADMIN, DOMAIN_ADMIN or SECURITY_OFFICER.");
        }
        try {
            return names.stream().map(n -> Role.valueOf(n.trim().toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolationException("roles", "Unknown role; use ADMIN, DOMAIN_ADMIN or SECURITY_OFFICER.");
        }
    }
}
