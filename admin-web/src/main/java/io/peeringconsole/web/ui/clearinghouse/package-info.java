/** A clearing house's settings: the services it provides and whether its word on its members is accepted. */
package io.peeringconsole.web.ui.clearinghouse;
