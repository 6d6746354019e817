/** The local domains (tenants) this console administers: a list, and an editor for administrators. */
package io.peeringconsole.web.ui.localdomain;
