package org.missioncj.core.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.missioncj.core.api.Actor;

/** What to record: built fluently, written by {@link AuditService#record}. */
public final class AuditEntry {
    public final Actor actor;
    public final String component;
    public final String action;
    public final String resourceType;
    public String resourceId;
    public String participantId;
    public AuditOutcome outcome = AuditOutcome.SUCCESS;
    public String detail;
    private String flag;

    private AuditEntry(Actor actor, String component, String action, String resourceType) {
        this.actor = actor;
        this.component = component;
        this.action = action;
        this.resourceType = resourceType;
    }

    /**
     * @param component the module that acted, e.g. {@code registry}
     * @param action READ, SEARCH, CREATE, UPDATE, DELETE or a module's own verb such as STATUS_CHANGE
     * @param resourceType e.g. {@code participant}
     */
    public static AuditEntry of(Actor actor, String component, String action, String resourceType) {
        return new AuditEntry(actor, component, action, resourceType);
    }

    /**
     * One READ entry per item a list returned: lists of participant data are audited per
     * participant, so the trail answers "who saw this person" for list views too.
     */
    public static <T> List<AuditEntry> readsOf(Actor actor, String component, String resourceType, List<T> items,
            Function<T, String> resourceId, Function<T, String> participantId, String detail) {
        List<AuditEntry> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(of(actor, component, "READ", resourceType).resource(resourceId.apply(item))
                    .participant(participantId.apply(item)).detail(detail));
        }
        return out;
    }

    public AuditEntry resource(String id) {
        this.resourceId = id;
        return this;
    }

    public AuditEntry participant(String id) {
        this.participantId = id;
        return this;
    }

    public AuditEntry outcome(AuditOutcome o) {
        this.outcome = o;
        return this;
    }

    /**
     * What else to say. A flag set with {@link #flag} stays in front of it, so work that writes its own
     * detail after the access check never drops the mark of a break-the-glass access.
     */
    public AuditEntry detail(String d) {
        this.detail = flag == null || (d != null && d.startsWith(flag)) ? d : d == null ? flag : flag + "; " + d;
        return this;
    }

    /** Marks the entry (e.g. {@code break-the-glass: <reason>}): kept before whatever detail is set later. */
    public AuditEntry flag(String marker) {
        String rest = detail;
        this.flag = marker;
        return detail(rest);
    }
}
