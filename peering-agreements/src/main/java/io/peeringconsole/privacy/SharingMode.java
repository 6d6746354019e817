package io.peeringconsole.privacy;

/** How presence leaves for a peer network (RFC 5344 §2.3). */
public enum SharingMode {
    /** The home network filters; one copy per watcher. The default, because nothing but views leaves. */
    PER_WATCHER,
    /** One copy per distinct view, each with the list of watchers it is for. */
    VIEW_SHARING,
    /** One full copy (within the allow-list) plus the users' delegated rules; the peer filters. */
    POLICY_DELEGATION
}
