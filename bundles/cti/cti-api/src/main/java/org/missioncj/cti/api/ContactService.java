package org.missioncj.cti.api;

import org.missioncj.core.api.Actor;
import org.missioncj.core.api.Page;
import org.missioncj.core.api.PageRequest;
import org.missioncj.cti.api.dto.Contact;
import org.missioncj.cti.api.dto.ContactSearch;
import org.osgi.annotation.versioning.ProviderType;

/** Contacts with participants. Every call is audited; callers act only on their own team's participants. */
@ProviderType
public interface ContactService {
    Contact log(Actor actor, Contact input);

    Contact get(Actor actor, String id);

    /** A participant's contacts, newest first, optionally between two days (inclusive, site time zone). */
    Page<Contact> list(Actor actor, ContactSearch search, PageRequest page);
}
