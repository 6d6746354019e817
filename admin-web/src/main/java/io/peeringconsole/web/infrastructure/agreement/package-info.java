/** The scheduled work around agreements: expiring those whose validity has ended. */
package io.peeringconsole.web.infrastructure.agreement;
