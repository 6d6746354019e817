/**
 * Password hashing for console accounts. Bouncy Castle stays behind {@link io.peeringconsole.truststore.password.PasswordHasher}
 * so that no other module imports it.
 */
package io.peeringconsole.truststore.password;
