package org.missioncj.core.api.security;

/**
 * The Event Admin topic core sends after an account change commits (created, roles or details
 * changed, disabled, enabled, password changed), so that whatever remembers sign-ins, such as
 * the REST authenticator's cache, forgets that user at once. Properties are strings.
 */
public final class AccountEvents {
    public static final String CHANGED = "org/missioncj/core/ACCOUNT_CHANGED";
    public static final String PROP_USERNAME = "username";
    /** The audit action of the change, e.g. {@code ACCOUNT_DISABLE}. */
    public static final String PROP_CHANGE = "change";

    private AccountEvents() {
    }
}
