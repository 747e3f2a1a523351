package org.missioncj.registry.api.site;

import java.util.Optional;

import org.missioncj.core.api.AccessRule;
import org.missioncj.core.api.Actor;
import org.missioncj.core.api.ForbiddenException;
import org.missioncj.core.api.NotFoundException;
import org.missioncj.registry.api.StaffService;
import org.missioncj.registry.api.dto.Staff;

/**
 * The scope of a site's records that are no participant's (housing's landlords and units, vocational's employers and
 * openings): the rule's roles, then an active staff record at that site, or a role the rule leaves unscoped (a program
 * admin). {@code CaseloadAccess.requireSite} is for site views of participants and admits only a site's navigators
 * and supervisors; a site's stock is kept by the Case Managers and Peer Support Specialists who use it too. This is
 * what an operation's {@code scope: site} means for such records in the access matrix.
 */
public final class SiteStaff {
    private static final int MAX_ID = 64;
    private final StaffService staff;
    private final Actor system;

    public SiteStaff(StaffService staff, String module) {
        this.staff = staff;
        this.system = Actor.system(module);
    }

    /** Whether the actor works at the site, or the rule leaves their role unscoped; neither throws nor checks roles. */
    public boolean within(Actor actor, AccessRule rule, String site) {
        if (rule.isUnscoped(actor)) {
            return true;
        }
        Optional<Staff> me = staff.findByUsername(system, actor.username());
        return me.isPresent() && !Boolean.FALSE.equals(me.get().active) && me.get().site != null
                && me.get().site.equals(site);
    }

    /**
     * The rule's roles, then the site: 400 for none or one longer than a site name can be (64), 403 for a site that
     * is not the caller's.
     */
    public void require(Actor actor, AccessRule rule, String site) {
        rule.requireRole(actor);
        new org.missioncj.core.api.Validator().required("site", site).maxLength("site", site, 64).throwIfInvalid();
        if (!within(actor, rule, site)) {
            throw new ForbiddenException("You may not " + rule.action() + ": " + shortId(site) + " is not the site of "
                    + "your staff record. A site's records are its own staff's and program admins'.");
        }
    }

    /**
     * A site's record read by its id: the rule's roles, then the record, then its site. One that is not there and
     * one at another site answer alike (403), so guessing ids reveals nothing; for an unscoped role a 404.
     */
    public <R> R requireFound(Actor actor, AccessRule rule, String what, String id, java.util.function.Function<String, R> lookup,
            java.util.function.Function<R, String> siteOf) {
        rule.requireRole(actor);
        R record = id == null || id.length() > MAX_ID ? null : lookup.apply(id);
        if (record == null && rule.isUnscoped(actor)) {
            throw new NotFoundException("There is no " + what + " " + shortId(id) + ".");
        }
        if (record == null || !within(actor, rule, siteOf.apply(record))) {
            throw new ForbiddenException("You may not " + rule.action() + ": " + what + " " + shortId(id)
                    + " is not kept by your site, or there is no such " + what + ".");
        }
        return record;
    }

    /**
     * The site a participant's records belong to: that of the enrollment that places them ({@code placing}, the
     * module copy's row under the caseload rule), or, for a participant at intake on no team yet, the site of the
     * caller's staff record; null when neither is known.
     */
    public String participantSite(org.missioncj.registry.api.copy.EnrollmentFact placing, Actor actor) {
        if (placing != null) {
            return placing.site;
        }
        return staff.findByUsername(system, actor.username()).map(s -> s.site).orElse(null);
    }

    public static String shortId(String id) {
        return id == null ? "(none)" : id.length() <= MAX_ID ? id : id.substring(0, MAX_ID) + "...";
    }
}
