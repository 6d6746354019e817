/**
 * Forwarding the trail to a SIEM over syslog: RFC 5424 messages in octet-counting frames (RFC 6587) over TCP or TLS
 * (RFC 5425). The audit table is the queue and a one-row cursor records how far the receiver has taken it, so a
 * receiver that is down loses nothing; each message carries the entry's sequence and hash, so the duplicates that
 * at-least-once delivery allows are recognisable.
 */
package io.peeringconsole.audit.forwarding;
