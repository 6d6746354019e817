/**
 * Reading and writing pres-rules documents (RFC 5025, on RFC 4745 common-policy). Input may come from anyone who can
 * paste into the preview or publish rules, so parsing is hardened: no DTD, no entities, no external access, a size
 * cap checked before parsing, and a nesting cap; each refusal is a
 * {@link io.peeringconsole.privacy.PrivacyInputException} with a stable code.
 */
package io.peeringconsole.privacy.xml;
