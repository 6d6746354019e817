/** Console accounts, for administrators: who may sign in, with which roles, scoped to which local domains. */
package io.peeringconsole.web.ui.account;
