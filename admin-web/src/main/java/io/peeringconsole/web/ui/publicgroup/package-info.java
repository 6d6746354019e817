/** Public groups (C5): resource lists of a local domain and the peers they are exposed to. */
package io.peeringconsole.web.ui.publicgroup;
